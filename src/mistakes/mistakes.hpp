#pragma once

#include "mistakes/repair.hpp"
#include "text/text.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap::yaml {

/// Where and how the YAML parser gave up on a file.
struct ParseError {
  enum class Kind : std::uint8_t {
    parser,         ///< yaml-cpp threw
    unclosed_quote, ///< a quoted scalar runs to the end of the file
    second_document ///< the first document was read, and another follows
  };
  Kind kind = Kind::parser;
  std::size_t offset = 0;    ///< where the parser stopped, or the second document starts
  std::size_t last_good = 0; ///< offset of the last node read before that
  std::string parser_message;
  /// Where the innermost '[' or '{' still open at the error was written.
  std::optional<std::size_t> open_flow;
};

/// A way to make a broken file readable.
struct Repair {
  std::vector<Edit> edits;
  std::string advice; ///< added to the message when this repair is the one that reads
  /// Rejected when the file then reads with a repeated key: two documents
  /// joined into one.
  bool keys_stay_unique = false;
};

/// What is wrong, in plain words, at the place that is wrong.
struct Diagnosis {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  std::uint32_t length = 1;
  std::string message;         ///< what is wrong and what to do
  std::vector<Repair> repairs; ///< the likeliest first
  /// The message instead, when no repair makes the file read.
  std::string unrepaired_message;
};

/// Looks at the text around a parse error (indentation, tabs, quotes,
/// brackets, colons, document markers) and says what the mistake most likely
/// is, most specific first. The last diagnosis translates the parser's own
/// message, so the list is never empty.
std::vector<Diagnosis> diagnose(const LineIndex& lines, const ParseError& error);

} // namespace bizmap::yaml
