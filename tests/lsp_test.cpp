// bizmap lsp, driven by a scripted client: the same findings as check,
// navigation across files, hover, completion, rename, outline, quick fixes,
// incremental edits, and robustness against whatever a client sends.
#include "../fuzz/lsp_session.hpp"
#include "lsp/json_rpc.hpp"
#include "lsp_client.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <set>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

const Json utf32 = {{"general", {{"positionEncodings", {"utf-32"}}}}};

// A finding as the fields the protocol shows, for comparing with check.
std::string describe_finding(const std::string& file_uri, const Json& d) {
  std::string text =
      fmt::format("{}:{}:{}: {} {} [{}]", file_uri, d["range"]["start"]["line"].get<int>() + 1,
                  d["range"]["start"]["character"].get<int>() + 1, d["severity"].get<int>(),
                  d["message"].get<std::string>(), d["code"].get<std::string>());
  for (const Json& related : d.value("relatedInformation", Json::array())) {
    text += fmt::format(" / {}:{}:{}: {}", related["location"]["uri"].get<std::string>(),
                        related["location"]["range"]["start"]["line"].get<int>() + 1,
                        related["location"]["range"]["start"]["character"].get<int>() + 1,
                        related["message"].get<std::string>());
  }
  return text;
}

int severity_number(Severity severity) {
  return severity == Severity::error ? 1 : severity == Severity::warning ? 2 : 3;
}

std::multiset<std::string> check_findings(const fs::path& path) {
  Checked checked = check_path(path);
  std::multiset<std::string> lines;
  for (const Diagnostic& d : checked.findings) {
    const std::string file = uri(checked.loaded.model.files[d.at.file].path);
    std::string text = fmt::format("{}:{}:{}: {} {} [{}]", file, d.at.line, d.at.column,
                                   severity_number(d.severity), d.message, d.rule);
    for (const RelatedLocation& related : d.related) {
      text += fmt::format(" / {}:{}:{}: {}", uri(checked.loaded.model.files[related.at.file].path),
                          related.at.line, related.at.column, related.note);
    }
    lines.insert(text);
  }
  return lines;
}

std::multiset<std::string> published_findings(const LspClient& client) {
  std::multiset<std::string> lines;
  for (const auto& [file_uri, params] : client.published()) {
    for (const Json& d : params["diagnostics"]) {
      lines.insert(describe_finding(file_uri, d));
    }
  }
  return lines;
}

std::vector<fs::path> example_entries() {
  std::vector<fs::path> entries;
  for (const fs::path& folder : {source_dir() / "examples", source_dir() / "examples" / "broken"}) {
    for (const auto& entry : fs::directory_iterator(folder)) {
      if ((entry.is_directory() && entry.path().filename() != "broken") ||
          entry.path().extension() == ".yaml") {
        entries.push_back(entry.path());
      }
    }
  }
  std::sort(entries.begin(), entries.end());
  return entries;
}

// Every rule's fixtures (tests/rules/RULE/{fail,pass}, a file or a folder),
// less those whose findings depend on the date: the server checks as of
// today, the tests as of test_today.
std::vector<fs::path> rule_fixtures() {
  std::vector<fs::path> fixtures;
  for (const auto& rule : fs::directory_iterator(source_dir() / "tests" / "rules")) {
    if (rule.path().filename() == "review-overdue") {
      continue;
    }
    for (const auto& entry : fs::directory_iterator(rule.path())) {
      if (entry.is_directory() || entry.path().extension() == ".yaml") {
        fixtures.push_back(entry.path());
      }
    }
  }
  std::sort(fixtures.begin(), fixtures.end());
  return fixtures;
}

fs::path copy_of(std::string_view example_name, std::string_view test) {
  fs::path folder = fresh_folder(test) / "model";
  fs::copy(source_dir() / "examples" / example_name, folder, fs::copy_options::recursive);
  return folder;
}

std::vector<std::string> locations_of(const Json& result) {
  std::vector<std::string> places;
  for (const Json& location : result) {
    places.push_back(fmt::format(
        "{}:{}:{}", fs::path(lsp::path_of(location["uri"].get<std::string>())).filename().string(),
        location["range"]["start"]["line"].get<int>() + 1,
        location["range"]["start"]["character"].get<int>() + 1));
  }
  std::sort(places.begin(), places.end());
  return places;
}

std::vector<std::string> labels_of(const Json& completion) {
  std::vector<std::string> labels;
  for (const Json& item : completion["result"]["items"]) {
    labels.push_back(item["label"]);
  }
  return labels;
}

