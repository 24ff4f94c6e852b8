// Baselines: `check --write-baseline` records the findings, `--baseline`
// hides them one for one, and entries that no longer match are reported
// (unused-baseline-entry) so the file shrinks. A finding's key holds no line
// or column, so moving lines, reordering processes, switching list styles
// and renaming the folder given on the command line keep it.
#include "baseline/finding_key.hpp"
#include "report_tools.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// A folder with the broken sales model (one error, three warnings) in
// models/sales.yaml and its baseline recorded in bizmap-baseline.json.
fs::path recorded(std::string_view name, std::string_view model = broken_sales_model) {
  fs::path folder = fresh_folder(name);
  write_text(folder / "models" / "sales.yaml", model);
  CliResult written =
      bizmap_in(folder, {"check", "models", "--write-baseline", "bizmap-baseline.json"});
  INFO(written.err);
  REQUIRE(written.exit_code == 0);
  return folder;
}

CliResult check_with_baseline(const fs::path& folder, const std::string& models = "models") {
  return bizmap_in(folder, {"check", models, "--baseline", "bizmap-baseline.json"});
}

const std::string clean_summary = "0 errors, 0 warnings, 0 infos in 1 file\n";

// Two processes that each work alone: two isolated-process warnings.
constexpr std::string_view two_loners = R"(bizmap: 1
systems:
  - id: cleaning
    goal: Clean homes
    manager: founder
    processes:
      - id: wash-windows
        owner: founder
        trigger: Monday
        steps: [Wash]
      - id: mop-floors
        owner: founder
        trigger: Tuesday
        steps: [Mop]
)";

} // namespace

TEST_CASE("a recorded baseline hides every finding it records, in readable, stable JSON",
          "[baseline]") {
  fs::path folder = fresh_folder("baseline-record");
  write_text(folder / "models" / "sales.yaml", broken_sales_model);
  CHECK(bizmap_in(folder, {"check", "models"}).exit_code == 1);
  CliResult written =
      bizmap_in(folder, {"check", "models", "--write-baseline", "bizmap-baseline.json"});
  CHECK(written.exit_code == 0);
  CHECK(written.out == "recorded 4 findings in bizmap-baseline.json (4 entries)\n");
  std::string baseline = read_text(folder / "bizmap-baseline.json");
  CHECK(baseline.starts_with("{\n  \"bizmap_baseline\": 1,\n  \"findings\": [\n    {\n"
                             "      \"file\": \"sales.yaml\",\n"
                             "      \"rule\": \"isolated-process\",\n"
                             "      \"kind\": \"process\",\n"
                             "      \"id\": \"onboard-client\",\n"));
  CHECK_FALSE(contains(baseline, "\"line\""));
  CHECK_FALSE(contains(baseline, "\"column\""));
  CHECK(contains(baseline, "\"rule\": \"unproduced-input\",\n      \"kind\": \"process\",\n"
                           "      \"id\": \"onboard-client\",\n      \"message\": \"process "
                           "'onboard-client' needs 'client-brief', but no process produces it"));

  CliResult hidden = check_with_baseline(folder);
  CHECK(hidden.exit_code == 0);
  CHECK(hidden.out == clean_summary);

  // Two runs give the same bytes, recording afresh or rewriting the file.
  CHECK(bizmap_in(folder, {"check", "models", "--write-baseline", "again.json"}).exit_code == 0);
  CHECK(read_text(folder / "again.json") == baseline);
  CHECK(bizmap_in(folder, {"check", "models", "--write-baseline", "bizmap-baseline.json"})
            .exit_code == 0);
  CHECK(read_text(folder / "bizmap-baseline.json") == baseline);
}

TEST_CASE("moving lines keeps a baseline's match", "[baseline]") {
  fs::path folder = recorded("baseline-moved-lines");
  std::string moved = "# Sales, as the team wrote it down.\n\n\n" + std::string(broken_sales_model);
  write_text(folder / "models" / "sales.yaml",
             replaced(moved, "    goal: Win clients\n", "\n    goal: Win clients\n\n"));
  CHECK(bizmap_in(folder, {"check", "models"}).exit_code == 1);
  CHECK(check_with_baseline(folder).out == clean_summary);
}

