// Every range and threshold of the configuration, the command line and the
// rules, at both ends and just outside: glob character ranges, severities,
// fail_on, --max-warnings N and N+1, option values, owner-overload's max and
// the reach of suggestions.
#include "config/glob.hpp"
#include "model/ids.hpp"
#include "model/suggest.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

bool glob_matches(std::string_view pattern, std::string_view path) {
  std::string problem;
  std::optional<Glob> glob = Glob::parse(pattern, problem);
  INFO(pattern << ": " << problem);
  REQUIRE(glob);
  return glob->matches(path);
}

std::string glob_problem(std::string_view pattern) {
  std::string problem;
  CHECK_FALSE(Glob::parse(pattern, problem));
  return problem;
}

// The one-character names a pattern matches among the printable ASCII ones
// ('/' separates names and '.' is the folder itself).
std::string matched_characters(std::string_view pattern) {
  std::string matched;
  for (char c = ' '; c <= '~'; ++c) {
    if (c != '/' && c != '.' && glob_matches(pattern, std::string(1, c))) {
      matched += c;
    }
  }
  return matched;
}

// A folder holding a model and its configuration, checked with that
// configuration named explicitly, as `bizmap check --config FILE FOLDER`.
// Each has a folder of its own.
class ConfiguredModel {
public:
  ConfiguredModel(std::string_view model, std::string_view config)
      : folder_(fresh_folder(fmt::format("configured-{}", ++made_))) {
    write_text(folder_ / "model.yaml", model);
    write_text(folder_ / ".bizmap.yaml", config);
  }

  CliResult check(std::vector<std::string> options = {}) const {
    std::vector<std::string> args{"check", "--config", (folder_ / ".bizmap.yaml").string(),
                                  folder_.string()};
    args.insert(args.end(), options.begin(), options.end());
    return bizmap_cli(args);
  }

private:
  static inline int made_ = 0;
  fs::path folder_;
};

// A model whose only findings are `count` unused roles (info by default).
std::string idle_roles(int count) {
  std::string model = "bizmap: 1\nroles:\n";
  for (int i = 1; i <= count; ++i) {
    model += fmt::format("  - {{id: idle-{}}}\n", i);
  }
  return model;
}

// One system of `count` processes, all owned by `owner`.
std::string owned_by(std::string_view owner, int count, std::string_view roles = "") {
  std::string model = fmt::format("bizmap: 1\n{}systems:\n  - id: shop\n    goal: Sell\n"
                                  "    manager: boss\n    processes:\n",
                                  roles);
  for (int i = 1; i <= count; ++i) {
    model += fmt::format("      - {{id: p{}, owner: {}, trigger: t, steps: [s]}}\n", i, owner);
  }
  return model;
}

std::vector<Diagnostic> overload_findings(const std::string& model,
                                          std::optional<long long> max = std::nullopt) {
  RuleSettings settings;
  if (max) {
    settings["owner-overload"].options["max"] = *max;
  }
  LoadResult loaded = load_text("model.yaml", model);
  std::vector<Diagnostic> findings =
      check_model(loaded.model, loaded.findings, {settings, test_today, 0});
  std::erase_if(findings, [](const Diagnostic& d) { return d.rule != "owner-overload"; });
  return findings;
}

} // namespace

TEST_CASE("a glob range includes its first and last characters and nothing outside them",
          "[boundaries][config]") {
  CHECK(matched_characters("[b-d]") == "bcd");
  CHECK(matched_characters("[1-3]") == "123");
  CHECK(matched_characters("[b-b]") == "b");
  CHECK(matched_characters("[d-b]").empty()); // a reversed range holds nothing
  CHECK(matched_characters("[a-c1-3]") == "123abc");
  // A range between other characters.
  CHECK(matched_characters("[xa-cz]") == "abcxz");
  SECTION("negated, the same ends are left out") {
    std::string outside = matched_characters("[!b-d]");
    CHECK(outside.size() == 95 - 2 - 3); // printable ASCII but '/', '.' and b, c, d
    for (char c : {'a', 'e'}) {
      CHECK(outside.find(c) != std::string::npos);
    }
    for (char c : {'b', 'c', 'd'}) {
      CHECK(outside.find(c) == std::string::npos);
    }
  }
  SECTION("a hyphen first or last, and a bracket first, stand for themselves") {
    CHECK(matched_characters("[-a]") == "-a");
    CHECK(matched_characters("[a-]") == "-a");
    CHECK(matched_characters("[]a]") == "]a");
    CHECK(matched_characters("[!]a]").find_first_of("]a") == std::string::npos);
  }
}

