#include "lsp_client.hpp"

#include "lsp/text_document.hpp"

#include <catch2/catch.hpp>

namespace bizmap::testing {

LspClient::LspClient() : server_([this](const std::string& body) { receive(body); }) {}

void LspClient::receive(const std::string& body) {
  Json message = Json::parse(body);
  if (message.value("method", "") == "textDocument/publishDiagnostics") {
    published_[message["params"]["uri"]] = message["params"];
  }
  inbox_.push_back(std::move(message));
}

Json LspClient::initialize(const std::optional<fs::path>& root, Json capabilities) {
  Json params = {{"processId", nullptr}, {"capabilities", std::move(capabilities)}};
  params["rootUri"] = root ? Json(uri(*root)) : Json(nullptr);
  Json response = request("initialize", params);
  notify("initialized", Json::object());
  return response;
}

Json LspClient::request(const std::string& method, Json params) {
  int id = next_id_++;
  server_.handle(
      Json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}}.dump());
  for (auto it = inbox_.begin(); it != inbox_.end(); ++it) {
    if (it->contains("id") && (*it)["id"] == id && !it->contains("method")) {
      Json response = std::move(*it);
      inbox_.erase(it);
      return response;
    }
  }
  FAIL("no response to " << method);
  return nullptr;
}

void LspClient::notify(const std::string& method, Json params) {
  server_.handle(Json{{"jsonrpc", "2.0"}, {"method", method}, {"params", params}}.dump());
  server_.idle();
}

void LspClient::send_text(const std::string& body) {
  server_.handle(body);
  server_.idle();
}

void LspClient::open(const fs::path& file, const std::string& text, int version) {
  notify("textDocument/didOpen",
         {{"textDocument",
           {{"uri", uri(file)}, {"languageId", "yaml"}, {"version", version}, {"text", text}}}});
}

void LspClient::change(const fs::path& file, const std::string& text, int version) {
  notify("textDocument/didChange", {{"textDocument", {{"uri", uri(file)}, {"version", version}}},
                                    {"contentChanges", Json::array({{{"text", text}}})}});
}

Json LspClient::diagnostics(const fs::path& file) const {
  auto found = published_.find(uri(file));
  return found == published_.end() ? Json(nullptr) : found->second["diagnostics"];
}

std::vector<Json> LspClient::take(const std::string& method) {
  std::vector<Json> taken;
  for (auto it = inbox_.begin(); it != inbox_.end();) {
    if (it->value("method", "") == method) {
      taken.push_back(std::move(*it));
      it = inbox_.erase(it);
    } else {
      ++it;
    }
  }
  return taken;
}

std::string uri(const fs::path& path) {
  return bizmap::lsp::uri_of(path.string());
}

Json at(const fs::path& file, int line, int character) {
  return {{"textDocument", {{"uri", uri(file)}}},
          {"position", {{"line", line}, {"character", character}}}};
}

std::pair<int, int> find_in(const std::string& text, std::string_view needle, int offset) {
  std::size_t found = text.find(needle);
  REQUIRE(found != std::string::npos);
  int line =
      static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(found), '\n'));
  std::size_t line_start = text.rfind('\n', found);
  int character = static_cast<int>(found - (line_start == std::string::npos ? 0 : line_start + 1));
  return {line, character + offset};
}

} // namespace bizmap::testing
