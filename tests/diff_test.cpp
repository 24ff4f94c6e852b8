// `bizmap diff`: one pair of fixtures per kind of change, each with its
// golden output in every format (tests/diff/<kind>/{old,new}/ and diff.*),
// the findings matched by key, and `--base` against a git revision.
#include "report_tools.hpp"
#include "support.hpp"

#include <algorithm>
#include <bizmap/run.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <map>
#include <set>
#include <sstream>
#include <yaml-cpp/yaml.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

fs::path fixtures() {
  return source_dir() / "tests" / "diff";
}

// What each fixture is about, and a line its text output must hold to show it.
const std::map<std::string, std::string> shows = {
    {"no-change", "No changes to the business."},
    {"system-added", "  + system 'cleaning' (Cleaning), at new/model.yaml:"},
    {"system-removed", "  - system 'cleaning' (Cleaning), was at old/model.yaml:"},
    {"system-renamed", "  ~ system 'back-of-house' (Kitchen), renamed from 'kitchen', at"},
    {"system-moved",
     "  ~ system 'pastry' (Pastry), moved from the top level to system 'kitchen', at"},
    {"system-manager-changed", "      ~ manager: owner -> cook, at"},
    {"process-added", "  + process 'clear-table' (Clear a table), at"},
    {"process-removed", "  - process 'clear-table' (Clear a table), was at"},
    {"process-renamed", "  ~ process 'prepare-meal' (Cook the meal), renamed from 'cook-meal', at"},
    {"process-moved", "  ~ process 'wash-dishes' (Wash the dishes), moved from system 'kitchen' to "
                      "system 'front-of-house', at"},
    {"process-owner-changed", "      ~ owner: server -> owner, at"},
    {"process-trigger-changed",
     "      ~ trigger: A ticket arrives -> A ticket prints in the kitchen"},
    {"process-frequency-changed", "      ~ frequency: on-demand -> daily"},
    {"steps-added", "      + step 3: Offer a dessert, at"},
    {"steps-removed", "      - step 1: Greet the guest, was at"},
    {"steps-reordered", "      ~ step 2 -> 1: Cook the dishes (tool: oven; duration: 15m), at"},
    {"steps-edited", "      ~ step 2 (Cook the dishes): duration: 15m -> duration: 20m, at"},
    {"inputs-outputs-changed", "      + input 'order', at"},
    {"handoff-added", "  + handoff 'take-order' -> 'cook-meal' (allergy-note), at"},
    {"handoff-removed", "  - handoff 'take-order' -> 'cook-meal' (allergy-note), was at"},
    {"handoff-broken", "  ! handoff 'take-order' -> 'cook-meal' (ticket) broken: nothing supplies "
                       "'ticket' now, at new/model.yaml:50:18"},
    {"external-input-lost", "  ! handoff from outside the business -> 'take-order' (order) broken"},
    {"findings-introduced", "  + new/model.yaml:25:13: error: process 'take-order' has no owner"},
    {"findings-fixed", "  - old/model.yaml:25:13: error: process 'take-order' has no owner"},
    {"role-added", "  + role 'cashier' (Dee (Cashier)), at"},
    {"role-removed", "  - role 'cashier' (Dee (Cashier)), was at"},
    {"role-renamed", "  ~ role 'chef' (Ben (Cook)), renamed from 'cook', at"},
    {"tool-added", "  + tool 'card-reader' (Card reader), at"},
    {"tool-removed", "  - tool 'card-reader' (Card reader), was at"},
    {"tool-renamed", "  ~ tool 'register' (Till), renamed from 'till', at"},
    {"data-added", "  + data 'menu' (Menu), at"},
    {"data-removed", "  - data 'menu' (Menu), was at"},
    {"data-renamed", "  ~ data 'kitchen-ticket' (Kitchen ticket), renamed from 'ticket', at"},
    {"what-ifs-changed", "      + what-if: if The oven fails: Serve the cold menu only, at"},
    {"work-moved",
     "  > moved from 'cook' to 'server': 'clear-tables', 'wash-dishes', 7.5 h a week"},
    // Markup and control characters in names: escaped in Markdown and in
    // Mermaid, shown as control pictures on a terminal.
    {"names-with-markup", "      ~ name: Take an order -> Take an <b>order</b> | *now* `x` #1 "
                          "[y](z) http://example.com\u241b[31m red\u240anext line"},
};