// How often an id is written as a whole word in the model files of a folder.
std::size_t occurrences_of(const fs::path& folder, std::string_view id) {
  std::size_t count = 0;
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; };
  for (const auto& entry : fs::directory_iterator(folder)) {
    std::string text = read_text(entry.path());
    for (std::size_t at = text.find(id); at != std::string::npos; at = text.find(id, at + 1)) {
      bool starts = at == 0 || !word(text[at - 1]);
      bool ends = at + id.size() == text.size() || !word(text[at + id.size()]);
      count += starts && ends ? 1 : 0;
    }
  }
  return count;
}

bool has(const std::vector<std::string>& items, std::string_view item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// A folder is opened as the workspace; a file, on its own, with none.
void serve_as_editor_would(LspClient& client, const fs::path& entry) {
  if (fs::is_directory(entry)) {
    client.initialize(entry, utf32);
  } else {
    client.initialize(std::nullopt, utf32);
    client.open(entry);
  }
}

} // namespace

TEST_CASE("the server publishes the findings check gives, on every example", "[lsp]") {
  for (const fs::path& entry : example_entries()) {
    DYNAMIC_SECTION(entry.filename().string()) {
      LspClient client;
      serve_as_editor_would(client, entry);
      CHECK(published_findings(client) == check_findings(entry));
      CHECK_FALSE(client.published().empty());
    }
  }
}

TEST_CASE("the server publishes the findings check gives, on every rule's fixtures", "[lsp]") {
  std::vector<fs::path> fixtures = rule_fixtures();
  REQUIRE(fixtures.size() > 60);
  for (const fs::path& entry : fixtures) {
    DYNAMIC_SECTION(entry.parent_path().filename().string() << "/" << entry.filename().string()) {
      LspClient client;
      serve_as_editor_would(client, entry);
      CHECK(published_findings(client) == check_findings(entry));
    }
  }
}

TEST_CASE("files on disk are decoded and parsed as check reads them", "[lsp]") {
  fs::path folder = fresh_folder("lsp-encodings");
  write_text(folder / "model.yaml", "bizmap: 1\nbusiness: {name: Shop}\nroles: [{id: clerk}]\n");
  // UTF-16LE with a byte-order mark: an unknown key at a column past a
  // character beyond ASCII.
  std::string wide = "\xFF\xFE";
  for (char16_t unit : std::u16string_view(u"bizmap: 1\nsystems:\n  - id: till\n    goal: Sell\n"
                                           u"    manager: clerk\n    processes:\n"
                                           u"      - {id: sell, name: Caf\u00e9, ownr: clerk}\n")) {
    wide += static_cast<char>(unit & 0xFF);
    wide += static_cast<char>(unit >> 8);
  }
  write_text(folder / "wide.yaml", wide);
  // Latin-1, which check reads converted, and a file that is no text.
  write_text(folder / "latin.yaml", "bizmap: 1\ntools: [{id: till-roll, name: Caf\xE9}]\n");
  write_text(folder / "binary.yaml", "name: Caf\xE9\x01\n");
  LspClient client;
  client.initialize(folder, utf32);
  std::multiset<std::string> published = published_findings(client);
  CHECK(published == check_findings(folder));
  INFO(fmt::format("{}", fmt::join(published, "\n")));
  CHECK(contains(fmt::format("{}", fmt::join(published, "\n")),
                 "wide.yaml:7:32: 2 unknown key 'ownr'"));
}

TEST_CASE("an edit gives the findings check gives for the edited text", "[lsp]") {
  fs::path folder = copy_of("bakery", "lsp-edit-like-check");
  fs::path selling = folder / "selling.yaml";
  std::string text = read_text(selling);
  std::string edited = text;
  edited.replace(edited.find("inputs: [baked-goods]"), 21, "inputs: [baked-good]");
  edited.replace(edited.find("frequency: daily"), 16, "frequency: dialy");
  LspClient client;
  client.initialize(folder, utf32);
  client.open(selling, text);
  client.change(selling, edited, 2);
  CHECK(client.published().at(uri(selling))["version"] == 2);
  std::multiset<std::string> published = published_findings(client);
  write_text(selling, edited);
  CHECK(published == check_findings(folder));
  CHECK(published.size() >= 2);
}

