// How every command that reads a model opens it: the configuration lookup,
// --config, standard input, -v, --today, and the same findings in check and
// report.
#include "support.hpp"
#include "workspace/workspace.hpp"

#include <bizmap/run.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// Runs bizmap in `folder` (a throwaway one) with `input` on standard input.
CliResult bizmap_with_input(const fs::path& folder, const std::vector<std::string>& args,
                            const std::string& input = {}) {
  struct InFolder {
    fs::path before = fs::current_path();
    explicit InFolder(const fs::path& folder) { fs::current_path(folder); }
    ~InFolder() { fs::current_path(before); }
  } in_folder(folder);
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  int code = run(args, in, out, err);
  return {code, out.str(), err.str()};
}

// One role nobody uses: an info, so `fail_on: info` fails and nothing else does.
constexpr std::string_view idle_role_model = "bizmap: 1\nroles: [{id: idle}]\n";

} // namespace

TEST_CASE("the configuration comes from --config, the model's folder, then the current folder",
          "[workspace]") {
  fs::path folder = fresh_folder("workspace-lookup");
  write_text(folder / "here" / "placeholder.txt", "");
  write_text(folder / "team" / "model.yaml", idle_role_model);
  fs::path here = folder / "here";

  SECTION("nothing found: the defaults") {
    CHECK(bizmap_with_input(here, {"check", "../team"}).exit_code == 0);
  }
  SECTION("the current folder's, when the model's folder has none") {
    write_text(here / ".bizmap.yaml", "fail_on: info\n");
    CHECK(bizmap_with_input(here, {"check", "../team"}).exit_code == 1);
  }
  SECTION("the model's folder's first") {
    write_text(here / ".bizmap.yaml", "fail_on: info\n");
    write_text(folder / "team" / ".bizmap.yaml", "fail_on: error\n");
    CHECK(bizmap_with_input(here, {"check", "../team"}).exit_code == 0);
    CHECK(bizmap_with_input(here, {"check", "../team/model.yaml"}).exit_code == 0);
  }
  SECTION("above the common folder of several paths") {
    write_text(folder / ".bizmap.yaml", "fail_on: info\n");
    write_text(folder / "other" / "more.yaml", "bizmap: 1\n");
    CHECK(bizmap_with_input(here, {"check", "../team", "../other"}).exit_code == 1);
  }
  SECTION("--config wins, on every command") {
    write_text(folder / "team" / ".bizmap.yaml", "fail_on: info\n");
    write_text(folder / "strict.yaml", "rules: {unused-role: error}\n");
    CHECK(bizmap_with_input(here, {"check", "../team", "--config", "../strict.yaml"})
              .out.ends_with("\n1 error, 0 warnings, 0 infos in 1 file\n"));
    CliResult report = bizmap_with_input(
        here, {"report", "../team", "--config", "../strict.yaml", "-o", "report"});
    REQUIRE(report.exit_code == 0);
    CHECK(contains(read_text(here / "report" / "README.md"), "| error | unused-role |"));
    CHECK(bizmap_with_input(here, {"graph", "../team", "--config", "../missing.yaml"}).err ==
          "bizmap: error: configuration file '../missing.yaml' does not exist\n");
  }
}

TEST_CASE("verbose mode (-v) says which configuration was used and lists every file skipped",
          "[workspace]") {
  fs::path folder = fresh_folder("workspace-verbose");
  write_text(folder / "model.yaml", idle_role_model);
  write_text(folder / "other-tool.yaml", "name: a file of another tool\n");
  write_text(folder / "drafts" / "draft.yaml", idle_role_model);
  write_text(folder / ".hidden.yaml", idle_role_model);
  write_text(folder / ".github" / "workflow.yml", "on: push\n");
  write_text(folder / ".bizmap.yaml", "exclude: [drafts/**]\n");
  std::string command = GENERATE("check", "graph");
  CAPTURE(command);
  CliResult result = bizmap_with_input(folder, {command, "-v"});
  CHECK(result.err ==
        fmt::format("bizmap: configuration: {}/.bizmap.yaml\n"
                    "bizmap: skipped '.github': its name starts with a dot, so nothing below it "
                    "is read\n"
                    "bizmap: skipped '.hidden.yaml': its name starts with a dot\n"
                    "bizmap: skipped 'drafts/draft.yaml': the configuration's 'exclude' leaves "
                    "it out\n"
                    "bizmap: skipped 'other-tool.yaml': it has no 'bizmap' key at the top, so "
                    "it is not a model\n",
                    folder.string()));
  CliResult quiet = bizmap_with_input(folder, {command});
  CHECK(quiet.err.empty());
}

