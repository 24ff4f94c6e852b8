#pragma once

#include "config/config.hpp"
#include "model/review.hpp"

#include <bizmap/check.hpp>
#include <bizmap/load.hpp>
#include <filesystem>
#include <functional>
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

/// The configuration of a run and the file it was read from, if any.
struct Configuration {
  Config config;
  std::optional<std::filesystem::path> file;
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

/// The configuration open_workspace uses for `options` (said in `log` with
/// `options.verbose`): `diff` finds one for the paths of both its models.
Configuration find_configuration(const ModelOptions& options, std::ostream& log);

/// Reads the file at a path, or gives none when there is none there: where
/// a configuration is looked up (a git revision's files).
using FileReader = std::function<std::optional<std::string>(const std::filesystem::path&)>;

/// The configuration for `options` found as find_configuration finds it on
/// disk, with the files `files` reads (a configuration named by --config
/// is read from disk).
Configuration find_configuration(const ModelOptions& options, const FileReader& files);

/// How -v names the configuration found for `options`: "configuration:
/// FILE", or where none was found.
std::string configuration_words(const ModelOptions& options, const Configuration& configuration);

/// open_workspace with the configuration found already.
Workspace open_workspace(const ModelOptions& options, Configuration configuration, std::istream& in,
                         std::ostream& log);

/// A model held in memory (the files of a git revision), opened with a
/// configuration found already and the date of `options`. It has no inputs
/// on disk.
Workspace open_texts(std::vector<SourceText> files, Configuration configuration,
                     const ModelOptions& options);

/// The findings of the model as `check` prints them: every rule, the
/// configuration's severities, suppressions, sorted.
std::vector<Diagnostic> check_workspace(const Workspace& workspace);

} // namespace bizmap