TEST_CASE("diagnostics carry related places and are cleared when fixed", "[lsp]") {
  fs::path folder = copy_of("broken/schema", "lsp-cleared");
  fs::path money = folder / "money.yaml";
  LspClient client;
  client.initialize(folder);
  std::string text = read_text(money);
  client.open(money, text);
  Json duplicate;
  for (const Json& d : client.diagnostics(money)) {
    if (d["code"] == "duplicate-id") {
      duplicate = d;
    }
  }
  REQUIRE(duplicate.is_object());
  CHECK(duplicate["relatedInformation"][0]["location"]["uri"] == uri(folder / "business.yaml"));
  CHECK(duplicate["relatedInformation"][0]["message"] == "the first data item 'invoice' is here");
  client.change(money, "bizmap: 1\n", 2);
  CHECK(client.diagnostics(money) == Json::array());
}

TEST_CASE("files that are not open are read from disk and watched", "[lsp]") {
  fs::path folder = copy_of("bakery", "lsp-watched");
  LspClient client;
  Json watch = {{"workspace", {{"didChangeWatchedFiles", {{"dynamicRegistration", true}}}}}};
  client.request("initialize", {{"rootUri", uri(folder)}, {"capabilities", watch}});
  client.server().handle(R"({"jsonrpc":"2.0","method":"initialized","params":{}})");
  std::vector<Json> registered;
  client.server().idle();
  CHECK(client.diagnostics(folder / "bakehouse.yaml") == Json::array());

  fs::path bakehouse = folder / "bakehouse.yaml";
  std::string text = read_text(bakehouse);
  text.replace(text.find("outputs: [baked-goods, bake-log]"), 32, "outputs: [bake-log]");
  write_text(bakehouse, text);
  client.notify("workspace/didChangeWatchedFiles",
                {{"changes", {{{"uri", uri(bakehouse)}, {"type", 2}}}}});
  CHECK(contains(client.diagnostics(folder / "selling.yaml").dump(), "baked-goods"));

  fs::remove(folder / "selling.yaml");
  client.notify("workspace/didChangeWatchedFiles",
                {{"changes", {{{"uri", uri(folder / "selling.yaml")}, {"type", 3}}}}});
  CHECK(client.diagnostics(folder / "selling.yaml") == Json::array());
}

TEST_CASE("the server asks to watch the model's files when the client can", "[lsp]") {
  LspClient client;
  std::vector<std::string> sent;
  Json watch = {{"workspace", {{"didChangeWatchedFiles", {{"dynamicRegistration", true}}}}}};
  client.initialize(copy_of("bakery", "lsp-register"), watch);
  // The registration is a request from the server, so it is not a notification.
  CHECK(client.take("client/registerCapability").size() == 1);
}

TEST_CASE("the configured baseline hides its findings and is watched", "[lsp]") {
  fs::path folder = fresh_folder("lsp-baseline") / "model";
  fs::copy(source_dir() / "tests" / "rules" / "unused-baseline-entry" / "pass", folder);
  fs::path model = folder / "model.yaml";
  fs::path baseline = folder / "bizmap-baseline.json";
  LspClient client;
  Json watch = {{"workspace", {{"didChangeWatchedFiles", {{"dynamicRegistration", true}}}}}};
  client.initialize(folder, watch);
  std::vector<Json> registered = client.take("client/registerCapability");
  REQUIRE(registered.size() == 1);
  CHECK(contains(registered[0].dump(), "**/bizmap-baseline.json"));
  CHECK(client.diagnostics(model) == Json::array());

  // One entry dropped from the file: its finding shows again.
  std::string text = read_text(baseline);
  std::size_t wash_up =
      text.find("    {\n      \"file\": \"model.yaml\",\n      \"rule\": \"isolated");
  REQUIRE(wash_up != std::string::npos);
  text.erase(wash_up, text.find("    {", wash_up + 1) - wash_up);
  write_text(baseline, text);
  client.notify("workspace/didChangeWatchedFiles",
                {{"changes", {{{"uri", uri(baseline)}, {"type", 2}}}}});
  CHECK(contains(client.diagnostics(model).dump(), "isolated-process"));
  CHECK(published_findings(client) == check_findings(folder));
}