const std::map<std::string, std::string> golden_names = {{"text", "diff.txt"},
                                                         {"markdown", "diff.md"},
                                                         {"json", "diff.json"},
                                                         {"github", "diff.github"}};

CliResult diff_fixture(const std::string& name, const std::string& format) {
  return bizmap_in(fixtures() / name,
                   {"diff", "old/model.yaml", "new/model.yaml", "--format", format});
}

std::string shell_quoted(const fs::path& path) {
  return "'" + path.string() + "'";
}

void git(const fs::path& repository, const std::string& arguments) {
  ToolRun run =
      run_tool(fmt::format("git -C {} -c user.name=bizmap -c user.email=bizmap@example.com "
                           "-c commit.gpgsign=false {}",
                           shell_quoted(repository), arguments));
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
}

// A git repository with the café model committed in models/, the working
// tree then edited to be the fixture's new model.
fs::path repository_with(const std::string& name, const std::string& fixture) {
  fs::path repository = fresh_folder(name);
  git(repository, "init -q");
  write_text(repository / "models" / "model.yaml",
             read_text(fixtures() / fixture / "old" / "model.yaml"));
  git(repository, "add -A");
  git(repository, "commit -q -m old");
  write_text(repository / "models" / "model.yaml",
             read_text(fixtures() / fixture / "new" / "model.yaml"));
  return repository;
}

bool has_git() {
  return run_tool("git --version").exit_code == 0;
}

} // namespace

TEST_CASE("every diff fixture is a pair of models with golden output in every format", "[diff]") {
  std::set<std::string> folders;
  for (const fs::directory_entry& entry : fs::directory_iterator(fixtures())) {
    if (entry.is_directory()) {
      folders.insert(entry.path().filename().string());
    }
  }
  std::set<std::string> described;
  for (const auto& [name, _] : shows) {
    described.insert(name);
  }
  CHECK(folders == described);
  for (const std::string& name : folders) {
    INFO(name);
    CHECK(fs::exists(fixtures() / name / "old" / "model.yaml"));
    CHECK(fs::exists(fixtures() / name / "new" / "model.yaml"));
    for (const auto& [format, golden] : golden_names) {
      CHECK(fs::exists(fixtures() / name / golden));
    }
  }
}

TEST_CASE("each diff fixture shows its change in every format, as the golden files say", "[diff]") {
  for (const auto& [name, line] : shows) {
    DYNAMIC_SECTION(name) {
      CliResult text = diff_fixture(name, "text");
      INFO(text.out << text.err);
      CHECK(contains(text.out, line));
      for (const auto& [format, golden] : golden_names) {
        CliResult result = diff_fixture(name, format);
        CHECK(result.err.empty());
        bool introduces_error =
            contains(text.out, ": error: ") && contains(text.out, "findings introduced");
        CHECK(result.exit_code == (introduces_error ? 1 : 0));
        compare_with_golden(result.out, fixtures() / name / golden);
      }
    }
  }
}

TEST_CASE("diff's github format annotates exactly the findings the change introduces", "[diff]") {
  for (const auto& [name, _] : shows) {
    DYNAMIC_SECTION(name) {
      std::vector<std::string> annotations = lines_of(diff_fixture(name, "github").out);
      REQUIRE(!annotations.empty());
      CHECK(annotations.back().starts_with("bizmap diff: "));
      annotations.pop_back();
      // Work moved from one role to another is a line of the log, not an annotation.
      std::size_t moves = 0;
      while (!annotations.empty() && annotations.back().starts_with("bizmap diff: work moved")) {
        annotations.pop_back();
        ++moves;
      }
      std::vector<std::string> checked = lines_of(
          bizmap_in(fixtures() / name, {"check", "new/model.yaml", "--format", "github"}).out);
      std::size_t introduced = 0;
      std::size_t moved = 0;
      for (const std::string& line : lines_of(diff_fixture(name, "text").out)) {
        introduced += line.starts_with("  + new/model.yaml:");
        moved += line.starts_with("  > moved from ");
      }
      CHECK(annotations.size() == introduced);
      CHECK(moves == moved);
      for (const std::string& annotation : annotations) {
        INFO(annotation);
        CHECK(std::find(checked.begin(), checked.end(), annotation) != checked.end());
      }
    }
  }
}