TEST_CASE("excluding v with the range 1-3 leaves out v1, v2 and v3 but not v0 or v4",
          "[boundaries][config]") {
  fs::path folder = fresh_folder("versions");
  for (std::string version : {"v0", "v1", "v2", "v3", "v4"}) {
    write_text(folder / version / "model.yaml", "bizmap: 1\n");
  }
  write_text(folder / ".bizmap.yaml", "exclude: [\"v[1-3]\"]\n");
  CliResult result = bizmap_cli({"check", "--format", "json", "--config",
                                 (folder / ".bizmap.yaml").string(), folder.string()});
  REQUIRE(result.exit_code == 0);
  std::vector<std::string> files;
  nlohmann::json json = nlohmann::json::parse(result.out);
  for (const nlohmann::json& file : json["files"]) {
    files.push_back(fs::path(file.get<std::string>()).lexically_relative(folder).generic_string());
  }
  CHECK(files == std::vector<std::string>{"v0/model.yaml", "v4/model.yaml"});
}

TEST_CASE("a question mark in a glob is exactly one character, and a star or a double star may "
          "match nothing",
          "[boundaries][config]") {
  CHECK(glob_matches("v?", "v1"));
  CHECK_FALSE(glob_matches("v?", "v"));
  CHECK_FALSE(glob_matches("v?", "v12"));
  CHECK(glob_matches("v*", "v"));
  CHECK(glob_matches("*v", "v"));
  CHECK(glob_matches("v*", "v12"));
  CHECK(glob_matches("a/**/b", "a/b"));
  CHECK(glob_matches("a/**/b", "a/x/b"));
  CHECK(glob_matches("a/**/b", "a/x/y/b"));
  CHECK_FALSE(glob_matches("a/**/b", "a/xb"));
  CHECK(glob_matches("**", "a"));
  CHECK(glob_matches("[a-c]", "c/model.yaml")); // a folder that matches, and what is below it
  CHECK_FALSE(glob_matches("[a-c]", "cc/model.yaml"));
}

TEST_CASE("a glob set must be closed, even when its first character is the closing bracket",
          "[boundaries][config]") {
  CHECK(glob_problem("[") == "a '[' is never closed with ']'");
  CHECK(glob_problem("[]") == "a '[' is never closed with ']'");
  CHECK(glob_problem("[!]") == "a '[' is never closed with ']'");
  CHECK(glob_problem("a/[b-") == "a '[' is never closed with ']'");
  CHECK(glob_matches("[]]", "]"));
  CHECK(glob_matches("[!]]", "a"));
}

TEST_CASE("a rule's severity is one of error, warning, info and off, and nothing else",
          "[boundaries][config]") {
  for (std::string_view severity : {"error", "warning", "info"}) {
    INFO(severity);
    ConfiguredModel model(idle_roles(1), fmt::format("rules: {{unused-role: {}}}\n", severity));
    CliResult result = model.check({"--fail-on", "info"});
    CHECK(result.exit_code == 1);
    CHECK(contains(result.out, fmt::format(": {}: role 'idle-1'", severity)));
  }
  ConfiguredModel off(idle_roles(1), "rules: {unused-role: off}\n");
  CHECK(off.check({"--fail-on", "info"}).exit_code == 0);
  for (std::string_view wrong : {"Error", "warn", "infos", "none", "\"\"", "[]"}) {
    INFO(wrong);
    ConfiguredModel model(idle_roles(1), fmt::format("rules: {{unused-role: {}}}\n", wrong));
    CliResult result = model.check();
    CHECK(result.exit_code == 2);
    CHECK(contains(result.err, "unused-role"));
  }
}