TEST_CASE("go to definition follows every kind of reference across files", "[lsp]") {
  fs::path folder = source_dir() / "examples" / "bakery";
  fs::path selling = folder / "selling.yaml";
  std::string text = read_text(selling);
  LspClient client;
  client.initialize(folder);
  client.open(selling, text);
  auto jump = [&](std::string_view needle, int offset) {
    auto [line, character] = find_in(text, needle, offset);
    return locations_of(
        client.request("textDocument/definition", at(selling, line, character))["result"]);
  };
  // An input: its producers' outputs and its catalogue entry.
  CHECK(jump("inputs: [baked-goods]", 10) ==
        std::vector<std::string>{"bakehouse.yaml:170:19", "business.yaml:158:9"});
  CHECK(jump("owner: shop-manager", 8) == std::vector<std::string>{"business.yaml:31:9"});
  CHECK(jump("by: counter-staff", 5) == std::vector<std::string>{"business.yaml:36:9"});
  CHECK(jump("manager: shop-manager", 10) == std::vector<std::string>{"business.yaml:31:9"});
  CHECK(jump("tool: square-pos", 7) == std::vector<std::string>{"business.yaml:68:9"});
  CHECK(jump("tools: [square-pos]", 9) == std::vector<std::string>{"business.yaml:68:9"});
  // Nothing under the cursor: no location.
  auto [line, character] = find_in(text, "# Selling");
  CHECK(
      client.request("textDocument/definition", at(selling, line, character))["result"].is_null());
}

TEST_CASE("find references and highlight list every use of an id", "[lsp]") {
  fs::path folder = source_dir() / "examples" / "bakery";
  fs::path business = folder / "business.yaml";
  std::string text = read_text(business);
  LspClient client;
  client.initialize(folder);
  client.open(business, text);
  auto [line, character] = find_in(text, "id: counter-staff", 5);
  Json params = at(business, line, character);
  params["context"] = {{"includeDeclaration", true}};
  std::vector<std::string> places =
      locations_of(client.request("textDocument/references", params)["result"]);
  CHECK(has(places, "business.yaml:36:9"));
  CHECK(has(places, "business.yaml:35:14")); // the shop manager's backup
  CHECK(has(places, "selling.yaml:34:17"));
  CHECK(places.size() == occurrences_of(folder, "counter-staff"));
  Json highlights =
      client.request("textDocument/documentHighlight", at(business, line, character))["result"];
  REQUIRE(highlights.size() == 2); // the declaration, and a backup of another role
  CHECK(highlights[0]["kind"] == 3);
  CHECK(highlights[1]["kind"] == 2);
}

TEST_CASE("hover says how data, roles and processes connect", "[lsp]") {
  fs::path folder = source_dir() / "examples" / "bakery";
  fs::path selling = folder / "selling.yaml";
  std::string text = read_text(selling);
  LspClient client;
  client.initialize(folder);
  client.open(selling, text);
  auto hover = [&](std::string_view needle, int offset) {
    auto [line, character] = find_in(text, needle, offset);
    return client
        .request("textDocument/hover", at(selling, line, character))["result"]["contents"]["value"]
        .get<std::string>();
  };
  std::string data = hover("inputs: [baked-goods]", 10);
  CHECK(contains(data, "produced by: `"));
  CHECK(contains(data, "consumed by: `sell-over-the-counter`"));
  CHECK(contains(data, "system of record:"));
  std::string role = hover("owner: shop-manager", 8);
  CHECK(contains(role, "**role** `shop-manager`"));
  CHECK(contains(role, "owns: `"));
  CHECK(contains(role, "sell-over-the-counter"));
  CHECK(contains(role, "performs: "));
  CHECK(contains(role, "manages: "));
  CHECK(contains(role, "`shop`"));
  std::string process = hover("id: sell-over-the-counter", 5);
  CHECK(contains(process, "system: `shop`"));
  CHECK(contains(process, "owner: `shop-manager`"));
  CHECK(contains(process, "trigger: The shop opens at 7am"));
  CHECK(contains(process, "inputs: `baked-goods`"));
  CHECK(contains(process, "outputs: `customer-purchase`, `till-sales`"));
  // Every key that is set, from the loader's field table.
  CHECK(contains(process, "tools: `square-pos`"));
  CHECK(contains(process, "frequency: daily"));
  CHECK(contains(process, "reviewed: 2026-04-06"));
  CHECK(contains(process, "review_every: 1y"));
  std::string key = hover("owner: shop-manager", 2);
  CHECK(contains(key, "The role that answers for the outputs."));
}