TEST_CASE("findings are matched by key: moved lines and other folder names introduce nothing",
          "[diff]") {
  fs::path folder = fresh_folder("diff-matched-by-key");
  write_text(folder / "before" / "sales.yaml", broken_sales_model);
  std::string moved = "# Sales, reordered.\n\n" + std::string(broken_sales_model);
  write_text(folder / "after" / "sales.yaml", moved);
  CliResult result = bizmap_in(folder, {"diff", "before", "after"});
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(contains(result.out, "findings: 0 introduced, 0 fixed"));
  // The old model does have findings: they match the new ones.
  CHECK(bizmap_in(folder, {"check", "before"}).exit_code == 1);

  SECTION("a finding that moves to another element is introduced and fixed") {
    // Another id and other steps: not a rename, another process.
    std::string text(broken_sales_model);
    text.replace(text.find("onboard-client"), 14, "welcome-client");
    text.replace(text.find("Send the welcome pack"), 21, "Post the welcome pack");
    write_text(folder / "after" / "sales.yaml", text);
    CliResult renamed = bizmap_in(folder, {"diff", "before", "after"});
    CHECK(contains(renamed.out, "+ after/sales.yaml:14:18: error: process 'welcome-client' needs"));
    CHECK(
        contains(renamed.out, "- before/sales.yaml:14:18: error: process 'onboard-client' needs"));
    CHECK(renamed.exit_code == 1);
  }
}

TEST_CASE("a finding about an element that was only renamed is neither fixed nor introduced",
          "[diff]") {
  fs::path folder = fresh_folder("diff-renamed-finding");
  write_text(folder / "old" / "sales.yaml", broken_sales_model);
  std::string renamed(broken_sales_model);
  renamed.replace(renamed.find("onboard-client"), 14, "welcome-client");
  write_text(folder / "new" / "sales.yaml", renamed);
  CliResult result = bizmap_in(folder, {"diff", "old", "new"});
  INFO(result.out);
  CHECK(contains(
      result.out,
      "  ~ process 'welcome-client', renamed from 'onboard-client', at new/sales.yaml:12:13"));
  CHECK(contains(result.out, "findings: 0 introduced, 0 fixed"));
  CHECK(result.exit_code == 0);
}

TEST_CASE("diff --fail-on applies to the findings the change introduces", "[diff]") {
  // Adding a process that works alone introduces one warning.
  CHECK(diff_fixture("process-added", "text").exit_code == 0);
  CliResult warning =
      bizmap_in(fixtures() / "process-added",
                {"diff", "old/model.yaml", "new/model.yaml", "--fail-on", "warning"});
  CHECK(warning.exit_code == 1);
  // Fixing a finding never fails.
  CHECK(bizmap_in(fixtures() / "findings-fixed",
                  {"diff", "old/model.yaml", "new/model.yaml", "--fail-on", "info"})
            .exit_code == 0);
}

TEST_CASE("diff colours the text format only when asked or on a terminal", "[diff]") {
  std::vector<std::string> args{"diff", "old/model.yaml", "new/model.yaml"};
  fs::path folder = fixtures() / "handoff-broken";
  auto with = [&](std::vector<std::string> extra, const Terminal& terminal = {}) {
    std::vector<std::string> all = args;
    all.insert(all.end(), extra.begin(), extra.end());
    fs::path before = fs::current_path();
    fs::current_path(folder);
    CliResult result = bizmap_cli(all, terminal);
    fs::current_path(before);
    return result.out;
  };
  CHECK(contains(with({"--color", "always"}), "\033[1;31m!\033[0m handoff"));
  CHECK_FALSE(contains(with({"--color", "never"}, {true, false}), "\033["));
  CHECK(contains(with({}, {true, false}), "\033["));
  CHECK_FALSE(contains(with({}, {true, true}), "\033["));
  CHECK_FALSE(contains(with({}), "\033["));
}

