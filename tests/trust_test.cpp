// What a new user once hit: an output that deleted a folder or replaced a
// model file, a file skipped without a word, a configuration that only
// `check` read, a quadratic map. Each case runs in a throwaway folder of its
// own and checks every byte on disk before and after, so that it fails, and
// harms nothing, on a bizmap that still did those things.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <ctime>
#include <fmt/format.h>
#include <map>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// Every entry below `folder`, hidden ones included, links not followed: its
// kind, permission bits and text (files) or target (links). Two snapshots
// are equal only if not one byte, name or mode changed.
std::map<std::string, std::string> tree(const fs::path& folder) {
  std::map<std::string, std::string> entries;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    fs::file_status status = entry.symlink_status();
    std::string what = fs::is_symlink(status)     ? "link to " + fs::read_symlink(entry).string()
                       : fs::is_directory(status) ? std::string("folder")
                                                  : "file " + read_text(entry.path());
    entries[entry.path().lexically_relative(folder).generic_string()] =
        fmt::format("{:o} {}", static_cast<unsigned>(status.permissions()), what);
  }
  return entries;
}

// Runs bizmap with `folder` as the current folder, which must be a
// throwaway folder under the temporary folder: the old behaviour replaced
// `-o .` wholesale.
CliResult bizmap_in_scratch(const fs::path& folder, const std::vector<std::string>& args) {
  fs::path temporary = fs::temp_directory_path() / "bizmap-tests-";
  REQUIRE(fs::absolute(folder).lexically_normal().string().starts_with(temporary.string()));
  return bizmap_in(folder, args);
}

constexpr std::string_view lenient_config = "rules:\n  isolated-process: off\nfail_on: error\n";

// A case folder: work/ (the current folder) holds model/ with the broken
// sales model, a note, a hidden file and a configuration, and `link`, a
// symbolic link to model/. The case folder holds work/ and a file of its own.
fs::path case_folder(const std::string& name) {
  fs::path folder = fresh_folder(name);
  fs::path model = folder / "work" / "model";
  write_text(model / "business.yaml", broken_sales_model);
  write_text(model / "notes.txt", "the owner's notes\n");
  write_text(model / ".hidden", "hidden\n");
  write_text(model / ".bizmap.yaml", lenient_config);
  write_text(folder / "keep.txt", "beside the work folder\n");
  fs::create_directory_symlink("model", folder / "work" / "link");
  return folder;
}

struct Target {
  std::string name;
  std::string path; ///< as given to -o, relative to work/
  std::string conflict;
};

const std::vector<Target>& output_targets() {
  static const std::vector<Target> targets{
      {"the current folder", ".", "the current folder"},
      {"the folder above", "..", "a folder that holds the current folder"},
      {"the model folder", "model", "the model folder"},
      {"a model file", "model/business.yaml", "a file of the model"},
      {"the configuration file", "model/.bizmap.yaml", "the configuration file"},
      {"a link to the model folder", "link", "the model folder 'model'"},
  };
  return targets;
}

} // namespace

TEST_CASE("no -o target that holds what bizmap did not write changes a byte", "[trust]") {
  std::size_t index = 0;
  for (const Target& target : output_targets()) {
    for (std::string_view command : {"report", "check", "graph"}) {
      for (bool force : {false, true}) {
        if (force && command != "report") {
          continue; // only report has --force
        }
        std::string name = fmt::format("trust-target-{}", index++);
        fs::path folder = case_folder(name);
        std::vector<std::string> args{std::string(command), "model", "-o", target.path};
        if (command == "graph") {
          args.insert(args.end(), {"--format", "mermaid"});
        }
        if (force) {
          args.emplace_back("--force");
        }
        DYNAMIC_SECTION(fmt::format("{} -o {} ({}){}", command, target.path, target.name,
                                    force ? " --force" : "")) {
          std::map<std::string, std::string> before = tree(folder);
          CliResult result = bizmap_in_scratch(folder / "work", args);
          CHECK(result.exit_code == 2);
          CHECK(result.out.empty());
          CHECK(result.err == fmt::format("bizmap: error: -o '{}' is {}, and bizmap never writes "
                                          "over what it did not write; choose another output\n",
                                          target.path, target.conflict));
          CHECK(tree(folder) == before);
        }
      }
    }
  }
}

