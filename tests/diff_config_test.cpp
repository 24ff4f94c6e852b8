// `bizmap diff` opens each model as `check` opens it: with the configuration
// nearest to that model (rules and their options, fail_on, baseline), and
// for --base, the revision's own.
#include "report_tools.hpp"
#include "support.hpp"

#include <bizmap/run.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// A café whose owner owns `owned` processes of a chain; with `without_steps`,
// one more process, owned by the cook, that has no steps (a warning).
std::string cafe(int owned, bool without_steps = false) {
  std::string text = "bizmap: 1\nroles:\n  - {id: owner, name: Owner}\n  - {id: cook, name: "
                     "Cook}\ndata:\n  - {id: order-0}\n";
  for (int i = 1; i <= 10; ++i) {
    text += fmt::format("  - {{id: order-{}}}\n", i);
  }
  text += "external:\n  inputs: [order-0]\n  outputs: [order-10]\nsystems:\n  - id: cafe\n"
          "    name: Cafe\n    goal: Feed people\n    manager: owner\n    outcomes: [order-10]\n"
          "    processes:\n";
  for (int i = 1; i <= 10; ++i) {
    text += fmt::format("      - id: step-{}\n        owner: {}\n        inputs: [order-{}]\n"
                        "        outputs: [order-{}]\n        steps: [Pass it on]\n",
                        i, i <= owned ? "owner" : "cook", i - 1, i);
  }
  if (without_steps) {
    text += "      - id: tidy-up\n        owner: cook\n        trigger: Closing time\n";
  }
  return text;
}

constexpr std::string_view lenient = "rules:\n  owner-overload: {max: 10}\nfail_on: warning\n";

void git(const fs::path& repository, const std::string& arguments) {
  ToolRun run =
      run_tool(fmt::format("git -C '{}' -c user.name=bizmap -c user.email=bizmap@example.com "
                           "-c commit.gpgsign=false {}",
                           repository.string(), arguments));
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
}

} // namespace

TEST_CASE("diff checks each model with the configuration nearest to it as check does", "[diff]") {
  fs::path folder = fresh_folder("diff-own-configuration");
  write_text(folder / "v1" / "model.yaml", cafe(9));
  write_text(folder / "v2" / "model.yaml", cafe(8, true));
  write_text(folder / "v1" / ".bizmap.yaml", lenient);
  write_text(folder / "v2" / ".bizmap.yaml", lenient);
  // check prints no owner-overload finding for either: the owner's 9 are within 10.
  CHECK_FALSE(contains(bizmap_in(folder, {"check", "v1"}).out, "[owner-overload]"));
  CHECK(bizmap_in(folder, {"check", "v1"}).exit_code == 0);

  CliResult result = bizmap_in(folder, {"diff", "v1", "v2", "-v"});
  INFO(result.out << result.err);
  // Nothing fixed that check never printed, and the new warning fails as
  // `fail_on: warning` asks.
  CHECK_FALSE(contains(result.out, "[owner-overload]"));
  CHECK(contains(result.out, "+ v2/model.yaml:"));
  CHECK(contains(result.out, "[process-without-steps]"));
  CHECK(contains(result.out, "findings: 2 introduced, 0 fixed")); // and it works alone
  CHECK(result.exit_code == 1);
  CHECK(contains(result.err, fmt::format("bizmap: old model: configuration: {}\n",
                                         (folder / "v1" / ".bizmap.yaml").string())));
  CHECK(contains(result.err, fmt::format("bizmap: new model: configuration: {}\n",
                                         (folder / "v2" / ".bizmap.yaml").string())));

  SECTION("the new model's fail_on decides, and --fail-on overrides it") {
    write_text(folder / "v1" / ".bizmap.yaml", lenient);
    write_text(folder / "v2" / ".bizmap.yaml", "rules:\n  owner-overload: {max: 10}\n");
    CHECK(bizmap_in(folder, {"diff", "v1", "v2"}).exit_code == 0);
    CHECK(bizmap_in(folder, {"diff", "v1", "v2", "--fail-on", "warning"}).exit_code == 1);
    write_text(folder / "v2" / ".bizmap.yaml", lenient);
    CHECK(bizmap_in(folder, {"diff", "v1", "v2", "--fail-on", "error"}).exit_code == 0);
  }
  SECTION("each model's rule options are its own") {
    // Only the old model is lenient: the new one's default max of 8 lets
    // the owner's 8 processes pass, so no finding is introduced or fixed.
    fs::remove(folder / "v2" / ".bizmap.yaml");
    CliResult own = bizmap_in(folder, {"diff", "v1", "v2", "-v"});
    INFO(own.out << own.err);
    CHECK_FALSE(contains(own.out, "[owner-overload]"));
    CHECK(contains(own.err, "bizmap: new model: no configuration file: no .bizmap.yaml at or "
                            "above '" +
                                (folder / "v2").string()));
    // The old model without its configuration: the owner's 9 are past the
    // default 8, a finding check prints and the change fixes.
    fs::remove(folder / "v1" / ".bizmap.yaml");
    CHECK(contains(bizmap_in(folder, {"diff", "v1", "v2"}).out, "[owner-overload]"));
  }
  SECTION("each model's baseline hides what it records") {
    CliResult recorded =
        bizmap_in(folder, {"check", "v2", "--write-baseline", "v2/bizmap-baseline.json"});
    REQUIRE(recorded.exit_code == 0);
    write_text(folder / "v2" / ".bizmap.yaml",
               std::string(lenient) + "baseline: bizmap-baseline.json\n");
    CliResult hidden = bizmap_in(folder, {"diff", "v1", "v2"});
    INFO(hidden.out << hidden.err);
    CHECK(contains(hidden.out, "findings: 0 introduced, 0 fixed"));
    CHECK(hidden.exit_code == 0);
  }
}