TEST_CASE("completion offers keys, ids and enum values where they belong", "[lsp]") {
  fs::path folder = copy_of("bakery", "lsp-completion");
  fs::path selling = folder / "selling.yaml";
  std::string text = read_text(selling);
  std::size_t at_trigger = text.find("        trigger: The shop opens at 7am\n");
  std::string edited = text.substr(0, at_trigger) + "        \n" + text.substr(at_trigger);
  LspClient client;
  client.initialize(folder);
  client.open(selling, edited);
  auto [line, character] = find_in(edited, "        \n", 8);
  std::vector<std::string> keys =
      labels_of(client.request("textDocument/completion", at(selling, line, character)));
  CHECK(has(keys, "description"));
  CHECK(has(keys, "layer") == false); // written already, below the cursor
  CHECK(has(keys, "steps") == false);
  CHECK_FALSE(has(keys, "owner")); // the process has one already
  CHECK_FALSE(has(keys, "goal"));  // a key of systems

  auto [owner_line, owner_character] = find_in(edited, "owner: shop-manager", 7);
  std::vector<std::string> roles = labels_of(
      client.request("textDocument/completion", at(selling, owner_line, owner_character)));
  CHECK(has(roles, "counter-staff"));
  CHECK(has(roles, "head-baker"));
  CHECK_FALSE(has(roles, "square-pos"));

  auto [frequency_line, frequency_character] = find_in(edited, "frequency: daily", 11);
  CHECK(labels_of(client.request("textDocument/completion",
                                 at(selling, frequency_line, frequency_character))) ==
        std::vector<std::string>{"on-demand", "daily", "weekly", "fortnightly", "monthly",
                                 "quarterly", "yearly"});

  auto [input_line, input_character] = find_in(edited, "inputs: [baked-goods]", 9);
  CHECK(has(labels_of(client.request("textDocument/completion",
                                     at(selling, input_line, input_character))),
            "wholesale-order-book"));
  auto [tool_line, tool_character] = find_in(edited, "tool: square-pos", 6);
  std::vector<std::string> tools =
      labels_of(client.request("textDocument/completion", at(selling, tool_line, tool_character)));
  CHECK(has(tools, "square-pos"));
  CHECK_FALSE(has(tools, "counter-staff"));
}

TEST_CASE("rename changes an id in every file, or says why not", "[lsp]") {
  fs::path folder = copy_of("bakery", "lsp-rename");
  fs::path selling = folder / "selling.yaml";
  std::string text = read_text(selling);
  LspClient client;
  client.initialize(folder);
  client.open(selling, text);
  auto [line, character] = find_in(text, "owner: shop-manager", 8);
  Json prepared = client.request("textDocument/prepareRename", at(selling, line, character));
  CHECK(prepared["result"]["placeholder"] == "shop-manager");

  Json params = at(selling, line, character);
  params["newName"] = "store-manager";
  Json changes = client.request("textDocument/rename", params)["result"]["changes"];
  CHECK(changes.contains(uri(selling)));
  CHECK(changes.contains(uri(folder / "business.yaml")));
  std::size_t edits = 0;
  for (const auto& [file, list] : changes.items()) {
    edits += list.size();
    for (const Json& edit : list) {
      CHECK(edit["newText"] == "store-manager");
    }
  }
  CHECK(edits == occurrences_of(folder, "shop-manager"));

  params["newName"] = "Store Manager";
  Json invalid = client.request("textDocument/rename", params);
  CHECK(invalid["error"]["code"] == -32803);
  CHECK(contains(invalid["error"]["message"], "'Store Manager' is not a valid id"));
  params["newName"] = "head-baker";
  Json taken = client.request("textDocument/rename", params);
  CHECK(contains(taken["error"]["message"], "'head-baker' is already the id of another role, at "));
}

TEST_CASE("the outline shows systems, their processes and their steps", "[lsp]") {
  fs::path folder = source_dir() / "examples" / "bakery";
  fs::path selling = folder / "selling.yaml";
  LspClient client;
  client.initialize(folder);
  client.open(selling);
  Json symbols = client.request("textDocument/documentSymbol",
                                {{"textDocument", {{"uri", uri(selling)}}}})["result"];
  Checked checked = check_path(folder);
  std::vector<std::string> systems;
  for (const Json& system : symbols) {
    systems.push_back(system["name"]);
  }
  CHECK(has(systems, "shop"));
  const Json& shop = symbols[0];
  CHECK(shop["name"] == "shop");
  CHECK(shop["detail"] == "Shop");
  CHECK(shop["kind"] == 3);
  const Json& sell = shop["children"][0];
  CHECK(sell["name"] == "sell-over-the-counter");
  CHECK(sell["kind"] == 12);
  REQUIRE(sell["children"].size() == 3);
  CHECK(sell["children"][0]["name"] == "1. Fill the shelves and label allergens");
  CHECK(sell["children"][2]["name"] == "3. Restock from the bakehouse racks mid-morning");
  CHECK(sell["range"]["start"]["line"] == 12);
  CHECK(sell["range"]["end"]["line"].get<int>() >= 35);
}

