// The rule documentation: docs/rules/ as generated from every rule, and the
// `rules` and `explain` commands.
#include "docs/example_files.hpp"
#include "docs/rule_pages.hpp"
#include "rules/rule.hpp"
#include "support.hpp"

#include <algorithm>
#include <bizmap/run.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

fs::path rule_docs() {
  return source_dir() / "docs" / "rules";
}

} // namespace

TEST_CASE("docs/rules holds the current page of every rule and the index", "[docs]") {
  for (const RulePage& page : rule_pages()) {
    DYNAMIC_SECTION(page.file_name) {
      compare_with_golden(page.text, rule_docs() / page.file_name);
    }
  }
}

TEST_CASE("docs/rules holds no page without a rule", "[docs]") {
  std::set<std::string> expected;
  for (const RulePage& page : rule_pages()) {
    expected.insert(page.file_name);
  }
  CHECK(expected.size() == all_rules().size() + 1);
  for (const fs::directory_entry& entry : fs::directory_iterator(rule_docs())) {
    INFO(entry.path().string());
    CHECK(expected.contains(entry.path().filename().string()));
  }
}

TEST_CASE("the index links every rule's page", "[docs]") {
  std::string index = rules_index();
  for (const Rule* rule : all_rules()) {
    INFO(rule->id);
    CHECK(index.find(fmt::format("[`{0}`]({0}.md)", rule->id)) != std::string::npos);
  }
}

TEST_CASE("a page shows the findings of the bad example with paths inside the example", "[docs]") {
  const Rule* rule = find_rule("duplicate-business");
  REQUIRE(rule != nullptr);
  ExampleFindings findings = example_findings(rule->bad_example, rule->id);
  CHECK(findings.text.starts_with("sales.yaml:2:1: error: 'business' is already described in "
                                  "another file"));
  CHECK(findings.text.find("business.yaml:2:1: note: 'business' is described here") !=
        std::string::npos);
  CHECK(findings.text.ends_with("      | ^~~~~~~~\n"));
  CHECK(findings.text.find(fs::temp_directory_path().string()) == std::string::npos);
  CHECK(findings.others == 0);
  std::string page = rule_page(*rule);
  CHECK(page.find("`sales.yaml`:\n\n```yaml\nbizmap: 1\nbusiness:\n") != std::string::npos);
}

TEST_CASE("a page shows only its rule's findings and says when others were left out", "[docs]") {
  const Rule* rule = find_rule("owner-overload");
  REQUIRE(rule != nullptr);
  ExampleFindings findings = example_findings(rule->bad_example, rule->id);
  CHECK(findings.others > 0);
  CHECK(findings.text.find("[owner-overload]") != std::string::npos);
  CHECK(findings.text.find("[isolated-process]") == std::string::npos);
  CHECK(rule_page(*rule).find("Among other findings, `bizmap check` reports:") !=
        std::string::npos);
}

TEST_CASE("examples split into files at '# file:' lines", "[docs]") {
  std::vector<ExampleFile> one = split_example("bizmap: 1\nsystems: []\n");
  REQUIRE(one.size() == 1);
  CHECK(one[0].name == "model.yaml");
  CHECK(one[0].text == "bizmap: 1\nsystems: []\n");

  std::vector<ExampleFile> two =
      split_example("# file: a.yaml\nbizmap: 1\n# file: sub/b.yaml\nbizmap: 1\nroles: []");
  REQUIRE(two.size() == 2);
  CHECK(two[0].name == "a.yaml");
  CHECK(two[0].text == "bizmap: 1\n");
  CHECK(two[1].name == "sub/b.yaml");
  CHECK(two[1].text == "bizmap: 1\nroles: []\n");

  fs::path folder = fresh_folder("example-files");
  write_example_files("# file: a.yaml\nbizmap: 1\n# file: sub/b.yaml\nbizmap: 1\n", folder);
  CHECK(read_text(folder / "a.yaml") == "bizmap: 1\n");
  CHECK(read_text(folder / "sub" / "b.yaml") == "bizmap: 1\n");
  CHECK_FALSE(fs::exists(folder / "model.yaml"));
}

