#include "lsp/server.hpp"

#include "lsp/features.hpp"

#include <array>
#include <bizmap/version.hpp>
#include <fmt/format.h>

namespace bizmap::lsp {

struct Handlers {
  struct RequestEntry {
    std::string_view method;
    Server::Request handle;
  };
  struct NotificationEntry {
    std::string_view method;
    Server::Notification handle;
  };
  static const std::array<RequestEntry, 2> lifecycle;
  static const std::array<NotificationEntry, 8> notifications;
};

namespace {

using Answer = Json (*)(EditedModel&, const Analysis&, const Json&);

struct FeatureEntry {
  std::string_view method;
  Answer answer;
};

// Every request that reads the model, by method.
constexpr std::array features = {
    FeatureEntry{"textDocument/definition", definition},
    FeatureEntry{"textDocument/references", references},
    FeatureEntry{"textDocument/documentHighlight", document_highlight},
    FeatureEntry{"textDocument/hover", hover},
    FeatureEntry{"textDocument/completion", completion},
    FeatureEntry{"textDocument/prepareRename", prepare_rename},
    FeatureEntry{"textDocument/rename", rename},
    FeatureEntry{"textDocument/documentSymbol", document_symbols},
    FeatureEntry{"textDocument/codeAction", code_actions},
};

constexpr int log_error = 1;
constexpr int log_warning = 2;
constexpr int log_info = 3;

std::string uri_param(const Json& params) {
  return params.at("textDocument").at("uri").get<std::string>();
}

PositionEncoding chosen_encoding(const Json& params) {
  const Json* offered = nullptr;
  if (params.contains("capabilities") && params["capabilities"].contains("general") &&
      params["capabilities"]["general"].contains("positionEncodings")) {
    offered = &params["capabilities"]["general"]["positionEncodings"];
  }
  if (offered == nullptr || !offered->is_array()) {
    return PositionEncoding::utf16;
  }
  for (const Json& name : *offered) {
    if (name == "utf-16") {
      return PositionEncoding::utf16;
    }
    if (name == "utf-32") {
      return PositionEncoding::utf32;
    }
    if (name == "utf-8") {
      return PositionEncoding::utf8;
    }
  }
  return PositionEncoding::utf16;
}

std::string_view encoding_name(PositionEncoding encoding) {
  switch (encoding) {
  case PositionEncoding::utf8:
    return "utf-8";
  case PositionEncoding::utf16:
    return "utf-16";
  case PositionEncoding::utf32:
    break;
  }
  return "utf-32";
}

std::optional<std::string> root_folder(const Json& params) {
  if (params.contains("workspaceFolders") && params["workspaceFolders"].is_array() &&
      !params["workspaceFolders"].empty()) {
    std::string path = path_of(params["workspaceFolders"][0].value("uri", ""));
    if (!path.empty()) {
      return path;
    }
  }
  if (params.contains("rootUri") && params["rootUri"].is_string()) {
    std::string path = path_of(params["rootUri"].get<std::string>());
    if (!path.empty()) {
      return path;
    }
  }
  if (params.contains("rootPath") && params["rootPath"].is_string()) {
    return params["rootPath"].get<std::string>();
  }
  return std::nullopt;
}

Json capabilities(PositionEncoding encoding) {
  return {
      {"positionEncoding", encoding_name(encoding)},
      {"textDocumentSync",
       {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
      {"definitionProvider", true},
      {"referencesProvider", true},
      {"documentHighlightProvider", true},
      {"hoverProvider", true},
      {"completionProvider", {{"triggerCharacters", {":", " ", "[", ","}}}},
      {"renameProvider", {{"prepareProvider", true}}},
      {"documentSymbolProvider", true},
      {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
  };
}

} // namespace

const std::array<Handlers::RequestEntry, 2> Handlers::lifecycle = {{
    {"initialize", &Server::initialize},
    {"shutdown", &Server::shutdown},
}};

const std::array<Handlers::NotificationEntry, 8> Handlers::notifications = {{
    {"initialized", &Server::initialized},
    {"exit", &Server::exit},
    {"textDocument/didOpen", &Server::did_open},
    {"textDocument/didChange", &Server::did_change},
    {"textDocument/didSave", &Server::did_save},
    {"textDocument/didClose", &Server::did_close},
    {"workspace/didChangeWatchedFiles", &Server::did_change_watched_files},
    {"workspace/didChangeConfiguration", nullptr},
}};

void Server::handle(std::string_view body) {
  Json message = Json::parse(body, nullptr, false);
  if (message.is_discarded()) {
    respond_error(nullptr, error_code::parse_error, "the message is not valid JSON");
    return;
  }
  dispatch(message);
}

void Server::framing_problem(std::string_view problem) {
  log(log_error, std::string(problem));
}

void Server::dispatch(const Json& message) {
  if (!message.is_object() || !message.contains("method")) {
    if (message.is_object() && message.contains("id") &&
        (message.contains("result") || message.contains("error"))) {
      return; // a client's answer to registerCapability
    }
    respond_error(message.is_object() && message.contains("id") ? message["id"] : Json(nullptr),
                  error_code::invalid_request, "a request needs a method");
    return;
  }
  if (!message["method"].is_string()) {
    respond_error(message.value("id", Json(nullptr)), error_code::invalid_request,
                  "the method must be a string");
    return;
  }
  std::string method = message["method"].get<std::string>();
  Json params = message.value("params", Json::object());
  if (message.contains("id")) {
    const Json& id = message["id"];
    if (!id.is_string() && !id.is_number_integer()) {
      respond_error(nullptr, error_code::invalid_request, "a request id is a number or a string");
      return;
    }
    answer_request(id, method, params);
  } else {
    take_notification(method, params);
  }
}

void Server::answer_request(const Json& id, const std::string& method, const Json& params) {
  if (!initialize_received_ && method != "initialize") {
    respond_error(id, error_code::server_not_initialized, "initialize comes first");
    return;
  }
  if (shutdown_) {
    respond_error(id, error_code::invalid_request, "the server is shutting down");
    return;
  }
  try {
    for (const auto& entry : Handlers::lifecycle) {
      if (entry.method == method) {
        respond(id, (this->*entry.handle)(params));
        return;
      }
    }
    for (const FeatureEntry& entry : features) {
      if (entry.method == method) {
        respond(id, feature(entry.answer, params));
        return;
      }
    }
    respond_error(id, error_code::method_not_found,
                  fmt::format("bizmap does not handle '{}'", method));
  } catch (const RequestError& error) {
    respond_error(id, error.code, error.what());
  } catch (const Json::exception& error) {
    respond_error(
        id, error_code::invalid_params,
        fmt::format("the params of '{}' are not as the protocol says: {}", method, error.what()));
  } catch (const std::exception& error) {
    respond_error(id, error_code::internal_error, error.what());
  }
}

void Server::take_notification(const std::string& method, const Json& params) {
  if (!initialize_received_ && method != "exit") {
    return; // the protocol says: dropped until initialize
  }
  try {
    for (const auto& entry : Handlers::notifications) {
      if (entry.method == method) {
        if (entry.handle != nullptr) {
          (this->*entry.handle)(params);
        }
        return;
      }
    }
    if (!method.starts_with("$/")) {
      log(log_info, fmt::format("bizmap does not handle the notification '{}'", method));
    }
  } catch (const std::exception& error) {
    log(log_error, fmt::format("'{}' was not taken: {}", method, error.what()));
  }
}

void Server::respond(const Json& id, Json result) {
  send_(Json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}.dump(
      -1, ' ', false, Json::error_handler_t::replace));
}

void Server::respond_error(const Json& id, int code, const std::string& message) {
  send_(
      Json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}}.dump(
          -1, ' ', false, Json::error_handler_t::replace));
}

void Server::notify(const std::string& method, Json params) {
  send_(Json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}}.dump(
      -1, ' ', false, Json::error_handler_t::replace));
}

