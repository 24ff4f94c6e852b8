#include "docs/example_files.hpp"

#include "baseline/check_baseline.hpp"
#include "config/config.hpp"
#include "util/atomic_file.hpp"

#include <bizmap/check.hpp>
#include <bizmap/load.hpp>
#include <fmt/format.h>

namespace bizmap {
namespace {

constexpr std::string_view file_marker = "# file: ";

// The next line of `text` from `at`, without its line break; moves `at` past it.
std::string_view next_line(std::string_view text, std::size_t& at) {
  std::size_t end = text.find('\n', at);
  std::string_view line = text.substr(at, end == std::string_view::npos ? end : end - at);
  at = end == std::string_view::npos ? text.size() : end + 1;
  return line;
}

} // namespace

std::vector<ExampleFile> split_example(std::string_view example) {
  std::vector<ExampleFile> files{{"model.yaml", ""}};
  for (std::size_t at = 0; at < example.size();) {
    std::string_view line = next_line(example, at);
    if (line.starts_with(file_marker)) {
      if (files.back().text.empty()) {
        files.pop_back();
      }
      files.push_back({std::string(line.substr(file_marker.size())), ""});
    } else {
      files.back().text.append(line).append("\n");
    }
  }
  return files;
}

void write_example_files(std::string_view example, const std::filesystem::path& folder) {
  for (const ExampleFile& file : split_example(example)) {
    std::filesystem::path path = folder / file.name;
    std::error_code error;
    std::filesystem::create_directories(path.parent_path(), error);
    if (error) {
      throw UsageError(
          fmt::format("cannot create '{}': {}", path.parent_path().string(), error.message()));
    }
    write_file_atomically(path.string(), file.text);
  }
}

CheckedExample check_example(const std::filesystem::path& path, const RuleSettings& overrides,
                             std::optional<Date> today) {
  std::filesystem::path settings = path / ".bizmap.yaml";
  std::error_code error;
  Config config = std::filesystem::is_directory(path, error) &&
                          std::filesystem::is_regular_file(settings, error)
                      ? read_config(settings)
                      : Config{};
  for (const auto& [rule, setting] : overrides) {
    config.rules[rule] = setting;
  }
  std::vector<std::string> paths{path.string()};
  CheckedExample checked{
      load_model(paths, [&](const std::string& file) { return config.excludes(file); }), {}};
  checked.findings =
      check_model(checked.loaded.model, std::move(checked.loaded.findings), {config.rules, today});
  apply_baseline_options({}, config, paths, checked.loaded.model, checked.findings);
  return checked;
}

} // namespace bizmap
