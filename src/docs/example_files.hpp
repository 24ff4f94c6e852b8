#pragma once

#include <filesystem>
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

} // namespace bizmap
