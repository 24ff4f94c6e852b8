#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace bizmap {

/// Edit distance between two words: insertions, deletions, substitutions and
/// swaps of two adjacent letters each count one.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// Finds, among known names, the one a misspelt name was most likely meant to
/// be: a close edit distance, or the same name with a kebab-case part added
/// or missing ('client-brief' for 'client-brief-draft').
class Suggester {
public:
  explicit Suggester(std::vector<std::string_view> candidates);

  std::optional<std::string_view> closest(std::string_view word) const;

private:
  std::vector<std::string_view> candidates_;
};

/// One-off form of Suggester::closest.
std::optional<std::string_view> closest(std::string_view word,
                                        std::span<const std::string_view> candidates);

} // namespace bizmap
