// check --format gitlab: GitLab's Code Quality report. Its fingerprints are
// the baseline's keys hashed, so they must survive what baselines survive
// (moved lines, a renamed model folder) and change with what they change.
#include "baseline/fingerprint.hpp"
#include "output/output.hpp"
#include "report_tools.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

using nlohmann::json;

// Runs `bizmap check --format gitlab ARGS...` in `folder`, returning the exit
// code and the report.
struct GitlabRun {
  int exit_code;
  json issues;
};

GitlabRun check_gitlab(const fs::path& folder, std::vector<std::string> args) {
  fs::path before = fs::current_path();
  fs::current_path(folder);
  args.insert(args.begin(), {"check", "--format", "gitlab", "--today", "2026-06-01"});
  CliResult result = bizmap_cli(args);
  fs::current_path(before);
  INFO(result.err);
  return {result.exit_code, json::parse(result.out)};
}

std::set<std::string> fingerprints_of(const json& issues) {
  std::set<std::string> fingerprints;
  for (const json& issue : issues) {
    fingerprints.insert(issue.at("fingerprint").get<std::string>());
  }
  return fingerprints;
}

const json& issue_of(const json& issues, std::string_view check_name) {
  for (const json& issue : issues) {
    if (issue.at("check_name") == check_name) {
      return issue;
    }
  }
  FAIL("no issue " << check_name);
  return issues;
}

std::string sha256_by_coreutils(const fs::path& folder, std::string_view text) {
  write_text(folder / "key.txt", text);
  ToolRun run = run_tool(fmt::format("sha256sum {}", shell_quoted((folder / "key.txt").string())));
  REQUIRE(run.exit_code == 0);
  return run.output.substr(0, 64);
}

} // namespace

TEST_CASE("check --format gitlab writes one Code Quality issue a finding", "[formats][gitlab]") {
  fs::path folder = fresh_folder("model");
  write_text(folder / "sales.yaml", broken_sales_model);
  GitlabRun run = check_gitlab(folder, {"sales.yaml"});
  CHECK(run.exit_code == 1);
  REQUIRE(run.issues.is_array());
  REQUIRE(run.issues.size() == 4);
  const json& unproduced = issue_of(run.issues, "unproduced-input");
  CHECK(unproduced.at("description") ==
        "process 'onboard-client' needs 'client-brief', but no process produces it; did you mean "
        "'client-brief-draft' (output of 'qualify-lead')?");
  CHECK(unproduced.at("severity") == "major");
  CHECK(unproduced.at("location") ==
        json::parse(R"({"path": "sales.yaml", "lines": {"begin": 14}})"));
  // The three warnings are minor; every issue has the same five fields.
  for (const json& issue : run.issues) {
    CHECK(issue.size() == 5);
    if (issue.at("check_name") != "unproduced-input") {
      CHECK(issue.at("severity") == "minor");
    }
  }
  CHECK(fingerprints_of(run.issues).size() == 4);
}

TEST_CASE("a gitlab fingerprint is the SHA-256 of the finding's baseline key",
          "[formats][gitlab]") {
  fs::path folder = fresh_folder("model");
  write_text(folder / "sales.yaml", broken_sales_model);
  GitlabRun run = check_gitlab(folder, {"sales.yaml"});
  // The key as baselines write it (file, rule, subject kind and id, message),
  // as a JSON array, hashed by a tool that shares no code with bizmap.
  std::string key = R"(["sales.yaml","unproduced-input","process","onboard-client",)"
                    R"("process 'onboard-client' needs 'client-brief', but no process produces )"
                    R"(it; did you mean 'client-brief-draft' (output of 'qualify-lead')?"])";
  CHECK(issue_of(run.issues, "unproduced-input").at("fingerprint") ==
        sha256_by_coreutils(fresh_folder("hash"), key));
}

TEST_CASE("gitlab fingerprints survive moved lines and a renamed model folder",
          "[formats][gitlab]") {
  fs::path root = fresh_folder("repository");
  write_text(root / "models" / "sales.yaml", broken_sales_model);
  GitlabRun before = check_gitlab(root, {"models"});

  // Three lines more at the top, and the folder renamed.
  fs::remove_all(root / "models");
  write_text(root / "renamed" / "sales.yaml",
             std::string("# Sales\n#\n# Who wins clients, and how.\n") +
                 std::string(broken_sales_model));
  GitlabRun after = check_gitlab(root, {"renamed"});

  CHECK(issue_of(before.issues, "unproduced-input").at("location").at("lines").at("begin") == 14);
  CHECK(issue_of(after.issues, "unproduced-input").at("location").at("lines").at("begin") == 17);
  CHECK(issue_of(after.issues, "unproduced-input").at("location").at("path") ==
        "renamed/sales.yaml");
  CHECK(fingerprints_of(before.issues) == fingerprints_of(after.issues));
}

TEST_CASE("a gitlab fingerprint changes with the finding's element, message, rule and file",
          "[formats][gitlab]") {
  fs::path folder = fresh_folder("model");
  write_text(folder / "sales.yaml", broken_sales_model);
  std::string before =
      issue_of(check_gitlab(folder, {"sales.yaml"}).issues, "unproduced-input").at("fingerprint");

  // The same finding in a file of another name.
  fs::rename(folder / "sales.yaml", folder / "selling.yaml");
  std::string renamed_file =
      issue_of(check_gitlab(folder, {"selling.yaml"}).issues, "unproduced-input").at("fingerprint");
  CHECK(renamed_file != before);

  // The same rule about another input: another message.
  std::string model(broken_sales_model);
  model.replace(model.find("inputs: [client-brief]"), 22, "inputs: [client-breif]");
  write_text(folder / "selling.yaml", model);
  std::string other_input =
      issue_of(check_gitlab(folder, {"selling.yaml"}).issues, "unproduced-input").at("fingerprint");
  CHECK(other_input != renamed_file);
  CHECK(other_input != before);
}