TEST_CASE("bizmap rules lists every rule with its severity and summary", "[docs]") {
  CliResult result = bizmap_cli({"rules"});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  std::vector<std::string> lines = lines_of(result.out);
  REQUIRE(lines.size() == all_rules().size());
  std::size_t summary_column = lines[0].find(all_rules()[0]->summary);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Rule& rule = *all_rules()[i];
    INFO(lines[i]);
    CHECK(lines[i].starts_with(std::string(rule.id) + " "));
    std::string severity = rule.off_by_default ? fmt::format(" off ({}) ", to_string(rule.severity))
                                               : fmt::format(" {} ", to_string(rule.severity));
    CHECK(lines[i].find(severity) != std::string::npos);
    CHECK(lines[i].find(rule.summary) == summary_column);
  }
}

TEST_CASE("a rule that is off by default runs only once it is given a severity", "[docs]") {
  fs::path folder = fresh_folder("rules-off-by-default");
  write_text(folder / "model.yaml", R"(bizmap: 1
systems:
  - id: studio
    goal: Keep the books
    manager: founder
    outcomes: [ledger]
    processes:
      - id: keep-ledger
        owner: founder
        inputs: [ledger]
        outputs: [ledger]
        steps: [Add the week]
)");
  std::string model = (folder / "model.yaml").string();
  CHECK_FALSE(contains(bizmap_cli({"check", model}).out, "[handoff-cycle]"));
  CHECK(contains(bizmap_cli({"check", model, "--rule", "handoff-cycle=info"}).out,
                 "info: process 'keep-ledger' needs only its own output"));
  CHECK(contains(bizmap_cli({"check", model, "--rule", "handoff-cycle=error"}).out,
                 "error: process 'keep-ledger' needs only its own output"));
  write_text(folder / ".bizmap.yaml", "rules:\n  handoff-cycle: warning\n");
  CHECK(contains(bizmap_cli({"check", model, "--config", (folder / ".bizmap.yaml").string()}).out,
                 "warning: process 'keep-ledger' needs only its own output"));
  write_text(folder / ".bizmap.yaml", "rules:\n  handoff-cycle: off\n");
  CHECK_FALSE(
      contains(bizmap_cli({"check", model, "--config", (folder / ".bizmap.yaml").string()}).out,
               "[handoff-cycle]"));
  CliResult rules = bizmap_cli({"rules", "--format", "json"});
  CHECK(contains(rules.out, "\"off_by_default\": true"));
  CHECK(contains(bizmap_cli({"explain", "handoff-cycle"}).out,
                 "Default severity: **off**; turned on (`--rule handoff-cycle=info`), **info**."));
}

TEST_CASE("bizmap rules --format json gives each rule with its options", "[docs]") {
  CliResult result = bizmap_cli({"rules", "--format", "json"});
  CHECK(result.exit_code == 0);
  nlohmann::json rules = nlohmann::json::parse(result.out);
  REQUIRE(rules.is_array());
  REQUIRE(rules.size() == all_rules().size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const Rule& rule = *all_rules()[i];
    INFO(rule.id);
    CHECK(rules[i]["id"].get<std::string>() == rule.id);
    CHECK(rules[i]["severity"].get<std::string>() == to_string(rule.severity));
    CHECK(rules[i]["summary"].get<std::string>() == rule.summary);
    REQUIRE(rules[i]["options"].size() == rule.options.size());
    for (std::size_t o = 0; o < rule.options.size(); ++o) {
      CHECK(rules[i]["options"][o]["name"].get<std::string>() == rule.options[o].name);
      CHECK(rules[i]["options"][o]["default"].get<long long>() == rule.options[o].default_value);
    }
  }
  auto with_options = std::find_if(all_rules().begin(), all_rules().end(),
                                   [](const Rule* rule) { return !rule->options.empty(); });
  CHECK(with_options != all_rules().end());
}

TEST_CASE("bizmap explain prints a rule's page", "[docs]") {
  CliResult result = bizmap_cli({"explain", "unproduced-input"});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  std::vector<std::string> lines = lines_of(result.out);
  REQUIRE(lines.size() > 4);
  CHECK(lines[0] == "# unproduced-input");
  CHECK(lines[1] == "");
  CHECK(lines[2] == "Default severity: **error**. A process input that no process outputs and "
                    "that is not an external input.");
  CHECK(lines[3] == "");
  CHECK(lines[4] == "## What it does");
  CHECK(result.out.find("model.yaml:14:18: error: process 'onboard-client' needs "
                        "'client-brief'") != std::string::npos);
  CHECK(result.out.find("## How to fix it") != std::string::npos);
}

TEST_CASE("bizmap explain names the closest rule to an unknown id", "[docs]") {
  CliResult result = bizmap_cli({"explain", "unproduced-inptu"});
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "bizmap: error: unknown rule 'unproduced-inptu'; did you mean 'unproduced-input'?\n");
}