TEST_CASE("every finding with a suggestion has a quick fix", "[lsp]") {
  fs::path folder = copy_of("broken/schema", "lsp-quick-fix");
  fs::path lessons = folder / "lessons.yaml";
  std::string text = read_text(lessons);
  LspClient client;
  client.initialize(folder);
  client.open(lessons, text);
  std::size_t suggested = 0;
  for (const Json& d : client.diagnostics(lessons)) {
    if (!d.contains("data")) {
      continue;
    }
    ++suggested;
    Json actions = client.request("textDocument/codeAction",
                                  {{"textDocument", {{"uri", uri(lessons)}}},
                                   {"range", d["range"]},
                                   {"context", {{"diagnostics", Json::array({d})}}}})["result"];
    REQUIRE(actions.size() >= 1);
    const Json& edit = actions[0]["edit"]["changes"][uri(lessons)][0];
    CHECK(actions[0]["kind"] == "quickfix");
    CHECK(edit["newText"] == d["data"]["suggestion"]);
    CHECK(edit["range"] == d["range"]);
  }
  CHECK(suggested >= 1);
  auto [line, character] = find_in(text, "frequncy", 0);
  Json actions = client.request("textDocument/codeAction",
                                {{"textDocument", {{"uri", uri(lessons)}}},
                                 {"range",
                                  {{"start", {{"line", line}, {"character", character}}},
                                   {"end", {{"line", line}, {"character", character}}}}},
                                 {"context", {{"diagnostics", Json::array()}}}})["result"];
  REQUIRE(actions.size() == 1);
  CHECK(actions[0]["title"] == "Change to 'frequency'");
}

TEST_CASE("an edit parses only the file it changes", "[lsp]") {
  fs::path folder = copy_of("bakery", "lsp-incremental");
  fs::path selling = folder / "selling.yaml";
  std::string text = read_text(selling);
  LspClient client;
  client.initialize(folder);
  client.open(selling, text);
  std::uint64_t parses = client.server().edited().parses();
  auto [line, character] = find_in(text, "frequency: daily", 11);
  Json edit = {{"range",
                {{"start", {{"line", line}, {"character", character}}},
                 {"end", {{"line", line}, {"character", character + 5}}}}},
               {"text", "weekly"}};
  client.notify("textDocument/didChange",
                {{"textDocument", {{"uri", uri(selling)}, {"version", 2}}},
                 {"contentChanges", Json::array({edit})}});
  CHECK(client.server().edited().parses() == parses + 1);
  write_text(selling, text.replace(text.find("frequency: daily"), 16, "frequency: weekly"));
  CHECK(published_findings(client) == check_findings(folder));
}

TEST_CASE("an edit reads only its own file into the model", "[lsp]") {
  fs::path folder = copy_of("bakery", "lsp-kept-readings");
  fs::path selling = folder / "selling.yaml";
  std::string text = read_text(selling);
  LspClient client;
  client.initialize(folder);
  client.open(selling, text);
  // The server checks the model when it has no message waiting.
  const lsp::EditedModel& edited = client.server().edited();
  const FileReading* business = edited.find(uri(folder / "business.yaml"))->reading.get();
  REQUIRE(business != nullptr);
  REQUIRE(edited.find(uri(selling))->reading != nullptr);
  auto [line, character] = find_in(text, "frequency: daily", 11);
  client.notify(
      "textDocument/didChange",
      {{"textDocument", {{"uri", uri(selling)}, {"version", 2}}},
       {"contentChanges", Json::array({{{"range",
                                         {{"start", {{"line", line}, {"character", character}}},
                                          {"end", {{"line", line}, {"character", character + 5}}}}},
                                        {"text", "weekly"}}})}});
  CHECK(edited.find(uri(folder / "business.yaml"))->reading.get() == business);
  const FileReading* reading = edited.find(uri(selling))->reading.get();
  REQUIRE(reading != nullptr);
  CHECK(reading->part.model.files.at(0).text == *edited.find(uri(selling))->text);
  // The model checked last holds a copy of the edited text.
  const lsp::Analysis* analysis = edited.current_analysis();
  REQUIRE(analysis != nullptr);
  auto model_file =
      std::find_if(analysis->model().files.begin(), analysis->model().files.end(),
                   [&](const bizmap::SourceFile& file) { return file.path == selling.string(); });
  REQUIRE(model_file != analysis->model().files.end());
  CHECK(model_file->text == *edited.find(uri(selling))->text);
}