TEST_CASE("diff --base checks the revision with the configuration it had", "[diff]") {
  if (run_tool("git --version").exit_code != 0) {
    WARN("skipped: git is not installed");
    return;
  }
  fs::path repository = fresh_folder("diff-base-own-configuration");
  write_text(repository / "models" / "model.yaml", cafe(9));
  write_text(repository / "models" / ".bizmap.yaml", lenient);
  git(repository, "init -q");
  git(repository, "add -A");
  git(repository, "commit -q -m lenient");
  // The change makes the configuration strict again: the owner's 9
  // processes are past the default 8, a finding the change introduces.
  write_text(repository / "models" / ".bizmap.yaml", "fail_on: warning\n");
  CliResult result = bizmap_in(repository, {"diff", "--base", "HEAD", "models", "-v"});
  INFO(result.out << result.err);
  CHECK(contains(result.out, "[owner-overload]"));
  CHECK(contains(result.out, "findings: 1 introduced, 0 fixed"));
  CHECK(result.exit_code == 1);
  std::string file = (repository / "models" / ".bizmap.yaml").string();
  CHECK(
      contains(result.err, fmt::format("bizmap: old model (at HEAD): configuration: {}\n", file)));
  CHECK(contains(result.err, fmt::format("bizmap: new model: configuration: {}\n", file)));

  SECTION("a configuration the revision does not have is none") {
    fs::path fresh = fresh_folder("diff-base-configuration-added");
    write_text(fresh / "models" / "model.yaml", cafe(9));
    git(fresh, "init -q");
    git(fresh, "add -A");
    git(fresh, "commit -q -m plain");
    write_text(fresh / "models" / ".bizmap.yaml", lenient);
    CliResult added = bizmap_in(fresh, {"diff", "--base", "HEAD", "models", "-v"});
    INFO(added.out << added.err);
    // Made lenient by the change: the owner-overload finding is fixed.
    CHECK(contains(added.out, "- models/model.yaml:"));
    CHECK(contains(added.out, "findings: 0 introduced, 1 fixed"));
    CHECK(contains(added.err, "bizmap: old model (at HEAD): no configuration file"));
  }
}