TEST_CASE("reordering processes keeps a baseline's match", "[baseline]") {
  fs::path folder = recorded("baseline-reordered");
  std::string model(broken_sales_model);
  std::size_t second = model.find("      - id: onboard-client");
  std::string first = model.substr(model.find("      - id: qualify-lead"),
                                   second - model.find("      - id: qualify-lead"));
  std::string reordered = replaced(model, first, "");
  write_text(folder / "models" / "sales.yaml", reordered + first);
  CHECK(bizmap_in(folder, {"check", "models"}).exit_code == 1);
  CHECK(check_with_baseline(folder).out == clean_summary);
}

TEST_CASE("switching between flow and block lists keeps a baseline's match", "[baseline]") {
  fs::path folder = recorded("baseline-list-styles");
  std::string model =
      replaced(std::string(broken_sales_model), "        outputs: [client-brief-draft]\n",
               "        outputs:\n          - client-brief-draft\n");
  model = replaced(model, "        inputs: [client-brief]\n",
                   "        inputs:\n          - client-brief\n");
  model = replaced(model, "        steps: [Send the welcome pack]\n",
                   "        steps:\n          - Send the welcome pack\n");
  write_text(folder / "models" / "sales.yaml", model);
  CHECK(bizmap_in(folder, {"check", "models"}).exit_code == 1);
  CHECK(check_with_baseline(folder).out == clean_summary);
}

TEST_CASE("renaming the folder given on the command line keeps a baseline's match", "[baseline]") {
  fs::path folder = recorded("baseline-renamed-folder");
  fs::rename(folder / "models", folder / "processes");
  CHECK(check_with_baseline(folder, "processes").out == clean_summary);
  // The same from elsewhere, with every path in full.
  CliResult absolute = bizmap_cli({"check", (folder / "processes").string(), "--baseline",
                                   (folder / "bizmap-baseline.json").string()});
  CHECK(absolute.exit_code == 0);
  CHECK(absolute.out == clean_summary);
  // Files named one by one stand for their folder too.
  CHECK(bizmap_in(folder, {"check", "processes/sales.yaml", "--baseline", "bizmap-baseline.json"})
            .out == clean_summary);
}

TEST_CASE("a fixed finding and a new one of the same rule on another element do not cancel out",
          "[baseline]") {
  fs::path folder = recorded("baseline-one-to-one", two_loners);
  // wash-windows now hands off to a new process; mop-floors is still alone,
  // and the new process's partner is not.
  std::string model = replaced(std::string(two_loners), "        steps: [Wash]\n",
                               "        outputs: [clean-windows]\n        steps: [Wash]\n");
  model += "      - id: inspect-windows\n        owner: founder\n        inputs: [clean-windows]\n"
           "        steps: [Inspect]\n      - id: polish-brass\n        owner: founder\n"
           "        trigger: Friday\n        steps: [Polish]\n";
  write_text(folder / "models" / "sales.yaml", model);
  CliResult result = check_with_baseline(folder);
  INFO(result.out);
  CHECK(contains(result.out,
                 "models/sales.yaml:20:13: warning: process 'polish-brass' neither "
                 "receives from nor hands off to any other process [isolated-process]"));
  CHECK(contains(result.out, "bizmap-baseline.json:12:5: info: the baseline hides 1 "
                             "'isolated-process' finding about process 'wash-windows' in "
                             "sales.yaml, which no longer occurs [unused-baseline-entry]"));
  CHECK_FALSE(contains(result.out, "'mop-floors'"));
  CHECK(result.out.ends_with("0 errors, 1 warning, 1 info in 2 files\n"));
}

