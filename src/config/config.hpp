#pragma once

#include "config/glob.hpp"
#include "config/health_weights.hpp"

#include <bizmap/rule_settings.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace bizmap {

/// The contents of a `.bizmap.yaml` file.
struct Config {
  std::filesystem::path folder; ///< where the file is: `exclude` patterns are relative to it
  RuleSettings rules;
  std::optional<Severity> fail_on;
  std::vector<Glob> exclude;
  std::optional<std::filesystem::path> baseline; ///< `baseline`, resolved against `folder`
  HealthWeights health_weights; ///< `health: weights:`; unnamed areas keep their default
  /// `report: language:`, one of report_languages; none: English, or `--language`.
  std::optional<std::string_view> report_language;

  /// Whether a model file found in a folder is excluded from the model.
  bool excludes(const std::string& file) const;
};

/// Reads a configuration file. Its mistakes (unknown keys, rules or options,
/// wrong types, bad globs, invalid YAML) throw one UsageError that names them
/// all, one a line, each with the file, line and column and the closest
/// valid choice.
Config read_config(const std::filesystem::path& path);
/// A configuration file's text read already (from a git revision), as read_config reads it.
Config read_config(const std::filesystem::path& path, const std::string& text);

/// The `.bizmap.yaml` in `folder` or the nearest folder above it.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& folder);

} // namespace bizmap