TEST_CASE("fail_on fails at its severity and above, never below", "[boundaries][config]") {
  const std::vector<std::string> severities{"info", "warning", "error"};
  for (std::size_t found = 0; found < severities.size(); ++found) {
    for (std::size_t threshold = 0; threshold < severities.size(); ++threshold) {
      INFO("a finding of " << severities[found] << ", fail_on " << severities[threshold]);
      int expected = found >= threshold ? 1 : 0;
      ConfiguredModel configured(idle_roles(1),
                                 fmt::format("rules: {{unused-role: {}}}\nfail_on: {}\n",
                                             severities[found], severities[threshold]));
      CHECK(configured.check().exit_code == expected);
      ConfiguredModel plain(idle_roles(1), "");
      CHECK(plain
                .check({"--rule", "unused-role=" + severities[found], "--fail-on",
                        severities[threshold]})
                .exit_code == expected);
    }
  }
  ConfiguredModel off(idle_roles(1), "fail_on: off\n");
  CHECK(off.check().exit_code == 2);
}

TEST_CASE("option --max-warnings N passes N warnings and fails N+1", "[boundaries][cli]") {
  // Three unused roles, made warnings.
  ConfiguredModel model(idle_roles(3), "");
  auto exit_code = [&](int max) {
    return model.check({"--rule", "unused-role=warning", "--max-warnings", std::to_string(max)})
        .exit_code;
  };
  CHECK(exit_code(4) == 0);
  CHECK(exit_code(3) == 0);
  CHECK(exit_code(2) == 1);
  CHECK(exit_code(0) == 1);
  SECTION("infos are not warnings") {
    CHECK(model.check({"--max-warnings", "0"}).exit_code == 0);
  }
  SECTION("no warnings pass --max-warnings 0") {
    ConfiguredModel clean("bizmap: 1\n", "");
    CHECK(clean.check({"--max-warnings", "0"}).exit_code == 0);
  }
  SECTION("a count below zero or not a number is a usage error") {
    CHECK(model.check({"--max-warnings", "-1"}).exit_code == 2);
    CHECK(model.check({"--max-warnings", "two"}).exit_code == 2);
  }
}

TEST_CASE("an option takes a whole number from 0 up to 18 digits", "[boundaries][config]") {
  auto with_max = [](std::string_view max) {
    ConfiguredModel model(owned_by("ana", 1),
                          fmt::format("rules: {{owner-overload: {{max: {}}}}}\n", max));
    return model.check();
  };
  CHECK(with_max("0").exit_code == 0); // a warning: one process, more than 0
  CHECK(contains(with_max("0").out, "role 'ana' owns 1 process, more than 0"));
  CHECK(with_max("999999999999999999").exit_code == 0);
  CHECK(with_max("+1").exit_code == 0);
  for (std::string_view wrong : {"-1", "1.5", "\"3\"", "3x", "-"}) {
    INFO(wrong);
    CliResult result = with_max(wrong);
    CHECK(result.exit_code == 2);
    CHECK(contains(result.err, "option 'max' must be a whole number of 0 or more"));
  }
  CliResult nineteen_digits = with_max("1000000000000000000");
  CHECK(nineteen_digits.exit_code == 2);
  CHECK(contains(nineteen_digits.err, "option 'max'"));
}

