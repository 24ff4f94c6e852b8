#pragma once
// What the files of a step's notes share: the tree cmark-gfm reads them
// into, made safe (notes_safety.cpp) and written as Markdown
// (notes_markdown.cpp).

#include <cmark-gfm.h>
#include <cstddef>
#include <string>
#include <string_view>

namespace bizmap::notes {

/// The node's kind as cmark-gfm names it: "paragraph", "list", and for the
/// kinds its extensions add, "table", "table_row", "table_cell",
/// "strikethrough" and "tasklist" (a checklist item).
inline std::string_view kind(cmark_node* node) {
  return cmark_node_get_type_string(node);
}

/// The literal text of a text, code or code block node.
inline std::string_view literal(cmark_node* node) {
  const char* text = cmark_node_get_literal(node);
  return text == nullptr ? std::string_view() : std::string_view(text);
}

/// A new text node.
cmark_node* text_node(std::string_view text);

/// Drops raw HTML and links to anything but a web address, and turns what
/// would break a page or markdownlint into what a reader sees the same way.
void make_safe(cmark_node* document);

/// The document as Markdown blocks, every line but blank ones indented by
/// `indent` spaces.
std::string markdown(cmark_node* document, std::size_t indent);

} // namespace bizmap::notes
