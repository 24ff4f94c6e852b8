// A step's notes made safe for a page: what cmark-gfm read, less what could
// run, load or break the page around it.
#include "model/mentions.hpp"
#include "report/notes_tree.hpp"

#include <cctype>
#include <cmark-gfm-extension_api.h>
#include <string>
#include <vector>

namespace bizmap::notes {
namespace {

cmark_node_type type_of(cmark_node* node) {
  return cmark_node_get_type(node);
}

std::vector<cmark_node*> children(cmark_node* node) {
  std::vector<cmark_node*> list;
  for (cmark_node* child = cmark_node_first_child(node); child != nullptr;
       child = cmark_node_next(child)) {
    list.push_back(child);
  }
  return list;
}

void remove(cmark_node* node) {
  cmark_node_unlink(node);
  cmark_node_free(node);
}

// The node's children take its place.
void unwrap(cmark_node* node) {
  for (cmark_node* child : children(node)) {
    cmark_node_insert_before(node, child);
  }
  remove(node);
}

void move_children(cmark_node* from, cmark_node* to) {
  for (cmark_node* child : children(from)) {
    cmark_node_append_child(to, child);
  }
}

// The text of raw HTML less its tags and comments, a line for each line that
// holds any.
std::vector<std::string> text_without_tags(std::string_view html) {
  std::vector<std::string> lines(1);
  for (std::size_t at = 0; at < html.size();) {
    std::string_view close = html.substr(at).starts_with("<!--") ? "-->" : ">";
    std::size_t end = html[at] == '<' ? html.find(close, at) : std::string_view::npos;
    if (end != std::string_view::npos) {
      at = end + close.size();
    } else if (html[at] == '\n') {
      lines.emplace_back();
      ++at;
    } else {
      lines.back() += html[at++];
    }
  }
  std::erase_if(lines, [](const std::string& line) {
    return line.find_first_not_of(' ') == std::string::npos;
  });
  return lines;
}

// An HTML block runs to the next blank line and may hold much of what the
// author wrote: its tags go, its text stays as a paragraph of plain text.
void html_block_to_text(cmark_node* block) {
  std::vector<std::string> lines = text_without_tags(literal(block));
  if (!lines.empty()) {
    cmark_node* paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
    for (const std::string& line : lines) {
      if (cmark_node_first_child(paragraph) != nullptr) {
        cmark_node_append_child(paragraph, cmark_node_new(CMARK_NODE_SOFTBREAK));
      }
      std::size_t first = line.find_first_not_of(' ');
      cmark_node_append_child(
          paragraph, text_node(line.substr(first, line.find_last_not_of(' ') + 1 - first)));
    }
    cmark_node_insert_before(block, paragraph);
  }
  remove(block);
}

// A link's text stays; the link stays only to a web address, without a
// title. An image becomes a link to it, so that opening a page never loads
// anything from elsewhere.
void keep_safe_link(cmark_node* node) {
  const char* url = cmark_node_get_url(node);
  if (url == nullptr || !is_web_address(url)) {
    unwrap(node);
    return;
  }
  cmark_node_set_title(node, "");
  if (type_of(node) == CMARK_NODE_IMAGE) {
    cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
    cmark_node_set_url(link, url);
    move_children(node, link);
    cmark_node_insert_before(node, link);
    remove(node);
  }
}

// A heading inside a step would break the page's outline: it becomes a line
// in bold. The heading node itself becomes the paragraph, as its text points
// into what it read.
void heading_to_bold_line(cmark_node* heading) {
  if (cmark_node_first_child(heading) == nullptr) {
    remove(heading);
    return;
  }
  cmark_node* strong = cmark_node_new(CMARK_NODE_STRONG);
  move_children(heading, strong);
  for (cmark_node* child : children(strong)) {
    if (type_of(child) == CMARK_NODE_STRONG) {
      unwrap(child);
    }
  }
  cmark_node_set_type(heading, CMARK_NODE_PARAGRAPH);
  cmark_node_append_child(heading, strong);
}

// A code block says its language (markdownlint's MD040): the first word of
// its info string, as far as it is a name, or `text`.
void name_language(cmark_node* code) {
  std::string language;
  for (char c : std::string_view(cmark_node_get_fence_info(code))) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '+' ||
          c == '.')) {
      break;
    }
    language += c;
  }
  cmark_node_set_fence_info(code, language.empty() ? "text" : language.c_str());
}