TEST_CASE("owner-overload reports a person owning max+1 processes, not max",
          "[boundaries][rules]") {
  SECTION("the default max is 8") {
    CHECK(overload_findings(owned_by("ana", 8)).empty());
    std::vector<Diagnostic> nine = overload_findings(owned_by("ana", 9));
    REQUIRE(nine.size() == 1);
    CHECK(nine[0].message ==
          "role 'ana' owns 9 processes, more than 8: the business leans on one person");
    // No catalogue declares the role: at the owner of its first process, with
    // each of its processes noted.
    CHECK(nine[0].at.line == 6 + 1);
    REQUIRE(nine[0].related.size() == 9);
    CHECK(nine[0].related[8].note == "'ana' owns process 'p9'");
    CHECK(nine[0].related[8].at.line == 6 + 9);
  }
  SECTION("every process is noted up to 20, then how many more") {
    std::vector<Diagnostic> twenty = overload_findings(owned_by("ana", 20));
    REQUIRE(twenty.size() == 1);
    REQUIRE(twenty[0].related.size() == 20);
    CHECK(twenty[0].related[19].note == "'ana' owns process 'p20'");
    std::vector<Diagnostic> twenty_two = overload_findings(owned_by("ana", 22));
    REQUIRE(twenty_two.size() == 1);
    REQUIRE(twenty_two[0].related.size() == 21);
    CHECK(twenty_two[0].related[19].note == "'ana' owns process 'p20'");
    CHECK(twenty_two[0].related[20].note == "and 2 more processes");
    CHECK(twenty_two[0].related[20].at.line == 6 + 21);
  }
  SECTION("a configured max") {
    CHECK(overload_findings(owned_by("ana", 3), 3).empty());
    std::vector<Diagnostic> four = overload_findings(owned_by("ana", 4), 3);
    REQUIRE(four.size() == 1);
    CHECK(four[0].at.line == 6 + 1);
    CHECK(four[0].related.size() == 4);
    CHECK(overload_findings(owned_by("ana", 12), 3).size() == 1); // once per role
  }
  SECTION("max 0: any process is too many") {
    CHECK(overload_findings(owned_by("ana", 1), 0).size() == 1);
    CHECK(overload_findings(owned_by("ana", 0), 0).empty());
  }
  SECTION("only people: a team, a vendor or an automation may own any number") {
    for (std::string_view kind : {"team", "vendor", "automation"}) {
      INFO(kind);
      std::string roles =
          fmt::format("roles:\n  - {{id: boss}}\n  - {{id: ana, kind: {}}}\n", kind);
      CHECK(overload_findings(owned_by("ana", 9, roles)).empty());
    }
    std::string person = "roles:\n  - {id: boss}\n  - {id: ana, kind: person}\n";
    std::vector<Diagnostic> declared = overload_findings(owned_by("ana", 9, person));
    REQUIRE(declared.size() == 1);
    CHECK(declared[0].at.line == 4); // at the role the catalogue declares
    CHECK(declared[0].at.column == 10);
  }
}

TEST_CASE("suggestions reach one slip in short names and two from six letters",
          "[boundaries][rules]") {
  // A letter moved from the start to the end is two edits.
  CHECK(Suggester({"bcdea"}).closest("abcde") == std::nullopt); // 5 letters: one edit allowed
  CHECK(Suggester({"bcdefa"}).closest("abcdef") == "bcdefa");   // 6 letters: two allowed
  // One edit is always allowed, even in names too short for a third of them.
  CHECK(Suggester({"ab"}).closest("ac") == "ab");
  CHECK(Suggester({"a"}).closest("b") == "a");
  CHECK(Suggester({"ab"}).closest("cd") == std::nullopt);
}

namespace {

// The rules of the findings about a role with this id (written as YAML).
std::vector<std::string> findings_for_role_id(std::string_view id) {
  Checked checked = check_text(fmt::format("bizmap: 1\nroles:\n  - id: {}\n", id));
  std::vector<std::string> rules = rules_of(checked);
  std::erase(rules, "unused-role");
  return rules;
}

// The findings about a step that takes this long.
std::vector<Diagnostic> duration_findings(std::string_view duration) {
  Checked checked =
      check_text(fmt::format("bizmap: 1\nsystems:\n  - id: shop\n    goal: Sell\n"
                             "    manager: ana\n    processes:\n      - id: sell\n"
                             "        owner: ana\n        trigger: t\n        steps:\n"
                             "          - {{do: Serve, duration: {}}}\n",
                             duration));
  std::erase_if(checked.findings, [](const Diagnostic& d) { return d.rule != "invalid-value"; });
  return checked.findings;
}

} // namespace

