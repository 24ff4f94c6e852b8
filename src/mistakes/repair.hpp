#pragma once

#include "text/text.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bizmap::yaml {

/// A change to one line of a text, counted in characters: what a diagnosis
/// proposes to make a broken file readable. Edits never add or remove line
/// breaks, so every line keeps its number.
struct Edit {
  std::uint32_t line;
  std::uint32_t column; ///< 1-based, in characters
  std::uint32_t remove; ///< characters removed from `column` on
  std::string insert;   ///< no line breaks
};

/// The text with the edits made. Edits on one line must not overlap; they
/// are made from the right, so each edit's column is that of the text given.
std::string apply_edits(const LineIndex& lines, std::span<const Edit> edits);

/// The same line, its characters replaced by spaces: the line is left unread.
Edit blank_line(const LineIndex& lines, std::uint32_t line);

/// Where a column of an edited text was in the text before the edits, so that
/// findings point at what the user wrote.
class ColumnMap {
public:
  /// Records edits made together by apply_edits.
  void add(std::span<const Edit> edits);
  /// The column in the original text of `column` on `line`.
  std::uint32_t original(std::uint32_t line, std::uint32_t column) const;
  bool empty() const { return shifts_.empty(); }

private:
  struct Shift {
    std::uint32_t column;
    std::uint32_t removed;
    std::uint32_t inserted;
  };
  std::unordered_map<std::uint32_t, std::vector<Shift>> shifts_; ///< by line, in the order made
};

} // namespace bizmap::yaml
