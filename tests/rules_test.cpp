// Every registered rule: passing and failing fixtures with golden findings,
// and the examples in its documentation, which are files beside them.
#include "rules/rule.hpp"
#include "support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

fs::path fixture_folder(const Rule& rule) {
  return source_dir() / "tests" / "rules" / rule.id;
}

// A fixture is a single file (pass.yaml) or a folder of files (pass/).
fs::path fixture(const Rule& rule, std::string_view name) {
  fs::path folder = fixture_folder(rule);
  fs::path file = folder / (std::string(name) + ".yaml");
  return fs::exists(file) ? file : folder / name;
}

// The default settings, with the rule itself on even where it is off by
// default: each rule's fixtures and examples show what it finds.
RuleSettings with_rule_on(const Rule& rule) {
  RuleSettings settings;
  if (rule.off_by_default) {
    settings[std::string(rule.id)].severity = rule.severity;
  }
  return settings;
}

bool has_rule(const Checked& checked, std::string_view id) {
  std::vector<std::string> rules = rules_of(checked);
  return std::find(rules.begin(), rules.end(), id) != rules.end();
}

} // namespace

TEST_CASE("every rule has a passing fixture, a failing fixture and its golden findings") {
  for (const Rule* rule : all_rules()) {
    INFO("rule " << rule->id << " in " << fixture_folder(*rule).string());
    CHECK(fs::exists(fixture(*rule, "pass")));
    CHECK(fs::exists(fixture(*rule, "fail")));
    CHECK(fs::exists(fixture_folder(*rule) / "fail.out"));
  }
}

TEST_CASE("every fixture folder belongs to a registered rule") {
  for (const fs::directory_entry& entry :
       fs::directory_iterator(source_dir() / "tests" / "rules")) {
    INFO(entry.path().string());
    CHECK(find_rule(entry.path().filename().string()) != nullptr);
  }
}

TEST_CASE("failing fixtures give exactly their golden findings") {
  for (const Rule* rule : all_rules()) {
    if (!fs::exists(fixture(*rule, "fail"))) {
      continue;
    }
    DYNAMIC_SECTION(rule->id) {
      Checked checked = check_path(fixture(*rule, "fail"), with_rule_on(*rule));
      CHECK(has_rule(checked, rule->id));
      compare_with_golden(finding_lines(checked, fixture_folder(*rule)),
                          fixture_folder(*rule) / "fail.out");
    }
  }
}

TEST_CASE("passing fixtures are clean") {
  for (const Rule* rule : all_rules()) {
    if (!fs::exists(fixture(*rule, "pass"))) {
      continue;
    }
    DYNAMIC_SECTION(rule->id) {
      Checked checked = check_path(fixture(*rule, "pass"), with_rule_on(*rule));
      CHECK(finding_lines(checked, fixture_folder(*rule)) == "");
    }
  }
}

TEST_CASE("every rule is documented with a bad and a good example that behave as they say") {
  for (const Rule* rule : all_rules()) {
    DYNAMIC_SECTION(rule->id) {
      CHECK(!rule->summary.empty());
      CHECK(rule->details.find("## What it does") != std::string_view::npos);
      CHECK(rule->details.find("## Why it matters") != std::string_view::npos);

      fs::path bad = fresh_folder("example-bad");
      write_example(rule->bad_example, bad);
      CHECK(has_rule(check_path(bad, with_rule_on(*rule)), rule->id));

      fs::path good = fresh_folder("example-good");
      write_example(rule->good_example, good);
      CHECK_FALSE(has_rule(check_path(good, with_rule_on(*rule)), rule->id));
    }
  }
}

namespace {

// A rule's example as the build embeds it: the file, or the files of the
// folder in the order of their names, each under a "# file: NAME" line.
std::string example_in_folder(const Rule& rule, std::string_view which) {
  fs::path folder = fixture_folder(rule) / (std::string(which) + "-example");
  if (fs::exists(folder.string() + ".yaml")) {
    return read_text(folder.string() + ".yaml");
  }
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::string text;
  for (const fs::path& file : files) {
    text += "# file: " + file.filename().string() + "\n" + read_text(file);
  }
  return text;
}

} // namespace

TEST_CASE("every rule's examples are the example files in its fixture folder") {
  for (const Rule* rule : all_rules()) {
    INFO("rule " << rule->id);
    CHECK(rule->bad_example == example_in_folder(*rule, "bad"));
    CHECK(rule->good_example == example_in_folder(*rule, "good"));
  }
}

TEST_CASE("the rule list is sorted by id and every id is found") {
  std::span<const Rule* const> rules = all_rules();
  CHECK(std::is_sorted(rules.begin(), rules.end(),
                       [](const Rule* a, const Rule* b) { return a->id < b->id; }));
  for (const Rule* rule : rules) {
    CHECK(find_rule(rule->id) == rule);
  }
  CHECK(find_rule("no-such-rule") == nullptr);
}