TEST_CASE("ids take a to z and 0 to 9, with single hyphens inside", "[boundaries][rules]") {
  for (std::string_view id : {"a", "z", "0", "9", "a-z", "0-9", "a1-b2-c3", "z9"}) {
    INFO(id);
    CHECK(findings_for_role_id(id).empty());
  }
  // The characters next to each range, and hyphens at the ends or doubled.
  for (std::string_view id :
       {"\"`\"", "\"{\"", "\"/\"", "\":\"", "A", "Z", "x_y", "-a", "a-", "a--b", "\"-\"", "é"}) {
    INFO(id);
    CHECK(findings_for_role_id(id) == std::vector<std::string>{"invalid-value"});
  }
}

TEST_CASE("ids made from names spell Latin letters in ASCII, from U+00C0 to U+017F",
          "[boundaries][rules]") {
  CHECK(as_kebab_case_id("Lohnpr\u00fcfung") == "lohnpruefung");
  CHECK(as_kebab_case_id("Stra\u00dfe") == "strasse");
  CHECK(as_kebab_case_id("Caf\u00e9 Cr\u00e8me") == "cafe-creme");
  CHECK(as_kebab_case_id("S\u00f8ren \u00d8deg\u00e5rd") == "soren-odegard");
  CHECK(as_kebab_case_id("\u00c6sop \u0152uvre") == "aesop-oeuvre");
  CHECK(as_kebab_case_id("\u0141\u00f3d\u017a") == "lodz");
  // The first and last letters of the table, and the characters next to it.
  CHECK(as_kebab_case_id("a\u00c0b") == "aab"); // À, the first
  CHECK(as_kebab_case_id("a\u017fb") == "asb"); // ſ, the last
  CHECK(as_kebab_case_id("a\u00bfb") == "a-b"); // ¿, just before
  CHECK(as_kebab_case_id("a\u0180b") == "a-b"); // ƀ, just after
  CHECK(as_kebab_case_id("a\u00d7b") == "a-b"); // ×, a sign among the letters
  // Other scripts start a new group; alone they make no id.
  CHECK(as_kebab_case_id("\u7d4c\u7406") == "");
  // A byte that starts no character is not a letter.
  CHECK(as_kebab_case_id("a\xC3") == "a");
  CHECK(as_kebab_case_id("a\xC3(b") == "a-b");
}

TEST_CASE("a duration is 1 to 999999 of m, h, d or w", "[boundaries][rules]") {
  for (std::string_view duration : {"1m", "1h", "1d", "1w", "999999m", "01m", "90m"}) {
    INFO(duration);
    CHECK(duration_findings(duration).empty());
  }
  // 'M' may be minutes or months; a lone or doubled decimal point is no number.
  for (std::string_view duration : {"0m", "00h", "1000000m", "1s", "1M", "1mo", "m", "-1m", ".h",
                                    "\".\"", "1..h", "1.h", "\"1 M\""}) {
    INFO(duration);
    std::vector<Diagnostic> findings = duration_findings(duration);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message.starts_with("duration '"));
    CHECK(contains(findings[0].message, "is not a whole number from 1 to 999999 followed by m, h, "
                                        "d or w (like '30m' or '2h')"));
  }
  // What the author meant is plain: the finding says how to write it.
  for (auto [duration, says] : {std::pair<std::string_view, std::string_view>{
                                    "1", "has no unit: write 1m for minutes or 1h for hours"},
                                {"1.5h", "write 90m; bizmap reads it as 90m"},
                                {"\"2 h\"", "write 2h; bizmap reads it as 2h"}}) {
    INFO(duration);
    std::vector<Diagnostic> findings = duration_findings(duration);
    REQUIRE(findings.size() == 1);
    CHECK(contains(findings[0].message, says));
  }
}
