#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

struct cmark_node;

namespace bizmap {

/// A step's notes read once as GitHub Flavored Markdown with cmark-gfm
/// (tables, task lists, autolinks and strikethrough), kept to what is safe in
/// a page: raw HTML is dropped, a link or image leads only to a web address
/// (`https://`, `http://`, `mailto:`, `tel:`; otherwise its text stays and
/// the link goes), headings become a line in bold. Notes past the limits of
/// docs/limits.md are not read as Markdown: they show as written, in a code
/// block under one sentence that says why.
class StepNotes {
public:
  explicit StepNotes(std::string_view notes);

  /// Markdown blocks that stay inside the list item they are placed in:
  /// every line but blank ones indented by `indent` spaces. The result passes
  /// markdownlint (docs/report.md).
  std::string markdown(std::size_t indent) const;

  /// The same notes as HTML, for a page that shows them in a browser.
  std::string html() const;

  /// Why the notes are shown as written rather than read as Markdown, or
  /// empty when they were read.
  const std::string& shown_as_written_because() const { return shown_as_written_because_; }

private:
  struct FreeNode {
    void operator()(cmark_node* node) const;
  };
  std::unique_ptr<cmark_node, FreeNode> document_;
  std::string shown_as_written_because_;
};

/// The address of a link as a Markdown link destination: parentheses, spaces
/// and backslashes percent-encoded.
std::string link_destination(std::string_view url);

/// A link to a web address in Markdown: `[title](url)`, or `<url>` without a
/// title or with one that says nothing about where it leads ("here").
std::string web_link(std::string_view title, std::string_view url);

} // namespace bizmap