bool lone_emphasis(cmark_node* paragraph) {
  cmark_node* only = cmark_node_first_child(paragraph);
  return only != nullptr && cmark_node_next(only) == nullptr &&
         (type_of(only) == CMARK_NODE_EMPH || type_of(only) == CMARK_NODE_STRONG);
}

// A paragraph that is only emphasis reads as a heading (markdownlint's
// MD036) unless it ends in punctuation: it gets a colon.
void punctuate_lone_emphasis(cmark_node* paragraph) {
  if (!lone_emphasis(paragraph)) {
    return;
  }
  cmark_node* span = cmark_node_first_child(paragraph);
  cmark_node* last = cmark_node_last_child(span);
  std::string_view text = last != nullptr && type_of(last) == CMARK_NODE_TEXT ? literal(last) : "";
  if (text.empty() || std::string_view(".,;:!?").find(text.back()) == std::string_view::npos) {
    cmark_node_append_child(span, text_node(":"));
  }
}

bool holds_a_block_that_needs_blank_lines(cmark_node* item) {
  for (cmark_node* child : children(item)) {
    cmark_node_type type = type_of(child);
    if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_THEMATIC_BREAK ||
        kind(child) == "table") {
      return true;
    }
  }
  return false;
}

// Lists are numbered from 1 (markdownlint's MD029), and a list whose items
// hold a code block, a table or a rule is loose, as markdownlint wants blank
// lines around them.
void tidy_list(cmark_node* list) {
  if (cmark_node_get_list_type(list) == CMARK_ORDERED_LIST) {
    cmark_node_set_list_start(list, 1);
    cmark_node_set_list_delim(list, CMARK_PERIOD_DELIM);
  }
  for (cmark_node* item : children(list)) {
    if (holds_a_block_that_needs_blank_lines(item)) {
      cmark_node_set_list_tight(list, 0);
    }
  }
}

// Two block quotes in a row become one (markdownlint's MD028), and so do two
// lists of the same kind that differ only in their markers, since both are
// written with the same marker.
bool joins_previous(cmark_node* node) {
  cmark_node* previous = cmark_node_previous(node);
  if (previous == nullptr || type_of(previous) != type_of(node)) {
    return false;
  }
  if (type_of(node) == CMARK_NODE_LIST) {
    if (cmark_node_get_list_type(previous) != cmark_node_get_list_type(node)) {
      return false;
    }
    cmark_node_set_list_tight(previous, cmark_node_get_list_tight(previous) &&
                                            cmark_node_get_list_tight(node));
  }
  move_children(node, previous);
  remove(node);
  return true;
}

void tidy(cmark_node* node);

void tidy_children(cmark_node* node) {
  for (cmark_node* child : children(node)) {
    tidy(child);
  }
  for (cmark_node* child : children(node)) {
    cmark_node_type type = type_of(child);
    if ((type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST) && joins_previous(child)) {
      continue;
    }
    if (type == CMARK_NODE_PARAGRAPH) {
      punctuate_lone_emphasis(child);
    }
  }
}

void tidy(cmark_node* node) {
  tidy_children(node);
  cmark_node* parent = cmark_node_parent(node);
  switch (type_of(node)) {
  case CMARK_NODE_HTML_BLOCK:
    html_block_to_text(node);
    break;
  case CMARK_NODE_HTML_INLINE:
    remove(node);
    break;
  case CMARK_NODE_LINK:
  case CMARK_NODE_IMAGE:
    keep_safe_link(node);
    break;
  case CMARK_NODE_HEADING:
    heading_to_bold_line(node);
    break;
  case CMARK_NODE_EMPH:
  case CMARK_NODE_STRONG:
    // *(*a*)* would be written **a**, which is strong.
    if (parent != nullptr && type_of(parent) == type_of(node)) {
      unwrap(node);
    }
    break;
  case CMARK_NODE_PARAGRAPH:
    if (cmark_node_first_child(node) == nullptr) {
      remove(node);
    }
    break;
  case CMARK_NODE_LIST:
    tidy_list(node);
    break;
  case CMARK_NODE_CODE_BLOCK:
    name_language(node);
    break;
  default:
    break;
  }
}

} // namespace

cmark_node* text_node(std::string_view text) {
  cmark_node* node = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(node, std::string(text).c_str());
  return node;
}

void make_safe(cmark_node* document) {
  tidy_children(document);
  cmark_consolidate_text_nodes(document);
}

} // namespace bizmap::notes
