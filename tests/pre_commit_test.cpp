// The pre-commit hook (.pre-commit-hooks.yaml), run by Debian's pre-commit
// with `try-repo` in a scratch git repository, with the bizmap this suite
// tests on the PATH: it passes on a clean model and fails on a broken one,
// naming the file.
#include "report_tools.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

bool pre_commit_ready() {
  if (run_tool("command -v pre-commit").exit_code != 0) {
    WARN("skipped: pre-commit not installed (Debian package pre-commit)");
    return false;
  }
  return true;
}

const std::string git = "git -c user.name=bizmap -c user.email=bizmap@example.invalid "
                        "-c init.defaultBranch=main -c commit.gpgsign=false";

// A git repository holding only the hooks file, committed, as a hook
// repository is published.
fs::path hooks_repository() {
  fs::path repository = fresh_folder("hooks");
  fs::copy_file(source_dir() / ".pre-commit-hooks.yaml", repository / ".pre-commit-hooks.yaml");
  ToolRun made = run_tool(fmt::format("cd {} && {} init -q . && {} add . && {} commit -q -m hooks",
                                      shell_quoted(repository.string()), git, git, git));
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  return repository;
}

// A project's repository: `files`, and copies of `folders` (name, from), added to git.
fs::path project_repository(const std::vector<std::pair<std::string, std::string>>& files,
                            const std::vector<std::pair<std::string, fs::path>>& folders = {}) {
  fs::path repository = fresh_folder("project");
  for (const auto& [name, text] : files) {
    write_text(repository / name, text);
  }
  for (const auto& [name, from] : folders) {
    fs::copy(from, repository / name, fs::copy_options::recursive);
  }
  ToolRun made = run_tool(fmt::format("cd {} && {} init -q . && {} add .",
                                      shell_quoted(repository.string()), git, git));
  REQUIRE(made.exit_code == 0);
  return repository;
}

ToolRun try_hook(const fs::path& project, const fs::path& hooks, std::string_view hook) {
  fs::path cache = fresh_folder("pre-commit-home");
  return run_tool(fmt::format(
      "cd {} && env PATH={}:\"$PATH\" PRE_COMMIT_HOME={} pre-commit try-repo {} {} "
      "--all-files --color never",
      shell_quoted(project.string()), shell_quoted(fs::path(BIZMAP_BINARY).parent_path().string()),
      shell_quoted(cache.string()), shell_quoted(hooks.string()), hook));
}

} // namespace

TEST_CASE("the pre-commit hook passes on a clean model", "[tools][pre-commit]") {
  if (!pre_commit_ready()) {
    return;
  }
  fs::path hooks = hooks_repository();
  // The bakery in a folder of its own, beside other files.
  fs::path project = project_repository({{"README.md", "# The bakery\n"}},
                                        {{"models", source_dir() / "examples" / "bakery"}});
  for (std::string_view hook : {"bizmap-check", "bizmap"}) {
    ToolRun run = try_hook(project, hooks, hook);
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(contains(run.output, "bizmap check"));
    CHECK(contains(run.output, "Passed"));
  }
}

TEST_CASE("the pre-commit hook fails on a broken model, naming the file", "[tools][pre-commit]") {
  if (!pre_commit_ready()) {
    return;
  }
  fs::path hooks = hooks_repository();
  fs::path project = project_repository({{"models/sales.yaml", std::string(broken_sales_model)}});
  ToolRun run = try_hook(project, hooks, "bizmap-check");
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(contains(run.output, "Failed"));
  CHECK(contains(run.output, "- exit code: 1"));
  CHECK(contains(run.output,
                 "models/sales.yaml:14:18: error: process 'onboard-client' needs 'client-brief'"));
}

TEST_CASE("the pre-commit hook is skipped when no YAML file changes", "[tools][pre-commit]") {
  if (!pre_commit_ready()) {
    return;
  }
  fs::path hooks = hooks_repository();
  // A broken model that is not part of the commit: nothing to check.
  fs::path project = project_repository({{"README.md", "# Sales\n"}});
  write_text(project / "models" / "sales.yaml", broken_sales_model);
  ToolRun run = try_hook(project, hooks, "bizmap-check");
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(contains(run.output, "(no files to check)Skipped"));
}
