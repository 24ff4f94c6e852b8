#pragma once

#include "config/config.hpp"
#include "model/review.hpp"

#include <bizmap/check.hpp>
#include <bizmap/load.hpp>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// A day of the calendar; `parse_date` reads one, `local_today` is today's.
using CalendarDate = Date;

/// What every command that reads a model is told on its command line.
struct ModelOptions {
  std::vector<std::string> paths{"."};
  std::string config;                ///< --config FILE; empty: looked up
  std::string stdin_filename;        ///< --stdin-filename NAME: the name of the model read from `-`
  std::optional<CalendarDate> today; ///< --today; empty: the local date
  bool verbose = false;              ///< -v: say which configuration and which files were skipped
};

/// A model opened the one way every command opens it.
struct Workspace {
  LoadResult loaded;
  Config config;
  std::optional<std::filesystem::path> config_file; ///< the file `config` was read from
  CalendarDate today;                               ///< the date rules compare with
  /// Every file the run read or found (models, skipped files, the
  /// configuration) and every path named: what an output may not replace.
  std::vector<std::filesystem::path> inputs;
};

/// Opens the model in `options.paths`: the configuration from --config, or
/// the nearest `.bizmap.yaml` at or above the folder that holds the model
/// (the common folder of the paths), or else at or above the current folder;
/// its `exclude` applied to the files found in folders. `-` as the only path
/// reads one file from `in`, named `options.stdin_filename` (the name also
/// places it for the configuration lookup). With `options.verbose`, `log`
/// says which configuration was used and lists every file skipped.
/// Throws UsageError for a bad call, a bad configuration or no model.
Workspace open_workspace(const ModelOptions& options, std::istream& in, std::ostream& log);

/// The findings of the model as `check` prints them: every rule, the
/// configuration's severities, suppressions, sorted.
std::vector<Diagnostic> check_workspace(const Workspace& workspace);

} // namespace bizmap
