// The command line, run in-process through bizmap::run.
#include "report_tools.hpp"
#include "support.hpp"

#include <bizmap/commit.hpp>
#include <bizmap/run.hpp>
#include <bizmap/version.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// One error (unproduced input) and three warnings (an unconsumed output,
// two isolated processes).
fs::path broken_model() {
  fs::path folder = fresh_folder("cli");
  write_text(folder / "sales.yaml", broken_sales_model);
  return folder / "sales.yaml";
}

} // namespace

TEST_CASE("option --version prints the version and the commit it was built from") {
  CliResult result = bizmap_cli({"--version"});
  CHECK(result.exit_code == 0);
  std::string_view commit = git_commit;
  if (commit.empty()) {
    CHECK(result.out == fmt::format("bizmap {}\n", version));
    WARN("built outside a git checkout: --version names no commit");
    return;
  }
  CHECK(result.out == fmt::format("bizmap {} (commit {})\n", version, commit));
  CHECK(commit.size() >= 12);
  // A commit of this repository, which git finds by the abbreviation.
  ToolRun found = run_tool(
      fmt::format("git -C {} cat-file -t {}", shell_quoted(source_dir().string()), commit));
  CHECK(found.output == "commit\n");
}

TEST_CASE("option --help lists the commands, and each command has its own help") {
  CliResult top = bizmap_cli({"--help"});
  CHECK(top.exit_code == 0);
  CHECK(contains(top.out, "check"));
  CliResult check = bizmap_cli({"check", "--help"});
  CHECK(check.exit_code == 0);
  for (std::string_view option :
       {"--format", "--output", "--fail-on", "--max-warnings", "--rule", "--color", "--quiet"}) {
    INFO(option);
    CHECK(contains(check.out, option));
  }
}

TEST_CASE("help shows one plain placeholder for each option value") {
  for (std::string_view command : {"check", "report", "graph", "trace", "diff", "rules"}) {
    CliResult help = bizmap_cli({std::string(command), "--help"});
    INFO(command << "\n" << help.out);
    CHECK(help.exit_code == 0);
    // The parser's own type and check names, joined with a colon.
    for (std::string_view parser_word : {":NONNEGATIVE", "YYYY-MM-DD:", "TEXT:", ":{"}) {
      INFO(parser_word);
      CHECK(!contains(help.out, parser_word));
    }
  }
  CliResult check = bizmap_cli({"check", "--help"});
  CHECK(contains(check.out, "--today YYYY-MM-DD "));
  CHECK(contains(check.out, "--max-warnings N "));
  CHECK(contains(check.out, "--fail-on {error,warning,info}"));
}

TEST_CASE("an unknown command suggests the closest one") {
  CliResult typo = bizmap_cli({"chek"});
  CHECK(typo.exit_code == 2);
  CHECK(typo.out.empty());
  CHECK(typo.err == "bizmap: error: unknown command 'chek'; did you mean 'check'?\n");
  CliResult far = bizmap_cli({"lint"});
  CHECK(far.exit_code == 2);
  CHECK(far.err == "bizmap: error: unknown command 'lint'; 'bizmap --help' lists the commands\n");
  // Options before a command are still the parser's to judge.
  CHECK(bizmap_cli({"--version"}).exit_code == 0);
}

TEST_CASE("usage errors exit with 2 and say what is wrong on stderr") {
  SECTION("no command") {
    CHECK(bizmap_cli({}).exit_code == 2);
  }
  SECTION("unknown command") {
    CHECK(bizmap_cli({"lint"}).exit_code == 2);
  }
  SECTION("unknown option") {
    CliResult result = bizmap_cli({"check", "--frobnicate", example("bakery")});
    CHECK(result.exit_code == 2);
    CHECK(contains(result.err, "--frobnicate"));
  }
  SECTION("unknown format") {
    CHECK(bizmap_cli({"check", "--format", "yaml", example("bakery")}).exit_code == 2);
  }
  SECTION("missing path") {
    CliResult result = bizmap_cli({"check", "no/such/place.yaml"});
    CHECK(result.exit_code == 2);
    CHECK(result.err == "bizmap: error: path 'no/such/place.yaml' does not exist\n");
    CHECK(result.out.empty());
  }
  SECTION("a folder without model files") {
    fs::path folder = fresh_folder("empty-folder");
    write_text(folder / "other.yaml", "name: not a model\n");
    CliResult result = bizmap_cli({"check", folder.string()});
    CHECK(result.exit_code == 2);
    CHECK(contains(result.err, "no model files found"));
  }
  SECTION("unknown rule in --rule, with a suggestion") {
    CliResult result = bizmap_cli({"check", "--rule", "isolated-proces=off", example("bakery")});
    CHECK(result.exit_code == 2);
    CHECK(contains(result.err, "did you mean 'isolated-process'?"));
  }
  SECTION("bad severity in --rule") {
    CliResult result = bizmap_cli({"check", "--rule", "isolated-process=loud", example("bakery")});
    CHECK(result.exit_code == 2);
    CHECK(contains(result.err, "'loud'"));
  }
}

