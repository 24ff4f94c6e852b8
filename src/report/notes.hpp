#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace bizmap {

/// One line of Markdown from the model with the inline syntax a note needs
/// kept (`code`, *emphasis* and **strong** with asterisks, [links](https://...)
/// to web addresses) and everything else escaped, so it shows as written and
/// cannot turn into HTML, a table or a broken link. Bare web addresses become
/// autolinks (`<https://...>`).
std::string inline_markdown(std::string_view line);

/// The address of a link as a Markdown link destination: parentheses, spaces
/// and backslashes percent-encoded.
std::string link_destination(std::string_view url);

/// A link to a web address in Markdown: `[title](url)`, or `<url>` without a
/// title.
std::string web_link(std::string_view title, std::string_view url);

/// Notes written in Markdown as blocks that stay inside the list item they
/// are placed in: paragraphs, lists (checklists included), block quotes and
/// fenced code keep their meaning; headings become a line in bold, HTML,
/// tables and horizontal rules show as text, and an unclosed fence is closed.
/// Every line but blank ones is indented by `indent` spaces; the result
/// passes markdownlint (docs/report.md).
std::string contained_markdown(std::string_view notes, std::size_t indent);

} // namespace bizmap
