#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace bizmap::yaml {

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

private:
  std::string_view text_;
  std::vector<std::uint32_t> starts_; ///< files are smaller than 4 GiB (Limits)
};

/// Characters (code points) in UTF-8 text.
std::uint32_t count_characters(std::string_view utf8);

/// Byte offset of the first NUL byte or invalid UTF-8 sequence, or npos.
std::size_t find_invalid_utf8(std::string_view text);

} // namespace bizmap::yaml