TEST_CASE("report -o . --force in a folder leaves the folder as it was", "[trust]") {
  fs::path folder = case_folder("trust-report-here");
  fs::path work = folder / "work" / "model";
  std::map<std::string, std::string> before = tree(folder);
  CliResult result = bizmap_in_scratch(work, {"report", ".", "-o", ".", "--force"});
  CHECK(result.exit_code == 2);
  CHECK(tree(folder) == before);
  CHECK(read_text(work / ".hidden") == "hidden\n");
}

TEST_CASE("report mcopy -o mcopy, with the --force it once advised, deletes nothing", "[trust]") {
  fs::path folder = case_folder("trust-report-into-model");
  std::map<std::string, std::string> before = tree(folder);
  CliResult refused = bizmap_in_scratch(folder / "work", {"report", "model", "-o", "model"});
  CHECK(refused.exit_code == 2);
  CHECK_FALSE(contains(refused.err, "--force"));
  CliResult forced =
      bizmap_in_scratch(folder / "work", {"report", "model", "-o", "model", "--force"});
  CHECK(forced.exit_code == 2);
  CHECK(tree(folder) == before);
}

TEST_CASE("a report re-run into its own output keeps the files a person added", "[trust]") {
  fs::path folder = case_folder("trust-report-rerun");
  REQUIRE(bizmap_in_scratch(folder / "work", {"report", "model", "-o", "report"}).exit_code == 0);
  write_text(folder / "work" / "report" / "my-notes.md", "# My notes\n");
  write_text(folder / "work" / "report" / "processes" / "my-process-notes.md", "mine\n");
  std::string readme = read_text(folder / "work" / "report" / "README.md");
  REQUIRE(bizmap_in_scratch(folder / "work", {"report", "model", "-o", "report"}).exit_code == 0);
  CHECK(read_text(folder / "work" / "report" / "my-notes.md") == "# My notes\n");
  CHECK(read_text(folder / "work" / "report" / "processes" / "my-process-notes.md") == "mine\n");
  CHECK(read_text(folder / "work" / "report" / "README.md") == readme);
}

TEST_CASE("check -o and graph -o never replace the model file they read", "[trust]") {
  fs::path folder = case_folder("trust-output-over-model");
  std::map<std::string, std::string> before = tree(folder);
  CliResult check = bizmap_in_scratch(folder / "work" / "model",
                                      {"check", "--format", "json", "-o", "business.yaml", "."});
  CHECK(check.exit_code == 2);
  CliResult graph = bizmap_in_scratch(folder / "work" / "model",
                                      {"graph", "--format", "dot", "-o", "business.yaml", "."});
  CHECK(graph.exit_code == 2);
  CHECK(tree(folder) == before);
}

namespace {

// The text in UTF-16 (little or big endian) with a byte-order mark, as
// Windows Notepad saves "Unicode"; the text is ASCII.
std::string utf16_with_mark(std::string_view text, bool big_endian) {
  std::string bytes = big_endian ? std::string("\xFE\xFF") : std::string("\xFF\xFE");
  for (char c : text) {
    bytes += big_endian ? std::string{'\0', c} : std::string{c, '\0'};
  }
  return bytes;
}

// A model in two files: the second hands the first its input.
constexpr std::string_view first_file = R"(bizmap: 1
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - id: qualify-lead
        owner: founder
        trigger: An inquiry arrives
        inputs: [lead]
        outputs: [client-brief]
        steps: [Read the inquiry]
)";
constexpr std::string_view second_file = R"(bizmap: 1
external:
  inputs: [inquiry]
  outputs: [welcome-pack]
systems:
  - id: marketing
    goal: Bring leads
    manager: founder
    processes:
      - id: find-lead
        owner: founder
        inputs: [inquiry]
        outputs: [lead]
        steps: [Answer the inquiry]
      - id: onboard-client
        owner: founder
        inputs: [client-brief]
        outputs: [welcome-pack]
        steps: [Send the welcome pack]
)";

} // namespace

