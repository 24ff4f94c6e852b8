#pragma once

#include "lsp/edited_model.hpp"
#include "lsp/json_rpc.hpp"
#include "lsp/protocol.hpp"

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace bizmap::lsp {

/// The language server: answers the messages of one client, keeps the
/// edited model and publishes its diagnostics. It never throws for what a
/// client sends; a mistake gets an error response or a log message.
class Server {
public:
  /// Sends the JSON text of one message to the client.
  using Send = std::function<void(const std::string& body)>;

  explicit Server(Send send) : send_(std::move(send)) {}

  /// Handles the JSON text of one message.
  void handle(std::string_view body);
  /// Tells the client about a message that could not be read.
  void framing_problem(std::string_view problem);
  /// Publishes the diagnostics of what changed since the last call: called
  /// when no message is waiting, so that a burst of edits is checked once.
  void idle();

  bool exited() const { return exited_; }
  const EditedModel& edited() const { return edited_; }
  /// 0 after shutdown then exit, 1 when exit (or the end of input) came first.
  int exit_code() const { return shutdown_ ? 0 : 1; }

private:
  using Request = Json (Server::*)(const Json& params);
  using Notification = void (Server::*)(const Json& params);

  void dispatch(const Json& message);
  void answer_request(const Json& id, const std::string& method, const Json& params);
  void take_notification(const std::string& method, const Json& params);
  void respond(const Json& id, Json result);
  void respond_error(const Json& id, int code, const std::string& message);
  void notify(const std::string& method, Json params);
  void log(int type, const std::string& message);
  void log_all(const std::vector<std::string>& problems);
  void publish();

  Json initialize(const Json& params);
  Json shutdown(const Json& params);
  Json feature(Json (*answer)(EditedModel&, const Analysis&, const Json&), const Json& params);
  void initialized(const Json& params);
  void exit(const Json& params);
  void did_open(const Json& params);
  void did_change(const Json& params);
  void did_save(const Json& params);
  void did_close(const Json& params);
  void did_change_watched_files(const Json& params);

  Send send_;
  EditedModel edited_;
  std::map<std::string, std::string> published_; ///< by URI: what was sent last
  std::uint64_t published_generation_ = 0;
  bool initialize_received_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
  bool can_watch_files_ = false;
  int next_request_ = 1;

  friend struct Handlers;
};

/// Reads messages from `input` and answers them until exit or the end of
/// the input; returns the exit code.
int serve(ByteSource& input, const Server::Send& send);

} // namespace bizmap::lsp