TEST_CASE("a clean model exits 0 with a summary") {
  CliResult result = bizmap_cli({"check", example("bakery")});
  CHECK(result.exit_code == 0);
  CHECK(result.out == "0 errors, 0 warnings, 0 infos in 4 files\n");
  CHECK(result.err.empty());
}

TEST_CASE("text output: location, severity, message, rule, source line and caret") {
  fs::path model = broken_model();
  CliResult result = bizmap_cli({"check", model.string()});
  CHECK(result.exit_code == 1);
  std::string path = model.string();
  CHECK(contains(result.out,
                 path + ":14:18: error: process 'onboard-client' needs 'client-brief', but no "
                        "process produces it; did you mean 'client-brief-draft' (output of "
                        "'qualify-lead')? [unproduced-input]\n"
                        "   14 |         inputs: [client-brief]\n"
                        "      |                  ^~~~~~~~~~~~\n"));
  CHECK(contains(result.out, "1 error, 3 warnings, 0 infos in 1 file\n"));
}

TEST_CASE("findings are sorted by file, line and column") {
  Checked checked = check_path(broken_model());
  REQUIRE(checked.findings.size() == 4);
  for (std::size_t i = 1; i < checked.findings.size(); ++i) {
    const Location& a = checked.findings[i - 1].at;
    const Location& b = checked.findings[i].at;
    CHECK(std::tie(a.file, a.line, a.column) <= std::tie(b.file, b.line, b.column));
  }
}

TEST_CASE("option --fail-on and --max-warnings decide the exit code") {
  std::string model = broken_model().string();
  CHECK(bizmap_cli({"check", model}).exit_code == 1);
  CHECK(bizmap_cli({"check", model, "--rule", "unproduced-input=warning"}).exit_code == 0);
  CHECK(bizmap_cli({"check", model, "--rule", "unproduced-input=warning", "--fail-on", "warning"})
            .exit_code == 1);
  CHECK(bizmap_cli({"check", model, "--rule", "unproduced-input=info", "--fail-on", "info"})
            .exit_code == 1);
  CHECK(bizmap_cli({"check", model, "--rule", "unproduced-input=off", "--max-warnings", "3"})
            .exit_code == 0);
  CHECK(bizmap_cli({"check", model, "--rule", "unproduced-input=off", "--max-warnings", "2"})
            .exit_code == 1);
  CHECK(bizmap_cli({"check", model, "--max-warnings", "-1"}).exit_code == 2);
}

TEST_CASE("option --rule changes a severity or turns a rule off") {
  fs::path model = broken_model();
  CliResult downgraded = bizmap_cli({"check", model.string(), "--rule", "unproduced-input=info"});
  CHECK(downgraded.exit_code == 0);
  CHECK(contains(downgraded.out, "info: process 'onboard-client' needs"));
  CliResult off = bizmap_cli({"check", model.string(), "--rule", "unproduced-input=off", "--rule",
                              "isolated-process=off"});
  CHECK(off.exit_code == 0);
  CHECK(contains(off.out, "0 errors, 2 warnings, 0 infos in 1 file"));
}

TEST_CASE("option --quiet prints errors only but the exit code still counts everything") {
  fs::path model = broken_model();
  CliResult quiet = bizmap_cli({"check", "-q", model.string()});
  CHECK(quiet.exit_code == 1);
  CHECK(contains(quiet.out, "[unproduced-input]"));
  CHECK_FALSE(contains(quiet.out, "[isolated-process]"));
  CHECK_FALSE(contains(quiet.out, "[unconsumed-output]"));
  CHECK(quiet.out.ends_with("\n1 error (3 warnings not shown) in 1 file\n"));
  CliResult failing_warnings = bizmap_cli({"check", "--quiet", "--rule", "unproduced-input=off",
                                           "--fail-on", "warning", model.string()});
  CHECK(failing_warnings.exit_code == 1);
  // The summary says why it fails, though it shows no finding.
  CHECK(failing_warnings.out == "0 errors (3 warnings not shown) in 1 file\n");
  CliResult infos = bizmap_cli({"check", "-q", "--rule", "unproduced-input=off", "--rule",
                                "isolated-process=info", model.string()});
  CHECK(infos.out == "0 errors (2 warnings and 1 info not shown) in 1 file\n");
  CliResult nothing_hidden = bizmap_cli({"check", "-q", "--format", "github", example("bakery")});
  CHECK(nothing_hidden.out == "0 errors in 4 files\n");
}

TEST_CASE("option --color: auto colours only a terminal without NO_COLOR") {
  fs::path model = broken_model();
  const std::string escape = "\033[";
  CHECK_FALSE(contains(bizmap_cli({"check", model.string()}).out, escape));
  CHECK(contains(bizmap_cli({"check", model.string()}, {true, false}).out, escape));
  CHECK_FALSE(contains(bizmap_cli({"check", model.string()}, {true, true}).out, escape));
  CHECK(contains(bizmap_cli({"check", "--color", "always", model.string()}).out, escape));
  CHECK_FALSE(contains(bizmap_cli({"check", "--color", "never", model.string()}, {true, false}).out,
                       escape));
}