TEST_CASE("a baseline entry hides as many findings as it counts, the first ones", "[baseline]") {
  // Stale suppressions of one rule in one file share a key: their lines
  // are taken out of the message.
  std::string model = "bizmap: 1\nsystems:\n  - id: sales # bizmap-ignore(empty-system)\n"
                      "    goal: Win clients # bizmap-ignore(empty-system)\n    manager: founder\n"
                      "    processes:\n      - {id: call, owner: founder, trigger: Monday, "
                      "steps: [Call]}\n";
  fs::path folder = recorded("baseline-counts", model);
  std::string baseline = read_text(folder / "bizmap-baseline.json");
  CHECK(contains(baseline, "\"message\": \"no 'empty-system' finding on line to suppress\",\n"
                           "      \"count\": 2\n"));
  write_text(folder / "models" / "sales.yaml",
             replaced(model, "    manager: founder\n",
                      "    manager: founder # bizmap-ignore(empty-system)\n"));
  CliResult result = check_with_baseline(folder);
  CHECK(contains(result.out, "models/sales.yaml:5:38: info: no 'empty-system' finding on line 5 "
                             "to suppress [unused-suppression]"));
  CHECK_FALSE(contains(result.out, "on line 3 to suppress"));
  CHECK_FALSE(contains(result.out, "on line 4 to suppress"));
}

TEST_CASE("a finding's key takes positions out of the message", "[baseline]") {
  CHECK(without_positions("no 'x' finding on line 12 to suppress") ==
        "no 'x' finding on line to suppress");
  CHECK(without_positions("first written at sales.yaml:12:5, then at b.yaml:3:1") ==
        "first written at sales.yaml, then at b.yaml");
  CHECK(without_positions("line 3, column 14: bad") == "line, column: bad");
  CHECK(without_positions("opens at 09:30 on weekdays") == "opens at 09:30 on weekdays");
  CHECK(without_positions("step 2 of 'pipeline 4'") == "step 2 of 'pipeline 4'");
  CHECK(without_positions("") == "");
}

TEST_CASE("writing a baseline onto an existing one keeps only what still matches", "[baseline]") {
  fs::path folder = recorded("baseline-prune", two_loners);
  std::string model = replaced(std::string(two_loners), "        steps: [Wash]\n",
                               "        outputs: [clean-windows]\n        steps: [Wash]\n");
  model += "      - id: inspect-windows\n        owner: founder\n        inputs: [clean-windows]\n"
           "        steps: [Inspect]\n      - id: polish-brass\n        owner: founder\n"
           "        trigger: Friday\n        steps: [Polish]\n";
  write_text(folder / "models" / "sales.yaml", model);
  CliResult pruned =
      bizmap_in(folder, {"check", "models", "--write-baseline", "bizmap-baseline.json"});
  CHECK(pruned.exit_code == 0);
  CHECK(pruned.out == "kept 1 of the 2 findings recorded in bizmap-baseline.json; 1 no longer "
                      "occurs; 1 finding not in it is still reported (delete the file and run "
                      "again to record them)\n");
  std::string baseline = read_text(folder / "bizmap-baseline.json");
  CHECK(contains(baseline, "'mop-floors'"));
  CHECK_FALSE(contains(baseline, "'wash-windows'"));
  CHECK_FALSE(contains(baseline, "'polish-brass'"));
  CliResult result = check_with_baseline(folder);
  CHECK(contains(result.out, "'polish-brass'"));
  CHECK_FALSE(contains(result.out, "unused-baseline-entry"));
}

TEST_CASE("the configuration names the baseline, relative to its own folder", "[baseline]") {
  fs::path folder = recorded("baseline-config");
  fs::create_directories(folder / "ci");
  fs::rename(folder / "bizmap-baseline.json", folder / "ci" / "bizmap-baseline.json");
  write_text(folder / ".bizmap.yaml", "baseline: ci/bizmap-baseline.json\n");
  CliResult result = bizmap_in(folder, {"check", "models"});
  CHECK(result.exit_code == 0);
  CHECK(result.out == clean_summary);
  // --baseline on the command line wins.
  write_text(folder / "empty.json", "{\"bizmap_baseline\": 1, \"findings\": []}");
  CliResult own = bizmap_in(folder, {"check", "models", "--baseline", "empty.json"});
  CHECK(own.exit_code == 1);
  CHECK(contains(own.out, "[unproduced-input]"));
  // A process fixed: its entry is reported where the configuration put it.
  write_text(folder / "models" / "sales.yaml",
             replaced(std::string(broken_sales_model), "        inputs: [client-brief]\n",
                      "        inputs: [client-brief-draft]\n"));
  CliResult stale = bizmap_in(folder, {"check", "models"});
  CHECK(contains(stale.out, "ci/bizmap-baseline.json:"));
  CHECK(contains(stale.out, "[unused-baseline-entry]"));

  SECTION("a baseline that is not a path is a configuration error") {
    write_text(folder / ".bizmap.yaml", "baseline: [a.json]\n");
    CliResult wrong = bizmap_in(folder, {"check", "models"});
    CHECK(wrong.exit_code == 2);
    CHECK(contains(wrong.err, ".bizmap.yaml:1:11: 'baseline' should be the path of a baseline "
                              "file"));
    write_text(folder / ".bizmap.yaml", "baselin: a.json\n");
    CHECK(contains(bizmap_in(folder, {"check", "models"}).err, "did you mean 'baseline'?"));
  }
}

