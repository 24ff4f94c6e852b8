#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// Where each line of a text begins, to turn byte offsets into line and column.
class LineIndex {
public:
  explicit LineIndex(std::string_view text);

  /// 1-based line of a byte offset.
  std::uint32_t line_of(std::size_t offset) const;
  /// The text of a 1-based line, without its line break.
  std::string_view line(std::uint32_t line) const;
  /// 1-based column, in characters, of a byte offset.
  std::uint32_t column_of(std::size_t offset) const;
  /// Lines in the text (one more than its line breaks).
  std::uint32_t lines() const { return static_cast<std::uint32_t>(starts_.size()); }
  /// Byte offset where a 1-based line begins.
  std::size_t start_of(std::uint32_t line) const { return starts_[line - 1]; }
  std::string_view text() const { return text_; }

private:
  std::string_view text_;
  std::vector<std::uint32_t> starts_; ///< files are smaller than 4 GiB (Limits)
};

/// Line and column of offsets met in mostly increasing order, as a parser
/// meets the nodes of a file: each costs the characters between it and the
/// offset before, not those since the start of its line, so that the nodes of
/// a 1 MB line of a flow list are placed in linear time.
class Cursor {
public:
  explicit Cursor(const LineIndex& lines) : lines_(lines) {}

  struct LineColumn {
    std::uint32_t line;
    std::uint32_t column;
  };
  /// 1-based line and column, in characters, of a byte offset.
  LineColumn at(std::size_t offset);

private:
  void move_to_line_of(std::size_t offset);

  const LineIndex& lines_;
  std::size_t offset_ = 0;
  std::uint32_t line_ = 1;
  std::uint32_t column_ = 1;
  std::size_t line_start_ = 0;
  std::size_t next_line_start_ = 0; ///< 0: no line yet
};

/// Characters (code points) in UTF-8 text.
std::uint32_t count_characters(std::string_view utf8);

/// Byte offset of the first NUL byte or invalid UTF-8 sequence, or npos.
std::size_t find_invalid_utf8(std::string_view text);

/// The text with every byte that is not part of a valid UTF-8 sequence
/// replaced by U+FFFD, so that what comes out is UTF-8 whatever went in.
std::string valid_utf8(std::string_view text);

} // namespace bizmap