TEST_CASE("incremental edits count UTF-16 code units as the protocol says", "[lsp]") {
  fs::path folder = fresh_folder("lsp-utf16");
  fs::path file = folder / "model.yaml";
  std::string text =
      "bizmap: 1\nbusiness: {name: \"Caf\u00e9 \U0001F950 Bakery\"}\nroles:\n  - id: Baker\n";
  write_text(file, text);
  LspClient client;
  client.initialize(folder);
  client.open(file, text);
  // "é" is one unit and the croissant two: "Bakery" starts at character 26.
  client.notify(
      "textDocument/didChange",
      {{"textDocument", {{"uri", uri(file)}, {"version", 2}}},
       {"contentChanges",
        {{{"range",
           {{"start", {{"line", 1}, {"character", 26}}},
            {"end", {{"line", 1}, {"character", 32}}}}},
          {"text", "Bakes"}},
         {{"range",
           {{"start", {{"line", 3}, {"character", 8}}}, {"end", {{"line", 3}, {"character", 9}}}}},
          {"text", "b"}}}}});
  write_text(
      file, "bizmap: 1\nbusiness: {name: \"Caf\u00e9 \U0001F950 Bakes\"}\nroles:\n  - id: baker\n");
  CHECK(published_findings(client) == check_findings(folder));
  CHECK(client.diagnostics(file).size() == 1); // unused-role only
}

TEST_CASE("mistakes of a client get error responses, never a crash", "[lsp]") {
  LspClient client;
  Json early = client.request("textDocument/hover", at("/nowhere.yaml", 0, 0));
  CHECK(early["error"]["code"] == -32002);
  fs::path folder = copy_of("bakery", "lsp-robust");
  fs::path selling = folder / "selling.yaml";
  client.initialize(folder);

  client.send_text("{not json");
  client.send_text("[1, 2, 3]");
  client.send_text(R"({"jsonrpc":"2.0","id":{"x":1},"method":"textDocument/hover"})");
  client.send_text(R"({"jsonrpc":"2.0","id":7,"method":42})");
  std::vector<int> codes;
  for (const Json& message : client.take("")) {
    codes.push_back(message["error"]["code"]);
  }
  CHECK(codes == std::vector<int>{-32700, -32600, -32600, -32600});

  CHECK(client.request("workspace/symbolsOfTheDay", Json::object())["error"]["code"] == -32601);
  CHECK(client.request("textDocument/hover", {{"textDocument", {{"uri", 5}}}})["error"]["code"] ==
        -32602);
  CHECK(client.request("textDocument/hover", at(folder / "not-open.yaml", 0, 0))["error"]["code"] ==
        -32602);

  client.open(selling);
  for (Json position :
       {Json{{"line", 100000}, {"character", 5}}, Json{{"line", 3}, {"character", 100000}},
        Json{{"line", 4294967295LL}, {"character", 4294967295LL}}}) {
    for (const char* method :
         {"textDocument/hover", "textDocument/definition", "textDocument/completion",
          "textDocument/references", "textDocument/documentHighlight"}) {
      Json response = client.request(
          method, {{"textDocument", {{"uri", uri(selling)}}}, {"position", position}});
      CHECK_FALSE(response.contains("error"));
    }
  }
  Json negative =
      client.request("textDocument/hover", {{"textDocument", {{"uri", uri(selling)}}},
                                            {"position", {{"line", -1}, {"character", 0}}}});
  CHECK(negative["error"]["code"] == -32602);

  // A change to a file that is not open, and an unknown notification, are logged.
  client.change(folder / "closed.yaml", "bizmap: 1\n", 2);
  client.notify("workspace/somethingNew", Json::object());
  CHECK(client.take("window/logMessage").size() == 2);
}

TEST_CASE("a file deleted while open keeps the editor's text until it is closed", "[lsp]") {
  fs::path folder = copy_of("bakery", "lsp-deleted");
  fs::path selling = folder / "selling.yaml";
  LspClient client;
  client.initialize(folder);
  client.open(selling);
  fs::remove(selling);
  client.notify("workspace/didChangeWatchedFiles",
                {{"changes", {{{"uri", uri(selling)}, {"type", 3}}}}});
  CHECK(client.diagnostics(selling) == Json::array());
  auto [line, character] = find_in(read_text(folder / "business.yaml"), "id: counter-staff", 5);
  Json params = at(folder / "business.yaml", line, character);
  params["context"] = {{"includeDeclaration", false}};
  client.open(folder / "business.yaml");
  CHECK_FALSE(client.request("textDocument/references", params)["result"].empty());
  client.notify("textDocument/didClose", {{"textDocument", {{"uri", uri(selling)}}}});
  // Without selling.yaml, what its processes produced is missing.
  CHECK(contains(client.published().at(uri(folder / "bakehouse.yaml")).dump(),
                 "needs 'wholesale-order-book', but no process produces it"));
  CHECK(client.request("textDocument/hover", at(selling, 3, 3))["error"]["code"] == -32602);
}

