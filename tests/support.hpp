#pragma once

#include <bizmap/check.hpp>
#include <bizmap/load.hpp>
#include <bizmap/run.hpp>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap::testing {

namespace fs = std::filesystem;

/// The repository's root folder.
fs::path source_dir();

/// A fresh, empty folder `name` of the running test case: below a folder of
/// the test case's own, in a folder made with mkdtemp for this run of the
/// tests and removed when it ends. Asking again for the same name in the same
/// test case empties the folder.
fs::path fresh_folder(std::string_view name);

std::string read_text(const fs::path& path);
/// The lines of a text, without their line ends.
std::vector<std::string> lines_of(const std::string& text);
void write_text(const fs::path& path, std::string_view text);

/// The date every test checks as of, so that no test depends on the clock:
/// also the date the rule pages' examples are checked as of.
inline constexpr Date test_today{2026, 6, 1};
/// The same date for the command line's --today.
inline constexpr std::string_view test_today_option = "2026-06-01";

/// Loads and checks a file or folder, as `bizmap check PATH --today
/// 2026-06-01` does; a folder's own `.bizmap.yaml` (rules, exclude,
/// baseline) is honoured.
struct Checked {
  LoadResult loaded;
  std::vector<Diagnostic> findings;
};
Checked check_path(const fs::path& path, const RuleSettings& settings = {});

/// Loads and checks YAML text as one file named `name`.
Checked check_text(std::string_view text, std::string name = "model.yaml");

/// The findings, one a line, as the text format's first lines, with file
/// paths relative to `base`.
std::string finding_lines(const Checked& checked, const fs::path& base);

/// The rule ids of the findings, in order.
std::vector<std::string> rules_of(const Checked& checked);

/// Compares `actual` with a golden file; with BIZMAP_UPDATE_GOLDEN=1 set,
/// rewrites the golden file instead (review the diff before committing).
void compare_with_golden(const std::string& actual, const fs::path& golden);

/// A model with one error (process 'onboard-client' needs 'client-brief', at
/// 14:18, which suggests the output 'client-brief-draft') and three warnings
/// (an isolated process, an unconsumed output, a process without steps).
inline constexpr std::string_view broken_sales_model = R"(bizmap: 1
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - id: qualify-lead
        owner: founder
        trigger: An inquiry arrives
        outputs: [client-brief-draft]
        steps: [Read the inquiry]
      - id: onboard-client
        owner: founder
        inputs: [client-brief]
        steps: [Send the welcome pack]
      - id: archive-draft
        owner: founder
        inputs: [client-brief-draft]
        outputs: [archived-brief]
)";

/// What an in-process run of the command line printed and returned.
struct CliResult {
  int exit_code;
  std::string out;
  std::string err;
};

/// Runs `bizmap ARGS...` in-process through bizmap::run.
CliResult bizmap_cli(const std::vector<std::string>& args, const Terminal& terminal = {});

/// bizmap_cli run in `folder`, so that relative paths and a .bizmap.yaml are
/// found there as a user's would be; the current folder is restored after,
/// even when the run throws.
CliResult bizmap_in(const fs::path& folder, const std::vector<std::string>& args);

bool contains(const std::string& text, std::string_view part);

/// The path of a bundled example business.
std::string example(std::string_view name);

/// Splits an example with "# file: NAME" lines into files in `folder`.
void write_example(std::string_view example, const fs::path& folder);

} // namespace bizmap::testing
