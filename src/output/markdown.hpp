#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace bizmap {

/// Text from the model made safe for one line of Markdown, in a paragraph, a
/// heading, a link text or a table cell: bytes that are not UTF-8 become
/// U+FFFD, whitespace runs (newlines included) become one space, and every character Markdown or
/// GitHub would read as syntax (emphasis, links, HTML, tables, code, math, autolinks, a list or
/// heading at the start) is escaped with a backslash so it shows as itself.
std::string escape_markdown(std::string_view text);

/// Text escaped as escape_markdown escapes it, without changing its
/// whitespace: `starts_line` says whether it stands at the start of a line,
/// where `-`, `+`, `=` and `1.` would start a block.
std::string escape_markdown_text(std::string_view text, bool starts_line);

/// The text as UTF-8 (bytes that are not become U+FFFD), with whitespace runs
/// turned into one space and the ends trimmed: what a reader sees of escaped
/// text.
std::string collapse_whitespace(std::string_view text);

/// The anchor GitHub gives a heading with this (rendered) text: lower case,
/// punctuation and symbols removed, each space a hyphen.
std::string github_slug(std::string_view heading);

/// Anchors of the headings of one Markdown file, numbered as GitHub numbers
/// repeats (`steps`, `steps-1`, `steps-2`).
class Slugger {
public:
  /// The anchor of the next heading with this text.
  std::string next(std::string_view heading);

private:
  std::unordered_map<std::string, int> occurrences_;
};

} // namespace bizmap
