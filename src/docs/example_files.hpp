#pragma once

#include <bizmap/check.hpp>
#include <bizmap/diagnostic.hpp>
#include <bizmap/load.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// One file of a documentation example.
struct ExampleFile {
  std::string name;
  std::string text;
};

/// Splits a rule's example into its files. A line "# file: NAME" starts the
/// file NAME; text before the first such line belongs to "model.yaml".
std::vector<ExampleFile> split_example(std::string_view example);

/// Writes the example's files into `folder`, creating it when missing.
/// Throws UsageError when a file cannot be written.
void write_example_files(std::string_view example, const std::filesystem::path& folder);

/// A model checked as `bizmap check` checks it.
struct CheckedExample {
  LoadResult loaded;
  std::vector<Diagnostic> findings;
};

/// Checks a file, or a folder as `bizmap check FOLDER` does with the
/// `.bizmap.yaml` the folder itself holds, if any: its rule settings,
/// `exclude` and `baseline`. Rule examples and fixtures use this, so that one
/// can show a configuration or a baseline at work. `overrides` win over the
/// configuration's, as `--rule` does.
CheckedExample check_example(const std::filesystem::path& path, const RuleSettings& overrides = {},
                             std::optional<Date> today = std::nullopt);

} // namespace bizmap