TEST_CASE("findings with the same key get different gitlab fingerprints, in order",
          "[formats][gitlab]") {
  Model model;
  model.files = {{"sales.yaml", "bizmap: 1\n"}};
  Diagnostic first{"unknown-role", Severity::warning, {0, 3, 5, 4}, "role 'boss' is unknown", ""};
  Diagnostic second = first;
  second.at.line = 9;
  std::vector<std::string> paths = {"sales.yaml"};
  std::vector<Diagnostic> alone = {first};
  std::vector<Diagnostic> twice = {first, second};
  std::vector<std::string> one = finding_fingerprints(model, alone, paths);
  std::vector<std::string> two = finding_fingerprints(model, twice, paths);
  REQUIRE(two.size() == 2);
  CHECK(two[0] == one[0]);
  CHECK(two[1] != two[0]);
  // The second is the key with its occurrence, "#2", hashed.
  CHECK(two[1] == sha256_by_coreutils(
                      fresh_folder("hash"),
                      R"(["sales.yaml","unknown-role","","","role 'boss' is unknown","#2"])"));
}

TEST_CASE("gitlab severities: error is major, warning minor, info info", "[formats][gitlab]") {
  Model model;
  model.files = {{"models/sales.yaml", "bizmap: 1\n"}};
  std::vector<Diagnostic> findings = {
      {"process-without-owner", Severity::error, {0, 7, 13, 5}, "no owner \"here\"\n\ttab", ""},
      {"isolated-process", Severity::warning, {0, 9, 3, 1}, "isolated", ""},
      {"unknown-role", Severity::info, {0, 12, 11, 4}, "unknown \xff byte", ""},
  };
  OutputOptions options;
  options.fingerprints = {"a", "b", "c"};
  std::ostringstream out;
  find_format(output_formats(), "gitlab")->write(model, findings, options, out);
  json issues = json::parse(out.str());
  REQUIRE(issues.size() == 3);
  CHECK(issues[0].at("severity") == "major");
  CHECK(issues[1].at("severity") == "minor");
  CHECK(issues[2].at("severity") == "info");
  CHECK(issues[0].at("description") == "no owner \"here\"\n\ttab");
  // A byte that is not UTF-8 becomes U+FFFD instead of breaking the report.
  CHECK(issues[2].at("description") == "unknown \xef\xbf\xbd byte");
  CHECK(issues[2].at("fingerprint") == "c");
  CHECK(issues[2].at("location").at("lines").at("begin") == 12);
}

TEST_CASE("check --format gitlab writes an empty array for a clean model", "[formats][gitlab]") {
  GitlabRun run = check_gitlab(source_dir(), {"examples/bakery"});
  CHECK(run.exit_code == 0);
  CHECK(run.issues == json::array());
}

TEST_CASE("ajv validates check --format gitlab against GitLab's Code Quality format",
          "[formats][gitlab]") {
  fs::path validators = source_dir() / "tools" / "npm" / "validators";
  if (run_tool("command -v node").exit_code != 0) {
    WARN("skipped: npm not installed");
    return;
  }
  if (!fs::exists(validators / "node_modules" / "ajv")) {
    FAIL("npm is installed but tools/npm/validators has no node_modules: run `make npm`");
  }
  fs::path folder = fresh_folder("model");
  write_text(folder / "models" / "sales.yaml", broken_sales_model);
  fs::path before = fs::current_path();
  fs::current_path(folder);
  CliResult result = bizmap_cli({"check", "--format", "gitlab", "-o", "gl-code-quality.json",
                                 "--today", "2026-06-01", "models"});
  fs::current_path(before);
  CHECK(result.exit_code == 1);
  ToolRun valid = run_tool(fmt::format(
      "node {} {} {}", shell_quoted((validators / "validate-json.mjs").string()),
      shell_quoted(
          (source_dir() / "docs" / "schemas" / "gitlab-code-quality.schema.json").string()),
      shell_quoted((folder / "gl-code-quality.json").string())));
  INFO(valid.output);
  CHECK(valid.exit_code == 0);

  // The schema does reject what GitLab cannot read: a severity of bizmap's own.
  std::string report = read_text(folder / "gl-code-quality.json");
  report.replace(report.find("\"major\""), 7, "\"error\"");
  write_text(folder / "wrong.json", report);
  ToolRun invalid = run_tool(fmt::format(
      "node {} {} {}", shell_quoted((validators / "validate-json.mjs").string()),
      shell_quoted(
          (source_dir() / "docs" / "schemas" / "gitlab-code-quality.schema.json").string()),
      shell_quoted((folder / "wrong.json").string())));
  CHECK(invalid.exit_code == 1);
  CHECK(contains(invalid.output, "/severity must be equal to one of the allowed values"));
}

TEST_CASE("findings that quote bytes that are not UTF-8 get fingerprints, all different",
          "[formats][gitlab]") {
  Model model;
  model.files = {{"sales.yaml", "bizmap: 1\n"}};
  Diagnostic first{"unknown-role", Severity::warning, {0, 3, 5, 4}, "role '\xff' is unknown", ""};
  Diagnostic second{"unknown-role", Severity::warning, {0, 4, 5, 4}, "role '\xfe' is unknown", ""};
  std::vector<std::string> paths = {"sales.yaml"};
  std::vector<Diagnostic> findings = {first, second};
  std::vector<std::string> fingerprints = finding_fingerprints(model, findings, paths);
  REQUIRE(fingerprints.size() == 2);
  CHECK(fingerprints[0].size() == 64);
  CHECK(fingerprints[0] != fingerprints[1]);
}