TEST_CASE("json output has the documented shape") {
  fs::path model = broken_model();
  CliResult result = bizmap_cli({"check", "--format", "json", model.string()});
  CHECK(result.exit_code == 1);
  nlohmann::json json = nlohmann::json::parse(result.out);
  CHECK(json["tool"]["name"].get<std::string>() == "bizmap");
  CHECK(json["tool"]["version"].get<std::string>() == version);
  REQUIRE(json["files"].size() == 1);
  CHECK(json["files"][0].get<std::string>() == model.string());
  REQUIRE(json["diagnostics"].size() == 4);
  nlohmann::json unproduced = json["diagnostics"][1];
  CHECK(unproduced["file"].get<std::string>() == model.string());
  CHECK(unproduced["line"].get<int>() == 14);
  CHECK(unproduced["column"].get<int>() == 18);
  CHECK(unproduced["severity"].get<std::string>() == "error");
  CHECK(unproduced["rule"].get<std::string>() == "unproduced-input");
  CHECK(unproduced["suggestion"].get<std::string>() == "client-brief-draft");
  CHECK_FALSE(json["diagnostics"][0].contains("suggestion"));
  CHECK(json["summary"]["errors"].get<int>() == 1);
  CHECK(json["summary"]["warnings"].get<int>() == 3);
  CHECK(json["summary"]["infos"].get<int>() == 0);
}

TEST_CASE("json output escapes names with quotes, backslashes and control characters") {
  fs::path folder = fresh_folder("json-escape");
  write_text(folder / "model.yaml", "bizmap: 1\nsystems:\n  - id: sales\n    goal: Win\n"
                                    "    manager: founder\n    \"odd \\\"key\\\"\\\\\\t\": 1\n"
                                    "    processes: [{id: p, owner: founder, trigger: t, steps: "
                                    "[a]}]\n");
  CliResult result = bizmap_cli({"check", "--format", "json", (folder / "model.yaml").string()});
  nlohmann::json json = nlohmann::json::parse(result.out);
  bool found = false;
  for (const nlohmann::json& d : json["diagnostics"]) {
    found = found || d["message"].get<std::string>() == "unknown key 'odd \"key\"\\\t' in a system";
  }
  CHECK(found);
}

// A file name saved in Latin-1 holds a byte that is not UTF-8: check's and
// diff's json replace it with U+FFFD, so every reader still accepts the
// document (strict parsers refuse an invalid byte).
TEST_CASE("json output stays valid JSON when a file name is not UTF-8") {
  fs::path folder = fresh_folder("json-latin1-name");
  write_text(folder / "caf\xE9.yaml", "bizmap: 1\nsystems:\n  - id: sales\n    goal: Win\n"
                                      "    processes: [{id: p, trigger: t, steps: [a]}]\n");
  std::string shown = (folder / "caf\xEF\xBF\xBD.yaml").string();
  CliResult check = bizmap_cli({"check", "--format", "json", folder.string()});
  CHECK(check.exit_code == 1);
  nlohmann::json json = nlohmann::json::parse(check.out);
  CHECK(json["files"][0].get<std::string>() == shown);
  CHECK(json["diagnostics"][0]["file"].get<std::string>() == shown);
  CliResult diff = bizmap_cli({"diff", "--format", "json", folder.string(), folder.string()});
  CHECK(nlohmann::json::parse(diff.out)["old"]["files"][0].get<std::string>() == shown);
}

TEST_CASE("option -o writes the output to a file and nothing to stdout") {
  fs::path folder = fresh_folder("output-file");
  fs::path report = folder / "findings.json";
  CliResult result =
      bizmap_cli({"check", "--format", "json", "-o", report.string(), broken_model().string()});
  CHECK(result.exit_code == 1);
  CHECK(result.out.empty());
  CHECK(contains(read_text(report), "\"unproduced-input\""));
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) {
    ++files;
  }
  CHECK(files == 1); // no temporary file left behind
}

TEST_CASE("option -o into a folder that does not exist is a usage error that names the file") {
  CliResult result = bizmap_cli({"check", "-o", "/no/such/folder/out.txt", example("bakery")});
  CHECK(result.exit_code == 2);
  CHECK(contains(result.err, "cannot write '/no/such/folder/out.txt'"));
}

TEST_CASE("the current folder is checked when no path is given") {
  fs::path folder = fresh_folder("current-folder");
  write_text(folder / "model.yaml", "bizmap: 1\nbusiness: {name: Solo}\n");
  fs::path before = fs::current_path();
  fs::current_path(folder);
  CliResult result = bizmap_cli({"check"});
  fs::current_path(before);
  CHECK(result.exit_code == 0);
  CHECK(result.out == "0 errors, 0 warnings, 0 infos in 1 file\n");
}

TEST_CASE("option --rule takes one value, so a path can follow it") {
  CliResult result = bizmap_cli({"check", "--rule", "isolated-process=off", example("bakery")});
  CHECK(result.exit_code == 0);
  CHECK(result.out == "0 errors, 0 warnings, 0 infos in 4 files\n");
}