TEST_CASE("a 50 MB paste is checked and answered", "[lsp][heavy]") {
  fs::path folder = copy_of("bakery", "lsp-paste");
  fs::path selling = folder / "selling.yaml";
  LspClient client;
  client.initialize(folder);
  client.open(selling);
  std::string paste = read_text(selling);
  std::string line = "# " + std::string(98, 'x') + "\n";
  while (paste.size() < std::size_t{50} << 20) {
    paste += line;
  }
  paste += "  - {id: pasted, goal: The end of a long paste, manager: nobody-we-know}\n";
  auto start = std::chrono::steady_clock::now();
  client.change(selling, paste, 2);
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 60);
  CHECK(contains(client.diagnostics(selling).dump(), "nobody-we-know"));
  CHECK(client.request("textDocument/hover", at(selling, 2, 0)).contains("result"));
}

TEST_CASE("shutdown and exit as the protocol says", "[lsp]") {
  LspClient client;
  client.initialize(std::nullopt);
  CHECK(client.request("shutdown", nullptr)["result"].is_null());
  CHECK(client.request("textDocument/hover", at("/x.yaml", 0, 0))["error"]["code"] == -32600);
  CHECK_FALSE(client.server().exited());
  client.notify("exit", nullptr);
  CHECK(client.server().exited());
  CHECK(client.server().exit_code() == 0);

  LspClient abrupt;
  abrupt.initialize(std::nullopt);
  abrupt.notify("exit", nullptr);
  CHECK(abrupt.server().exit_code() == 1);
}

TEST_CASE("broken frames are skipped and the stream goes on", "[lsp]") {
  auto message = [](const Json& body) { return lsp::frame(body.dump()); };
  std::string input = "garbage before any header\r\n\r\n" +
                      std::string("Content-Length: nine\r\n\r\n{}") +
                      message({{"jsonrpc", "2.0"},
                               {"id", 1},
                               {"method", "initialize"},
                               {"params", {{"capabilities", Json::object()}}}}) +
                      "Content-Length: 999999999999\r\n\r\n" +
                      message({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}}) +
                      message({{"jsonrpc", "2.0"}, {"method", "exit"}});
  lsp::TextSource source(input);
  std::vector<Json> sent;
  int code =
      lsp::serve(source, [&](const std::string& body) { sent.push_back(Json::parse(body)); });
  std::vector<std::string> kinds;
  for (const Json& m : sent) {
    kinds.push_back(m.contains("id") ? fmt::format("response {}", m["id"].dump())
                                     : m["method"].get<std::string>());
  }
  CHECK(kinds == std::vector<std::string>{"window/logMessage", "window/logMessage", "response 1",
                                          "window/logMessage", "response 2"});
  CHECK(code == 0);
}

TEST_CASE("bizmap lsp answers over standard input and output", "[lsp]") {
  fs::path folder = fresh_folder("lsp-stdio");
  auto message = [](const Json& body) { return lsp::frame(body.dump()); };
  write_text(folder / "input",
             message({{"jsonrpc", "2.0"},
                      {"id", 1},
                      {"method", "initialize"},
                      {"params", {{"capabilities", Json::object()}}}}) +
                 message({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}}) +
                 message({{"jsonrpc", "2.0"}, {"method", "exit"}}));
  std::string command = fmt::format("'{}' lsp < '{}' > '{}'", BIZMAP_BINARY,
                                    (folder / "input").string(), (folder / "output").string());
  CHECK(std::system(command.c_str()) == 0);
  std::string output = read_text(folder / "output");
  CHECK(output.starts_with("Content-Length: "));
  CHECK(contains(output, R"("serverInfo":{"name":"bizmap")"));
  CHECK(contains(output, R"({"id":2,"jsonrpc":"2.0","result":null})"));
}

TEST_CASE("the fuzz target's sessions run through the server", "[lsp][fuzz]") {
  for (const auto& entry : fs::directory_iterator(source_dir() / "fuzz" / "lsp-seeds")) {
    INFO(entry.path().string());
    std::string session = read_text(entry.path());
    bizmap::fuzzing::run_lsp_session(session);
    // Cut anywhere, the same bytes are still only a session.
    for (std::size_t cut = 0; cut < session.size(); cut += 97) {
      bizmap::fuzzing::run_lsp_session(session.substr(0, cut));
      bizmap::fuzzing::run_lsp_session(session.substr(cut));
    }
  }
}
