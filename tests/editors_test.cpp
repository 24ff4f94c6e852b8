// Real editors' clients: Neovim's built-in LSP client with `bizmap lsp`, and
// Red Hat's yaml-language-server with bizmap's JSON Schema.
#include "report_tools.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <regex>

using namespace bizmap;
using namespace bizmap::testing;
using Json = nlohmann::json;

namespace {

std::string quoted(const fs::path& path) {
  return "'" + path.string() + "'";
}

std::size_t lines_matching(const std::string& text, const std::string& pattern) {
  std::regex expression(pattern);
  return static_cast<std::size_t>(std::distance(
      std::sregex_iterator(text.begin(), text.end(), expression), std::sregex_iterator()));
}

} // namespace

TEST_CASE("Neovim with its own LSP client gets diagnostics, jumps across files and renames",
          "[tools]") {
  if (run_tool("command -v nvim").exit_code != 0) {
    WARN("skipped: Debian's neovim is not installed (scripts/packages/editor.txt)");
    return;
  }
  fs::path folder = fresh_folder("editors-neovim");
  fs::path model = folder / "model";
  fs::copy(source_dir() / "examples" / "broken" / "handoffs", model);
  fs::path report = folder / "session.json";
  ToolRun nvim = run_tool(fmt::format(
      "cd {} && BIZMAP={} MODEL={} REPORT={} timeout 120 nvim --headless --clean -u NONE -c "
      "'luafile {}'",
      quoted(folder), quoted(BIZMAP_BINARY), quoted(model), quoted(report),
      (source_dir() / "tests" / "editors" / "neovim-session.lua").string()));
  INFO(nvim.output);
  REQUIRE(fs::exists(report));
  Json session = Json::parse(read_text(report));
  INFO(session.dump(2));
  CHECK_FALSE(session.contains("error"));

  // The diagnostics are the findings check gives for cafe.yaml.
  CHECK(session["diagnostics_arrived"] == true);
  std::vector<std::string> expected;
  for (const Diagnostic& d : check_path(model).findings) {
    if (check_path(model).loaded.model.files[d.at.file].path == (model / "cafe.yaml").string()) {
      expected.push_back(fmt::format("{}:{} [{}] {}", d.at.line, d.at.column, d.rule, d.message));
    }
  }
  std::vector<std::string> received;
  for (const Json& d : session["diagnostics"]) {
    received.push_back(fmt::format("{}:{} [{}] {}", d["line"].get<int>(), d["column"].get<int>(),
                                   d["code"].get<std::string>(), d["message"].get<std::string>()));
  }
  std::sort(expected.begin(), expected.end());
  std::sort(received.begin(), received.end());
  CHECK(received == expected);
  // cafe.yaml's findings, the catering-ordr typo one finding with its notes.
  CHECK(received.size() == 6);

  // The owner in cafe.yaml leads to the role in business.yaml.
  CHECK(session["jumped"] == true);
  CHECK(session["jump"]["file"] == "business.yaml");
  CHECK(session["jump"]["line"] == 11);
  CHECK(session["jump"]["column"] == 10);

  // The rename reached both files, in every place the role is named.
  std::string cafe = read_text(model / "cafe.yaml");
  CHECK(session["renamed"] == true);
  CHECK(session["rename"]["cafe_proprietor"] ==
        lines_matching(cafe, R"((owner|manager|by): owner\b)"));
  CHECK(session["rename"]["business_proprietor"] == 1);
  CHECK(session["rename"]["business_line"] == "  - {id: proprietor, name: Jo (Owner)}");
}

TEST_CASE("yaml-language-server completes, explains and checks a model with the schema",
          "[tools][schema]") {
  fs::path server = source_dir() / "tools/npm/editor/node_modules/yaml-language-server";
  if (run_tool("command -v node").exit_code != 0 || !fs::exists(server)) {
    WARN("skipped: tools/npm/editor is not installed (run scripts/install-npm.sh)");
    return;
  }
  ToolRun session = run_tool(
      fmt::format("node {} {} {}", quoted(source_dir() / "tools/npm/editor/yaml-ls-session.mjs"),
                  quoted(source_dir() / "docs/schemas/bizmap-model.schema.json"),
                  quoted(source_dir() / "examples/bakery/selling.yaml")));
  INFO(session.output);
  REQUIRE(session.exit_code == 0);
  Json answers = Json::parse(session.output);
  // The first process has every key but these: only they are offered.
  CHECK(answers["completion"] == Json({"consulted", "description", "due", "informed", "volume"}));
  CHECK(contains(answers["hover"], "The role that answers for the outputs."));
  REQUIRE(answers["diagnostics"].size() == 1);
  CHECK(contains(
      answers["diagnostics"][0]["message"],
      R"(Valid values: "on-demand", "daily", "weekly", "fortnightly", "monthly", "quarterly", "yearly")"));
}
