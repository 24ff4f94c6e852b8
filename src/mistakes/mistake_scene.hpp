#pragma once

#include "mistakes/mistakes.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bizmap::yaml {

/// How one line of block YAML is laid out: `    - key: value  # comment`.
struct Layout {
  bool blank = true;           ///< empty, only spaces or only a comment
  std::size_t indent = 0;      ///< leading spaces, in bytes (spaces are one byte)
  bool dash = false;           ///< starts with "- "
  std::size_t content = 0;     ///< byte where the content starts, after the dash
  std::string_view key;        ///< `key` of "key:" or "key: value"; empty when none
  std::size_t value = 0;       ///< byte where the value starts; the line's end when none
  std::string_view value_text; ///< the value without a trailing comment
};

/// A broken file seen around the place where the parser stopped.
class Scene {
public:
  Scene(const LineIndex& lines, const ParseError& error);

  const ParseError& error() const { return error_; }
  std::uint32_t error_line() const { return error_line_; }
  std::uint32_t error_column() const { return error_column_; }
  /// Byte offset within the error line where the parser stopped.
  std::size_t error_byte() const { return error_byte_; }
  /// Line and byte within it of an offset into the text.
  std::pair<std::uint32_t, std::size_t> position(std::size_t offset) const;
  /// The line of the last node read before the error: the mistake is at or
  /// after it, and at or before the error.
  std::uint32_t first_line() const { return first_line_; }
  std::uint32_t lines() const { return lines_.lines(); }

  std::string_view text(std::uint32_t line) const { return lines_.line(line); }
  const Layout& layout(std::uint32_t line) const;
  /// 1-based column, in characters, of byte `offset` of `line`.
  std::uint32_t column(std::uint32_t line, std::size_t offset) const;
  /// The nearest line above (or below) that is not blank or a comment.
  std::optional<std::uint32_t> previous_content(std::uint32_t line) const;
  std::optional<std::uint32_t> next_content(std::uint32_t line) const;
  /// Inside the text of a `|` or `>` block: anything goes there.
  bool in_block_text(std::uint32_t line) const;
  /// The lines to look at, from the error up to the last good node.
  std::vector<std::uint32_t> suspects() const;

  /// A map key or list dash that is open at `line`: a column its lines may
  /// line up with.
  struct Level {
    std::uint32_t line;
    std::size_t column; ///< byte offset of the key (or the dash) in its line
    bool dash;
  };
  /// The levels open above `line`, innermost first.
  std::vector<Level> open_levels(std::uint32_t line) const;

  /// "line 7", or "line 7 ('id')" when the line has a key.
  std::string describe(const Level& level) const;

private:
  const LineIndex& lines_;
  ParseError error_;
  std::uint32_t error_line_;
  std::uint32_t error_column_;
  std::size_t error_byte_;
  std::uint32_t first_line_;
  mutable std::unordered_map<std::uint32_t, Layout> layouts_; ///< of the lines looked at
};

/// Finds a diagnosis of one kind of mistake, or nothing.
using Detector = std::optional<Diagnosis> (*)(const Scene&);

// The detectors, one family per file of this folder.
std::optional<Diagnosis> invisible_space(const Scene& scene);
std::optional<Diagnosis> tab_in_indentation(const Scene& scene);
std::optional<Diagnosis> curly_quotes(const Scene& scene);
std::optional<Diagnosis> unclosed_quote(const Scene& scene);
std::optional<Diagnosis> quote_read_on(const Scene& scene);
std::optional<Diagnosis> apostrophe_in_single_quotes(const Scene& scene);
std::optional<Diagnosis> backslash_in_double_quotes(const Scene& scene);
std::optional<Diagnosis> slash_comment(const Scene& scene);
std::optional<Diagnosis> missing_comma(const Scene& scene);
std::optional<Diagnosis> unclosed_bracket(const Scene& scene);
std::optional<Diagnosis> text_after_bracket(const Scene& scene);
std::optional<Diagnosis> special_first_character(const Scene& scene);
std::optional<Diagnosis> no_space_after_colon(const Scene& scene);
std::optional<Diagnosis> trailing_comma(const Scene& scene);
std::optional<Diagnosis> colon_in_value(const Scene& scene);
std::optional<Diagnosis> missing_colon(const Scene& scene);
std::optional<Diagnosis> document_marker(const Scene& scene);
std::optional<Diagnosis> indented_first_line(const Scene& scene);
std::optional<Diagnosis> repeated_format_line(const Scene& scene);
std::optional<Diagnosis> dash_without_space(const Scene& scene);
std::optional<Diagnosis> value_on_next_line(const Scene& scene);
std::optional<Diagnosis> item_without_dash(const Scene& scene);
std::optional<Diagnosis> indented_too_far(const Scene& scene);
std::optional<Diagnosis> indented_too_little(const Scene& scene);
Diagnosis parser_words(const Scene& scene);

// Shared by the detectors.
/// An edit that gives `line` exactly `spaces` spaces of indentation before
/// its content (its dash or key).
Edit set_indentation(const Scene& scene, std::uint32_t line, std::size_t spaces);
/// The line's characters replaced by spaces: it is left unread.
Edit blank_line_of(const Scene& scene, std::uint32_t line);
/// Indentations `line` may have been meant to have, each with advice that
/// names what it lines up with: one level below the key just above it (when
/// that key has no value), then the keys (and, for a list item, the dashes)
/// above it, innermost first, or nearest to `near` first when given.
std::vector<Repair> indentation_repairs(const Scene& scene, std::uint32_t line,
                                        std::optional<std::size_t> near);
/// The value of a line put in double quotes (or single ones when it holds
/// a double quote), from `begin` (a byte of the line) to its end.
std::vector<Edit> quote_value(const Scene& scene, std::uint32_t line, std::size_t begin);
/// 'text', shortened to a few words for a message.
std::string quoted(std::string_view text);

} // namespace bizmap::yaml