TEST_CASE("diff is a usage error without two models or with a bad option", "[diff]") {
  CliResult one = bizmap_cli({"diff", (fixtures() / "no-change" / "old").string()});
  CHECK(one.exit_code == 2);
  CHECK(one.err == "bizmap: error: diff compares two models: give OLD and NEW, or --base REV "
                   "[PATH...]\n");
  CHECK(bizmap_cli({"diff", "a", "b", "--format", "sarif"}).exit_code == 2);
  CliResult missing = bizmap_cli({"diff", "no-such-old", "no-such-new"});
  CHECK(missing.exit_code == 2);
  CHECK(contains(missing.err, "does not exist"));
}

TEST_CASE("diff -o writes the output to a file", "[diff]") {
  fs::path folder = fresh_folder("diff-output");
  fs::path file = folder / "diff.md";
  CliResult result =
      bizmap_in(fixtures() / "handoff-broken", {"diff", "old/model.yaml", "new/model.yaml",
                                                "--format", "markdown", "-o", file.string()});
  CHECK(result.exit_code == 1);
  CHECK(result.out.empty());
  CHECK(read_text(file) == read_text(fixtures() / "handoff-broken" / "diff.md"));
}

TEST_CASE("diff --base compares the paths at a git revision with the working tree", "[diff]") {
  if (!has_git()) {
    WARN("skipped: git is not installed");
    return;
  }
  fs::path repository = repository_with("diff-base", "handoff-broken");
  CliResult result = bizmap_in(repository, {"diff", "--base", "HEAD", "models"});
  INFO(result.out << result.err);
  CHECK(result.exit_code == 1);
  // The same changes as between the two folders, with the working tree's paths.
  std::string expected = read_text(fixtures() / "handoff-broken" / "diff.txt");
  for (std::string side : {"old/model.yaml", "new/model.yaml"}) {
    for (std::size_t at; (at = expected.find(side)) != std::string::npos;) {
      expected.replace(at, side.size(), "models/model.yaml");
    }
  }
  CHECK(result.out == expected);

  SECTION("the default path is the current folder, and a file can be named") {
    CliResult here = bizmap_in(repository / "models", {"diff", "--base", "HEAD"});
    CHECK(contains(here.out, "! handoff 'take-order' -> 'cook-meal' (ticket) broken"));
    CliResult file = bizmap_in(repository, {"diff", "--base", "HEAD", "models/model.yaml"});
    CHECK(file.out == result.out);
  }
  SECTION("paths outside the current folder are read from their own repository") {
    CliResult outside = bizmap_cli({"diff", "--base", "HEAD", (repository / "models").string()});
    CHECK(contains(outside.out, fmt::format("broken: nothing supplies 'ticket' now, at {}",
                                            (repository / "models" / "model.yaml").string())));
  }
  SECTION("a file the revision does not have is all new") {
    write_text(repository / "models" / "more.yaml",
               "bizmap: 1\nroles:\n  - {id: porter, name: Porter}\n");
    CliResult added = bizmap_in(repository, {"diff", "--base", "HEAD", "models"});
    CHECK(contains(added.out, "  + role 'porter' (Porter), at models/more.yaml:3:10"));
  }
  SECTION("an unknown revision and a folder outside git are usage errors") {
    CliResult unknown = bizmap_in(repository, {"diff", "--base", "no-such-branch", "models"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err ==
          "bizmap: error: --base no-such-branch: git knows no commit of that name\n");
    fs::path plain = fresh_folder("diff-base-no-git");
    write_text(plain / "model.yaml", read_text(fixtures() / "no-change" / "old" / "model.yaml"));
    CliResult outside = bizmap_in(plain, {"diff", "--base", "HEAD"});
    CHECK(outside.exit_code == 2);
    CHECK(contains(outside.err, "bizmap: error: --base HEAD: not a git repository"));
  }
}

TEST_CASE("diff --base reads only model files, as reading a folder does", "[diff]") {
  if (!has_git()) {
    WARN("skipped: git is not installed");
    return;
  }
  fs::path repository = fresh_folder("diff-base-files");
  git(repository, "init -q");
  std::string model = read_text(fixtures() / "no-change" / "old" / "model.yaml");
  write_text(repository / "models" / "model.yaml", model);
  write_text(repository / "models" / ".drafts" / "draft.yaml", model);
  write_text(repository / "models" / "notes.txt", "bizmap: 1\n");
  write_text(repository / "models" / "ci.yml", "jobs: {}\n");
  git(repository, "add -A");
  git(repository, "commit -q -m old");
  CliResult result =
      bizmap_in(repository, {"diff", "--base", "HEAD", "models", "--format", "json"});
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(contains(result.out, "\"old\": {\n    \"files\": [\n      \"models/model.yaml\"\n    ]"));
  CHECK(contains(result.out, "\"findings_introduced\": 0"));
}

TEST_CASE("diff's markdown passes markdownlint and its diagrams render", "[diff][tools]") {
  std::string missing = missing_npm_tools();
  if (!missing.empty()) {
    WARN("skipped: " << missing);
    return;
  }
  fs::path folder = fresh_folder("diff-tools");
  std::string diagrams = "# Diagrams\n";
  for (const auto& [name, _] : shows) {
    std::string markdown = read_text(fixtures() / name / "diff.md");
    write_text(folder / "comments" / (name + ".md"), markdown);
    for (const std::string& block : mermaid_blocks(markdown)) {
      diagrams += "\n" + block + "\n";
    }
  }
  ToolRun lint = markdownlint(folder / "comments");
  INFO(lint.output);
  CHECK(lint.exit_code == 0);
  std::size_t count = mermaid_blocks(diagrams).size();
  CHECK(count > 10);
  fs::path rendered = folder / "rendered";
  fs::create_directories(rendered);
  write_text(folder / "diagrams.md", diagrams);
  ToolRun mmdc = render_mermaid(folder / "diagrams.md", rendered / "diagrams.md");
  INFO(mmdc.output);
  CHECK(mmdc.exit_code == 0);
  std::size_t svgs = 0;
  for (const auto& entry : fs::directory_iterator(rendered)) {
    svgs += entry.path().extension() == ".svg" && fs::file_size(entry.path()) > 1000;
  }
  CHECK(svgs == count);
}

TEST_CASE("docs/diff.md shows a fixture's output as bizmap prints it", "[diff][docs]") {
  std::string page = read_text(source_dir() / "docs" / "diff.md");
  std::string golden = read_text(fixtures() / "handoff-broken" / "diff.txt");
  CHECK(contains(page, "```text\n" + golden + "```\n"));
  // And the work by role of the reorganised café, the block as printed.
  std::string moved = read_text(fixtures() / "work-moved" / "diff.txt");
  std::size_t start = moved.find("work by role\n");
  REQUIRE(start != std::string::npos);
  std::string block = moved.substr(start, moved.find("\n\n", start) + 1 - start);
  CHECK(contains(page, "```text\n" + block + "```\n"));
}

TEST_CASE("the CI jobs in docs/ci.md are YAML and call bizmap with options it has",
          "[diff][docs]") {
  std::string page = read_text(source_dir() / "docs" / "ci.md");
  std::size_t blocks = 0;
  for (std::size_t at = page.find("```yaml\n"); at != std::string::npos;
       at = page.find("```yaml\n", at + 1)) {
    std::size_t end = page.find("\n```", at + 8);
    std::string block = page.substr(at + 8, end - at - 8);
    INFO(block);
    CHECK_NOTHROW(YAML::Load(block));
    ++blocks;
  }
  CHECK(blocks >= 4);
  std::map<std::string, std::string> help = {{"check", bizmap_cli({"check", "--help"}).out},
                                             {"diff", bizmap_cli({"diff", "--help"}).out}};
  std::size_t calls = 0;
  for (const std::string& line : lines_of(page)) {
    for (const auto& [command, options] : help) {
      std::size_t call = line.find("bizmap " + command + " ");
      if (call == std::string::npos) {
        continue;
      }
      ++calls;
      std::istringstream words(line.substr(call));
      for (std::string word; words >> word;) {
        if (word.starts_with("--")) {
          INFO(line);
          CHECK(contains(options, word.substr(0, word.find('='))));
        }
      }
    }
  }
  CHECK(calls >= 6);
}

namespace {

// Runs bizmap in `folder` with `input` on standard input.
CliResult bizmap_with_input(const fs::path& folder, const std::vector<std::string>& args,
                            const std::string& input) {
  fs::path before = fs::current_path();
  fs::current_path(folder);
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  int code = run(args, in, out, err);
  fs::current_path(before);
  return {code, out.str(), err.str()};
}

// A copy of a fixture's two models in a throwaway folder.
fs::path copied_fixture(const std::string& name, const std::string& fixture) {
  fs::path folder = fresh_folder(name);
  for (std::string side : {"old", "new"}) {
    write_text(folder / side / "model.yaml", read_text(fixtures() / fixture / side / "model.yaml"));
  }
  return folder;
}

} // namespace

TEST_CASE("diff reads both models with the configuration at their common folder above both",
          "[diff]") {
  fs::path folder = copied_fixture("diff-config", "handoff-broken");
  fs::path elsewhere = fresh_folder("diff-config-elsewhere");
  std::vector<std::string> args{"diff", (folder / "old").string(), (folder / "new").string()};
  // Without a configuration the broken handoff introduces an error.
  CHECK(bizmap_in(elsewhere, args).exit_code == 1);
  write_text(folder / ".bizmap.yaml", "rules:\n  unproduced-input: off\n");
  CliResult configured = bizmap_in(elsewhere, args);
  INFO(configured.out << configured.err);
  CHECK(configured.exit_code == 0);
  CHECK_FALSE(contains(configured.out, "[unproduced-input]"));
  CHECK(contains(configured.out, "! handoff 'take-order' -> 'cook-meal' (ticket) broken"));
  std::vector<std::string> verbose = args;
  verbose.push_back("-v");
  CliResult logged = bizmap_in(elsewhere, verbose);
  for (std::string side : {"old model", "new model"}) {
    CHECK(contains(logged.err, fmt::format("bizmap: {}: configuration: {}\n", side,
                                           (folder / ".bizmap.yaml").string())));
  }
}

TEST_CASE("diff reads OLD or NEW from standard input as -", "[diff]") {
  fs::path fixture = fixtures() / "handoff-broken";
  std::string old_text = read_text(fixture / "old" / "model.yaml");
  CliResult piped = bizmap_with_input(
      fixture, {"diff", "-", "new/model.yaml", "--stdin-filename", "old/model.yaml"}, old_text);
  INFO(piped.err);
  CHECK(piped.exit_code == 1);
  CHECK(piped.out == read_text(fixture / "diff.txt"));
  CliResult both = bizmap_with_input(fixture, {"diff", "-", "-"}, old_text);
  CHECK(both.exit_code == 2);
  CHECK(both.err ==
        "bizmap: error: only one of OLD and NEW can be read from standard input ('-')\n");
  CliResult named = bizmap_with_input(
      fixture, {"diff", "old/model.yaml", "new/model.yaml", "--stdin-filename", "x.yaml"}, "");
  CHECK(named.exit_code == 2);
  CHECK(contains(named.err, "--stdin-filename names the model read from standard input"));
  CliResult base = bizmap_with_input(fixture, {"diff", "--base", "HEAD", "-"}, old_text);
  CHECK(base.exit_code == 2);
  CHECK(base.err == "bizmap: error: --base compares paths of the working tree with git's: '-' "
                    "(standard input) is not one\n");
}

TEST_CASE("diff -o never names a file or folder of either model", "[diff]") {
  fs::path folder = copied_fixture("diff-output-guard", "handoff-broken");
  std::string old_text = read_text(folder / "old" / "model.yaml");
  std::string new_text = read_text(folder / "new" / "model.yaml");
  for (std::string target : {"new/model.yaml", "old/model.yaml", "old", "."}) {
    INFO(target);
    CliResult result =
        bizmap_in(folder, {"diff", "old/model.yaml", "new/model.yaml", "-o", target});
    CHECK(result.exit_code == 2);
    CHECK(contains(result.err, fmt::format("bizmap: error: -o '{}' is ", target)));
    CHECK(result.out.empty());
  }
  CHECK(read_text(folder / "old" / "model.yaml") == old_text);
  CHECK(read_text(folder / "new" / "model.yaml") == new_text);

  SECTION("nor, with --base, of the working tree") {
    if (!has_git()) {
      WARN("skipped: git is not installed");
      return;
    }
    fs::path repository = repository_with("diff-base-output-guard", "handoff-broken");
    std::string working = read_text(repository / "models" / "model.yaml");
    CliResult result =
        bizmap_in(repository, {"diff", "--base", "HEAD", "models", "-o", "models/model.yaml"});
    CHECK(result.exit_code == 2);
    CHECK(contains(result.err, "-o 'models/model.yaml' is a file of the model"));
    CHECK(read_text(repository / "models" / "model.yaml") == working);
  }
}

TEST_CASE("diff --base between two commits of the bakery shows the handoff one of them breaks",
          "[diff]") {
  if (!has_git()) {
    WARN("skipped: git is not installed");
    return;
  }
  fs::path repository = fresh_folder("diff-bakery-commits");
  fs::copy(example("bakery"), repository / "bakery", fs::copy_options::recursive);
  git(repository, "init -q");
  git(repository, "add -A");
  git(repository, "commit -q -m bakery");
  // Shaping stops handing the shaped dough to the bake-off.
  fs::path bakehouse = repository / "bakery" / "bakehouse.yaml";
  std::string text = read_text(bakehouse);
  for (std::string_view line :
       {"        outputs: [shaped-dough]\n", "            outputs: [shaped-dough]\n"}) {
    std::size_t at = text.find(line);
    REQUIRE(at != std::string::npos);
    text.erase(at, line.size());
  }
  write_text(bakehouse, text);
  git(repository, "commit -q -a -m 'shaping hands nothing on'");
  // Where the bake-off takes the shaped dough in, in the edited file.
  std::size_t input = text.find("        inputs: [shaped-dough, bake-sheet]\n");
  REQUIRE(input != std::string::npos);
  std::string needed_at = fmt::format("bakery/bakehouse.yaml:{}:18",
                                      std::count(text.begin(), text.begin() + input, '\n') + 1);
  CliResult result = bizmap_in(repository, {"diff", "--base", "HEAD~1", "bakery"});
  INFO(result.out << result.err);
  CHECK(result.exit_code == 1);
  CHECK(contains(result.out, "  ! handoff 'mix-and-shape-doughs' -> 'bake-off' (shaped-dough) "
                             "broken: nothing supplies 'shaped-dough' now, at " +
                                 needed_at + "\n"));
  CHECK(contains(result.out, "  + " + needed_at +
                                 ": error: process 'bake-off' needs "
                                 "'shaped-dough', but no process produces it"));
  CliResult unchanged = bizmap_in(repository, {"diff", "--base", "HEAD", "bakery"});
  CHECK(unchanged.exit_code == 0);
  CHECK(contains(unchanged.out, "No changes to the business."));
}

namespace {

std::string work_by_role(const CliResult& result) {
  std::size_t start = result.out.find("work by role\n");
  if (start == std::string::npos) {
    return "";
  }
  return result.out.substr(start, result.out.find("\n\n", start) + 1 - start);
}

std::string with_replaced(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

} // namespace

// The figures, worked out in the fixture's comments (8-hour days, 5 days a
// week): the cook had cook-meal 10.0 h + wash-dishes 5.0 h + clear-tables
// 2.5 h = 17.5 h and keeps cook-meal, 10.0 h; the server had take-order,
// 150 runs × 2m = 5.0 h, and gains the 7.5 h of the two processes, 12.5 h;
// the owner keeps close-till, 2.5 h, and takes bookings on demand without a
// volume, which are not counted.
TEST_CASE("diff sums up each role's change of work, and a move reads as one line", "[diff]") {
  CliResult result = diff_fixture("work-moved", "text");
  INFO(result.out);
  CHECK(work_by_role(result) ==
        "work by role\n"
        "  > moved from 'cook' to 'server': 'clear-tables', 'wash-dishes', 7.5 h a week\n"
        "  ~ role 'owner' (Ana (Owner)): gained 'take-booking'; 2.5 -> 2.5 h a week (no change), "
        "at new/model.yaml:14:10\n"
        "      not counted: after, 'take-booking' has no volume\n"
        "  ~ role 'cook' (Ben (Cook)): lost 'clear-tables', 'wash-dishes'; 17.5 -> 10.0 h a week "
        "(-7.5), at new/model.yaml:15:10\n"
        "  ~ role 'server' (Cleo (Server)): gained 'clear-tables', 'wash-dishes'; 5.0 -> 12.5 h a "
        "week (+7.5), at new/model.yaml:16:10\n"
        "      not counted: before and after, 1 step has no duration\n");
  CliResult github = diff_fixture("work-moved", "github");
  CHECK(contains(github.out, "bizmap diff: work moved from 'cook' to 'server': 'clear-tables', "
                             "'wash-dishes', 7.5 h a week\n"));
}

TEST_CASE("diff's work by role follows renamed roles and leaves out automations' hours", "[diff]") {
  fs::path folder = fresh_folder("diff-work");
  std::string old_model = read_text(fixtures() / "work-moved" / "old" / "model.yaml");
  write_text(folder / "old" / "model.yaml", old_model);

  SECTION("a role renamed everywhere changes nobody's work") {
    std::string renamed = with_replaced(old_model, "{id: cook,", "{id: chef,");
    renamed = with_replaced(renamed, "owner: cook\n", "owner: chef\n");
    write_text(folder / "new" / "model.yaml", renamed);
    CliResult result = bizmap_in(folder, {"diff", "old/model.yaml", "new/model.yaml"});
    INFO(result.out);
    CHECK(contains(result.out, "renamed from 'cook'"));
    CHECK(work_by_role(result).empty());
  }

  SECTION("a step handed to a machine takes the cook's hours and adds none") {
    // The dishwasher washes: the cook still owns wash-dishes but no longer
    // does its 5 runs × 1h, so 17.5 - 5.0 = 12.5 h.
    std::string machine =
        with_replaced(old_model, "  - {id: server, name: Cleo (Server)}\n",
                      "  - {id: server, name: Cleo (Server)}\n"
                      "  - {id: dishwasher, name: Dishwasher, kind: automation}\n");
    machine = with_replaced(machine, "          - do: Wash the dishes\n            duration: 1h\n",
                            "          - do: Wash the dishes\n            by: dishwasher\n"
                            "            duration: 1h\n");
    write_text(folder / "new" / "model.yaml", machine);
    CliResult result = bizmap_in(folder, {"diff", "old/model.yaml", "new/model.yaml"});
    INFO(result.out);
    CHECK(work_by_role(result) ==
          "work by role\n"
          "  ~ role 'cook' (Ben (Cook)): 17.5 -> 12.5 h a week (-5.0), at new/model.yaml:15:10\n"
          "  ~ role 'dishwasher' (Dishwasher): gained 'wash-dishes'; none of the business's hours "
          "(an automation or an outside role), at new/model.yaml:17:10\n");
  }

  SECTION("without quantities on either side there is no work to sum up") {
    // take-order keeps no volume of its own: no process has runs a week.
    CHECK(work_by_role(diff_fixture("process-owner-changed", "text")).empty());
  }
}