TEST_CASE("a UTF-16 file in a folder is read, not skipped", "[trust]") {
  bool big_endian = GENERATE(false, true);
  CAPTURE(big_endian);
  fs::path folder = fresh_folder(fmt::format("trust-utf16-{}", big_endian));
  write_text(folder / "sales.yaml", first_file);
  write_text(folder / "marketing.yaml", utf16_with_mark(second_file, big_endian));
  CliResult result = bizmap_cli({"check", folder.string()});
  CHECK(result.out == "0 errors, 0 warnings, 0 infos in 2 files\n");
  CHECK(result.exit_code == 0);
}

TEST_CASE("report and graph read .bizmap.yaml as check does", "[trust]") {
  fs::path folder = case_folder("trust-config-everywhere");
  fs::path work = folder / "work";
  // isolated-process: off leaves the unproduced input and the unconsumed output.
  CliResult check = bizmap_in_scratch(work, {"check", "model"});
  CHECK_FALSE(contains(check.out, "isolated-process"));
  REQUIRE(bizmap_in_scratch(work, {"report", "model", "-o", "report"}).exit_code == 0);
  std::string readme = read_text(work / "report" / "README.md");
  CHECK(contains(readme, "| unproduced-input |"));
  CHECK_FALSE(contains(readme, "isolated-process"));
  SECTION("exclude applies to graph and report") {
    write_text(work / "model" / ".bizmap.yaml", "exclude: [drafts/**]\n");
    write_text(work / "model" / "drafts" / "draft.yaml",
               "bizmap: 1\nsystems:\n  - id: draft-system\n    goal: Not yet\n");
    CliResult graph = bizmap_in_scratch(work, {"graph", "model"});
    CHECK(graph.exit_code == 0);
    CHECK_FALSE(contains(graph.out, "draft-system"));
    CHECK(contains(graph.out, "qualify-lead"));
    REQUIRE(bizmap_in_scratch(work, {"report", "model", "-o", "report-2"}).exit_code == 0);
    CHECK_FALSE(fs::exists(work / "report-2" / "systems" / "draft-system.md"));
  }
}

TEST_CASE("bizmap check DIR reads DIR/.bizmap.yaml, as bizmap init suggests", "[trust]") {
  fs::path folder = fresh_folder("trust-init-then-check");
  REQUIRE(bizmap_in_scratch(folder, {"init", "clinic"}).exit_code == 0);
  // A process without steps: a warning, which the starter's fail_on: warning fails on.
  std::string model = read_text(folder / "clinic" / "business.yaml");
  model += "  - id: front-desk\n    goal: Greet patients\n    manager: photographer\n"
           "    processes:\n      - id: greet\n        owner: photographer\n"
           "        trigger: A patient arrives\n";
  write_text(folder / "clinic" / "business.yaml", model);
  CliResult result = bizmap_in_scratch(folder, {"check", "clinic"});
  CHECK(contains(result.out, "[process-without-steps]"));
  CHECK(result.exit_code == 1);
}

namespace {

// The processor time this process has used, in seconds: unlike the wall
// clock, it does not grow when other programs share the machine.
double processor_seconds() {
  timespec now{};
  ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Processor seconds to check one map with `keys` unknown keys.
double seconds_for_unknown_keys(std::size_t keys) {
  std::string text = "bizmap: 1\nbusiness:\n  name: Keys\n";
  for (std::size_t i = 0; i < keys; ++i) {
    text += fmt::format("  key-{}: value\n", i);
  }
  double start = processor_seconds();
  Checked checked = check_text(text);
  double took = processor_seconds() - start;
  REQUIRE(checked.findings.size() == keys);
  return took;
}

} // namespace

TEST_CASE("unknown keys in one map cost linear time", "[trust]") {
  // Time per key with 80,000 keys against 10,000: about 1 when linear, 8
  // when every key costs a scan of the map.
  double small = seconds_for_unknown_keys(10000) / 10000;
  double large = seconds_for_unknown_keys(80000) / 80000;
  INFO("per key: " << small * 1e6 << " us at 10k, " << large * 1e6 << " us at 80k");
  CHECK(large < 3 * small);
}
