#pragma once

#include "text/text.hpp"

#include <bizmap/diagnostic.hpp>
#include <cstdint>
#include <string>
#include <string_view>

namespace bizmap::lsp {

/// What the `character` of a protocol position counts (LSP 3.17
/// positionEncoding): UTF-16 code units unless the client offers another.
enum class PositionEncoding : std::uint8_t { utf8, utf16, utf32 };

/// A protocol position: 0-based line, and character in the encoding's units.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t character = 0;

  friend bool operator==(const Position&, const Position&) = default;
};

struct Range {
  Position start;
  Position end;
};

/// Converts between byte offsets, bizmap's 1-based line and character
/// columns, and protocol positions in one text. Out-of-range positions are
/// clamped to the text: a client's stale position never reads past it.
class PositionMap {
public:
  PositionMap(std::string_view text, PositionEncoding encoding)
      : lines_(text), encoding_(encoding) {}

  /// Byte offset of a position.
  std::size_t offset_of(Position position) const;
  /// The range a finding or id underlines.
  Range range_of(const Location& at) const;
  /// The protocol position of a 1-based line and character column.
  Position position_of(std::uint32_t line, std::uint32_t column) const;
  /// The 1-based line and character column of a position, clamped.
  std::pair<std::uint32_t, std::uint32_t> column_of(Position position) const;
  /// The text of a 0-based line, without its break.
  std::string_view line(std::uint32_t line) const;
  std::uint32_t lines() const { return lines_.lines(); }

private:
  LineIndex lines_;
  PositionEncoding encoding_;
};

/// The units a code point takes in an encoding.
std::uint32_t units_of(char32_t code_point, PositionEncoding encoding);

/// A file: URI for a path, and the path of a file: URI (empty when the URI
/// is not a file: URI).
std::string uri_of(std::string_view path);
std::string path_of(std::string_view uri);

} // namespace bizmap::lsp
