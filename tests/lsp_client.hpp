#pragma once

#include "lsp/server.hpp"
#include "support.hpp"

#include <deque>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace bizmap::testing {

using Json = nlohmann::json;

/// A scripted LSP client talking to an in-process server, as an editor's
/// event loop does: after each notification, the server is idle.
class LspClient {
public:
  LspClient();

  /// initialize (with the model's folder as root, if any) and initialized.
  Json initialize(const std::optional<fs::path>& root, Json capabilities = Json::object());
  /// Sends a request and returns the response (result or error).
  Json request(const std::string& method, Json params);
  void notify(const std::string& method, Json params);
  /// Sends raw JSON text, for malformed messages.
  void send_text(const std::string& body);

  void open(const fs::path& file, const std::string& text, int version = 1);
  void open(const fs::path& file) { open(file, read_text(file)); }
  void change(const fs::path& file, const std::string& text, int version);

  /// The diagnostics last published for a file.
  Json diagnostics(const fs::path& file) const;
  /// Every URI with diagnostics published, and how many messages came.
  const std::map<std::string, Json>& published() const { return published_; }
  /// Every notification of a method received so far, taken out.
  std::vector<Json> take(const std::string& method);

  bizmap::lsp::Server& server() { return server_; }

private:
  void receive(const std::string& body);

  bizmap::lsp::Server server_;
  std::deque<Json> inbox_;
  std::map<std::string, Json> published_;
  int next_id_ = 1;
};

/// The file: URI of a path.
std::string uri(const fs::path& path);
/// A text document position's params.
Json at(const fs::path& file, int line, int character);
/// The 0-based line and character of the first `needle` in a text, plus `offset`.
std::pair<int, int> find_in(const std::string& text, std::string_view needle, int offset = 0);

} // namespace bizmap::testing