TEST_CASE("a baseline file that is not one is a usage error, and is never overwritten",
          "[baseline]") {
  fs::path folder = fresh_folder("baseline-bad");
  write_text(folder / "models" / "sales.yaml", broken_sales_model);
  auto error_for = [&](std::string_view text) {
    write_text(folder / "bad.json", text);
    CliResult result = bizmap_in(folder, {"check", "models", "--baseline", "bad.json"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    return result.err;
  };
  CHECK(error_for("{\"bizmap_baseline\": 1,\n") ==
        "bizmap: error: bad.json:2:1: not valid JSON: syntax error while parsing object key - "
        "unexpected end of input; expected string literal\n");
  CHECK(error_for("[]") == "bizmap: error: bad.json:1:1: a baseline is a JSON object with "
                           "'bizmap_baseline' and 'findings'\n");
  CHECK(error_for("{\"findings\": []}") ==
        "bizmap: error: bad.json:1:1: this is not a bizmap baseline: it has no "
        "'bizmap_baseline': 1\n");
  std::string entry = "{\"file\": \"sales.yaml\", \"rule\": \"isolated-process\", \"message\": "
                      "\"m\", \"count\": 1}";
  CHECK(error_for(fmt::format("{{\"bizmap_baseline\": 1, \"findings\": [\n  {},\n  {}\n]}}", entry,
                              entry)) ==
        "bizmap: error: bad.json:3:3: this entry records the same finding as the one on line 2; "
        "keep one, with the number of findings it should hide\n");
  CHECK(contains(error_for("{\"bizmap_baseline\": 1, \"findings\": [{\"file\": \"a\", \"rule\": "
                           "\"r\", \"message\": \"m\", \"count\": 0}]}"),
                 "'count' of this entry must be a whole number above 0"));
  CHECK(contains(error_for("{\"bizmap_baseline\": 1, \"findings\": [{\"file\": \"a\", \"rule\": "
                           "\"r\", \"message\": \"m\", \"count\": 1, \"kind\": \"person\", "
                           "\"id\": \"x\"}]}"),
                 "'kind' of this entry is 'person', which is not one of system"));
  CHECK(contains(error_for("{\"bizmap_baseline\": 1, \"findings\": [{\"file\": \"a\", \"rule\": "
                           "\"r\", \"message\": \"m\", \"count\": 1, \"line\": 3}]}"),
                 "unknown key 'line' in this entry"));
  CliResult missing = bizmap_in(folder, {"check", "models", "--baseline", "none.json"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "bizmap: error: cannot read baseline file 'none.json'\n");

  // --write-baseline prunes only a file that is a baseline: a model file, or
  // any other file, is left as it was.
  CliResult onto_model =
      bizmap_in(folder, {"check", "models", "--write-baseline", "models/sales.yaml"});
  CHECK(onto_model.exit_code == 2);
  CHECK(read_text(folder / "models" / "sales.yaml") == broken_sales_model);
}

TEST_CASE("a baseline is never written over a configuration, the model folder or the current "
          "folder",
          "[baseline]") {
  fs::path folder = fresh_folder("baseline-output-guard");
  write_text(folder / "models" / "sales.yaml", broken_sales_model);
  write_text(folder / ".bizmap.yaml", "fail_on: error\n");
  auto refused = [&](const std::string& target, std::string_view conflict) {
    INFO(target);
    CliResult result = bizmap_in(folder, {"check", "models", "--write-baseline", target});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == fmt::format("bizmap: error: --write-baseline '{}' is {}, and bizmap never "
                                    "writes over what it did not write; choose another output\n",
                                    target, conflict));
  };
  refused(".bizmap.yaml", "the configuration file");
  refused("models", "the model folder");
  refused(".", "the current folder");
  CHECK(read_text(folder / ".bizmap.yaml") == "fail_on: error\n");
  CHECK(read_text(folder / "models" / "sales.yaml") == broken_sales_model);
}

TEST_CASE("unused-baseline-entry follows the rule settings", "[baseline]") {
  fs::path folder = recorded("baseline-settings");
  write_text(folder / "models" / "sales.yaml",
             replaced(std::string(broken_sales_model), "        inputs: [client-brief]\n",
                      "        inputs: [client-brief-draft]\n"));
  CHECK(contains(check_with_baseline(folder).out, "info: the baseline hides"));
  CliResult off = bizmap_in(folder, {"check", "models", "--baseline", "bizmap-baseline.json",
                                     "--rule", "unused-baseline-entry=off"});
  CHECK_FALSE(contains(off.out, "unused-baseline-entry"));
  CliResult loud = bizmap_in(folder, {"check", "models", "--baseline", "bizmap-baseline.json",
                                      "--rule", "unused-baseline-entry=error"});
  CHECK(contains(loud.out, "error: the baseline hides"));
  CHECK(loud.exit_code == 1);
}

TEST_CASE("baseline files and diff's json validate against their schemas", "[baseline][formats]") {
  fs::path validators = source_dir() / "tools" / "npm" / "validators";
  if (run_tool("command -v node").exit_code != 0) {
    WARN("skipped: node is not installed");
    return;
  }
  if (!fs::exists(validators / "node_modules" / "ajv")) {
    FAIL("node is installed but tools/npm/validators has no node_modules: run `make npm`");
  }
  fs::path folder = recorded("baseline-schema");
  auto validate = [&](std::string_view schema, const std::vector<fs::path>& files) {
    std::string command =
        fmt::format("node '{}' '{}'", (validators / "validate-json.mjs").string(),
                    (source_dir() / "docs" / "schemas" / std::string(schema)).string());
    for (const fs::path& file : files) {
      command += fmt::format(" '{}'", file.string());
    }
    return run_tool(command);
  };
  ToolRun baseline = validate(
      "bizmap-baseline.schema.json",
      {folder / "bizmap-baseline.json", source_dir() / "tests/rules/unused-baseline-entry/fail/"
                                                       "bizmap-baseline.json"});
  INFO(baseline.output);
  CHECK(baseline.exit_code == 0);
  std::vector<fs::path> diffs;
  for (const fs::directory_entry& entry : fs::directory_iterator(source_dir() / "tests" / "diff")) {
    diffs.push_back(entry.path() / "diff.json");
  }
  ToolRun diff = validate("bizmap-diff.schema.json", diffs);
  INFO(diff.output);
  CHECK(diff.exit_code == 0);

  SECTION("and the schemas reject what bizmap does not write") {
    write_text(folder / "lined.json", "{\"bizmap_baseline\": 1, \"findings\": [{\"file\": \"a\", "
                                      "\"rule\": \"r\", \"message\": \"m\", \"count\": 1, "
                                      "\"line\": 3}]}");
    CHECK(validate("bizmap-baseline.schema.json", {folder / "lined.json"}).exit_code == 1);
    std::string json = read_text(source_dir() / "tests/diff/handoff-broken/diff.json");
    write_text(folder / "diff.json",
               replaced(json, "\"change\": \"broken\"", "\"change\": \"shattered\""));
    CHECK(validate("bizmap-diff.schema.json", {folder / "diff.json"}).exit_code == 1);
    // Hours are numbers, never text.
    std::string work = read_text(source_dir() / "tests/diff/work-moved/diff.json");
    write_text(folder / "work.json",
               replaced(work, "\"hours_before\": 17.5", "\"hours_before\": \"17.5\""));
    CHECK(validate("bizmap-diff.schema.json", {folder / "work.json"}).exit_code == 1);
  }
}