TEST_CASE("'-' reads one model from standard input", "[workspace]") {
  fs::path folder = fresh_folder("workspace-stdin");
  write_text(folder / "team" / ".bizmap.yaml", "fail_on: info\n");

  SECTION("named <stdin> without --stdin-filename") {
    CliResult result = bizmap_with_input(folder, {"check", "-"}, std::string(broken_sales_model));
    CHECK(result.exit_code == 1);
    CHECK(contains(result.out, "<stdin>:14:18: error: process 'onboard-client' needs"));
  }
  SECTION("--stdin-filename names it and places it for the configuration") {
    CliResult result =
        bizmap_with_input(folder, {"check", "-", "--stdin-filename", "team/model.yaml"},
                          std::string(idle_role_model));
    CHECK(result.exit_code == 1); // team/.bizmap.yaml: fail_on: info
    CHECK(contains(result.out, "team/model.yaml:2:"));
  }
  SECTION("report and graph read it too") {
    CliResult graph = bizmap_with_input(folder, {"graph", "-"}, std::string(broken_sales_model));
    CHECK(graph.exit_code == 0);
    CHECK(contains(graph.out, "qualify-lead"));
    CliResult report =
        bizmap_with_input(folder, {"report", "-", "-o", "report"}, std::string(broken_sales_model));
    CHECK(report.exit_code == 0);
    CHECK(fs::exists(folder / "report" / "processes" / "qualify-lead.md"));
  }
  SECTION("UTF-16 on standard input is read as a file is") {
    std::string utf16 = "\xFF\xFE";
    for (char c : idle_role_model) {
      utf16 += std::string{c, '\0'};
    }
    CHECK(bizmap_with_input(folder, {"check", "-"}, utf16).out ==
          "<stdin>:2:14: info: role 'idle' owns, manages and performs nothing [unused-role]\n"
          "    2 | roles: [{id: idle}]\n"
          "      |              ^~~~\n"
          "0 errors, 0 warnings, 1 info in 1 file\n");
  }
  SECTION("usage errors") {
    CHECK(bizmap_with_input(folder, {"check", "-", "team"}).err ==
          "bizmap: error: '-' reads the model from standard input, so it must be the only path\n");
    CHECK(bizmap_with_input(folder, {"check", "--stdin-filename", "x.yaml", "team"}).err ==
          "bizmap: error: --stdin-filename names the model read from standard input: give '-' "
          "as the path\n");
  }
}

TEST_CASE("every command takes --today as a real date, YYYY-MM-DD", "[workspace]") {
  CHECK(parse_date("2026-03-01") == CalendarDate{2026, 3, 1});
  CHECK(parse_date("2024-02-29") == CalendarDate{2024, 2, 29});
  CHECK_FALSE(parse_date("2026-02-29"));
  CHECK_FALSE(parse_date("2026-13-01"));
  CHECK_FALSE(parse_date("2026-3-1"));
  CHECK_FALSE(parse_date("26-03-01"));
  CHECK_FALSE(parse_date("2026-03-01x"));
  CHECK(local_today().year >= 2024);

  fs::path folder = fresh_folder("workspace-today");
  write_text(folder / "model.yaml", idle_role_model);
  for (std::string_view command : {"check", "graph", "report"}) {
    INFO(command);
    std::vector<std::string> args{std::string(command), "model.yaml", "--today", "2026-02-30"};
    if (command == "report") {
      args.insert(args.end(), {"-o", "report"});
    }
    CliResult bad = bizmap_with_input(folder, args);
    CHECK(bad.exit_code == 2);
    CHECK(contains(bad.err, "expected a date as YYYY-MM-DD, like 2026-03-01, not '2026-02-30'"));
    args[3] = "2026-02-28";
    CHECK(bizmap_with_input(folder, args).exit_code <= 1);
  }

  std::istringstream nothing;
  ModelOptions options;
  options.paths = {(folder / "model.yaml").string()};
  options.today = CalendarDate{2026, 2, 28};
  std::ostringstream log;
  CHECK(open_workspace(options, nothing, log).today == CalendarDate{2026, 2, 28});
  options.today.reset();
  CHECK(open_workspace(options, nothing, log).today == local_today());
}

TEST_CASE("report lists exactly the findings check prints", "[workspace]") {
  fs::path folder = fresh_folder("workspace-same-findings");
  write_text(folder / "model" / "sales.yaml", broken_sales_model);
  write_text(folder / "model" / ".bizmap.yaml",
             "rules:\n  isolated-process: off\n  unconsumed-output: error\n");
  CliResult check = bizmap_with_input(folder, {"check", "--format", "json", "model"});
  REQUIRE(bizmap_with_input(folder, {"report", "model", "-o", "report"}).exit_code == 0);
  std::string readme = read_text(folder / "report" / "README.md");
  CHECK(contains(readme, "2 errors, 0 warnings, 0 infos."));
  CHECK(contains(readme, "| error | unconsumed-output |"));
  CHECK(contains(readme, "| error | unproduced-input |"));
  CHECK_FALSE(contains(readme, "isolated-process"));
  CHECK(contains(check.out, "\"errors\": 2"));
  CHECK(contains(check.out, "\"warnings\": 0"));
}