void Server::log(int type, const std::string& message) {
  notify("window/logMessage", {{"type", type}, {"message", "bizmap: " + message}});
}

void Server::log_all(const std::vector<std::string>& problems) {
  for (const std::string& problem : problems) {
    log(log_warning, problem);
  }
}

Json Server::initialize(const Json& params) {
  if (initialize_received_) {
    throw RequestError(error_code::invalid_request, "initialize was already received");
  }
  initialize_received_ = true;
  PositionEncoding encoding = chosen_encoding(params);
  edited_.set_encoding(encoding);
  if (std::optional<std::string> root = root_folder(params)) {
    log_all(edited_.set_root(*root));
  }
  const Json& client = params.value("capabilities", Json::object());
  can_watch_files_ =
      client.contains("workspace") && client["workspace"].contains("didChangeWatchedFiles") &&
      client["workspace"]["didChangeWatchedFiles"].value("dynamicRegistration", false);
  return {{"capabilities", capabilities(encoding)},
          {"serverInfo", {{"name", "bizmap"}, {"version", version}}}};
}

Json Server::shutdown(const Json&) {
  shutdown_ = true;
  return nullptr;
}

Json Server::feature(Answer answer, const Json& params) {
  return answer(edited_, edited_.analysis(), params);
}

void Server::initialized(const Json&) {
  if (!can_watch_files_) {
    return;
  }
  Json watchers =
      Json::array({{{"globPattern", "**/*.{yaml,yml}"}}, {{"globPattern", "**/.bizmap.yaml"}}});
  if (const std::optional<std::filesystem::path>& baseline = edited_.baseline()) {
    watchers.push_back({{"globPattern", "**/" + baseline->filename().string()}});
  }
  send_(Json{{"jsonrpc", "2.0"},
             {"id", next_request_++},
             {"method", "client/registerCapability"},
             {"params",
              {{"registrations",
                {{{"id", "bizmap-model-files"},
                  {"method", "workspace/didChangeWatchedFiles"},
                  {"registerOptions", {{"watchers", watchers}}}}}}}}}
            .dump());
}

