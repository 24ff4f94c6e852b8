#pragma once

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// One row of a command's table of formats (check, diff, graph, trace,
/// rules): the table is the one list `--format` takes its choices from, its
/// first row the default, and adding a format is its writer and one row.
template <typename Writer> struct Format {
  std::string_view name;                      ///< the `--format` value
  std::string_view title;                     ///< what people call it
  std::array<std::string_view, 2> extensions; ///< `-o` file names that choose it; empty if none
  Writer write;
};

/// The row called `name`, or nullptr.
template <typename Writer>
const Format<Writer>* find_format(std::span<const Format<Writer>> formats, std::string_view name) {
  auto found = std::ranges::find(formats, name, &Format<Writer>::name);
  return found == formats.end() ? nullptr : &*found;
}

/// The row an output file's extension (".dot") chooses, or nullptr.
template <typename Writer>
const Format<Writer>* format_for_extension(std::span<const Format<Writer>> formats,
                                           std::string_view extension) {
  auto found = std::ranges::find_if(formats, [&](const Format<Writer>& format) {
    return !extension.empty() &&
           std::ranges::find(format.extensions, extension) != format.extensions.end();
  });
  return found == formats.end() ? nullptr : &*found;
}

/// The names of the rows, in the table's order, for `--format`'s choices.
template <typename Writer>
std::vector<std::string> format_names(std::span<const Format<Writer>> formats) {
  std::vector<std::string> names;
  for (const Format<Writer>& format : formats) {
    names.emplace_back(format.name);
  }
  return names;
}

} // namespace bizmap