void Server::exit(const Json&) {
  exited_ = true;
}

void Server::did_open(const Json& params) {
  const Json& document = params.at("textDocument");
  edited_.open(document.at("uri").get<std::string>(), document.at("text").get<std::string>(),
               document.value("version", 0));
}

void Server::did_change(const Json& params) {
  std::vector<TextChange> changes;
  for (const Json& change : params.at("contentChanges")) {
    TextChange edit{std::nullopt, change.at("text").get<std::string>()};
    if (change.contains("range")) {
      edit.range = range_from(change["range"]);
    }
    changes.push_back(std::move(edit));
  }
  const Json& document = params.at("textDocument");
  if (!edited_.change(document.at("uri").get<std::string>(), changes,
                      document.value("version", 0))) {
    log(log_warning, fmt::format("a change to '{}', which is not open, was ignored",
                                 document.at("uri").get<std::string>()));
  }
}

// Diagnostics are published on save too, even when they did not change.
void Server::did_save(const Json& params) {
  std::string uri = uri_param(params);
  if (EditorFile* source = edited_.find(uri)) {
    published_.erase(source->uri);
  }
  published_generation_ = 0;
}

void Server::did_close(const Json& params) {
  edited_.close(uri_param(params));
}

void Server::did_change_watched_files(const Json& params) {
  for (const Json& change : params.at("changes")) {
    log_all(edited_.disk_changed(change.at("uri").get<std::string>()));
  }
}

void Server::publish() {
  const Analysis& analysis = edited_.analysis();
  if (analysis.generation != published_generation_) {
    log_all(analysis.problems);
  }
  published_generation_ = analysis.generation;
  std::map<std::string, std::string> now;
  for (FileDiagnostics& file : diagnostics_by_file(analysis)) {
    Json params = {{"uri", file.uri}, {"diagnostics", std::move(file.diagnostics)}};
    if (file.version) {
      params["version"] = *file.version;
    }
    std::string text = params.dump(-1, ' ', false, Json::error_handler_t::replace);
    auto before = published_.find(file.uri);
    if (before == published_.end() || before->second != text) {
      notify("textDocument/publishDiagnostics", std::move(params));
    }
    now[file.uri] = std::move(text);
  }
  for (const auto& [uri, text] : published_) {
    if (!now.contains(uri)) {
      notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", Json::array()}});
    }
  }
  published_ = std::move(now);
}

void Server::idle() {
  if (!initialize_received_ || shutdown_) {
    return;
  }
  try {
    if (edited_.stale() || edited_.generation() != published_generation_) {
      publish();
    }
    edited_.release_stale_analysis();
  } catch (const std::exception& error) {
    log(log_error, fmt::format("the model could not be checked: {}", error.what()));
  }
}

int serve(ByteSource& input, const Server::Send& send) {
  Server server(send);
  MessageReader reader(input);
  while (!server.exited()) {
    std::optional<Incoming> incoming = reader.next();
    if (!incoming) {
      break;
    }
    if (incoming->body) {
      server.handle(*incoming->body);
    } else {
      server.framing_problem(incoming->problem);
    }
    if (!server.exited() && !reader.pending()) {
      server.idle();
    }
  }
  return server.exit_code();
}

} // namespace bizmap::lsp
