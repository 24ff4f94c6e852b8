// A step's notes: read once with cmark-gfm, within limits that keep the time
// linear in their size (docs/limits.md), then made safe for a page.
#include "report/notes.hpp"

#include "report/notes_tree.hpp"

#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm/parser.h>
#include <fmt/format.h>
#include <mutex>
#include <optional>

namespace bizmap {
namespace {

// Debian's cmark-gfm (0.29.0.gfm.6) takes time that grows with the square
// of a table row's cells, and of the lines that continue a paragraph nested
// deep in lists or block quotes; bench/notes.cpp measures both. Past these
// limits notes are shown as written.
constexpr std::size_t max_bytes = std::size_t{64} * 1024;
constexpr std::size_t max_pipes_on_a_line = 64;
constexpr std::size_t max_block_nesting = 16;
constexpr std::size_t max_inline_nesting = 16;

// cmark-gfm switches its extensions' special characters on and off in a
// table every parser shares, so two notes are never read at the same time.
std::mutex& parser_lock() {
  static std::mutex lock;
  return lock;
}

void attach_extensions(cmark_parser* parser) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  for (const char* name : {"table", "tasklist", "autolink", "strikethrough"}) {
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
  }
}

// Tabs become spaces (to the next multiple of 4, as CommonMark reads them)
// and control characters a space, so no line of a page holds either.
std::string cleaned(std::string_view notes) {
  std::string text;
  text.reserve(notes.size());
  std::size_t column = 0;
  for (char c : notes) {
    if (c == '\n') {
      text += c;
      column = 0;
    } else if (c == '\t') {
      text.append(4 - column % 4, ' ');
      column += 4 - column % 4;
    } else {
      text += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
      ++column;
    }
  }
  if (!text.empty() && !text.ends_with('\n')) {
    text += '\n';
  }
  return text;
}

std::optional<std::string> too_large(std::string_view text) {
  if (text.size() > max_bytes) {
    return fmt::format("they are longer than {} bytes", max_bytes);
  }
  std::size_t pipes = 0;
  for (char c : text) {
    pipes = c == '\n' ? 0 : pipes + (c == '|');
    if (pipes > max_pipes_on_a_line) {
      return fmt::format("a line holds more than {} '|'", max_pipes_on_a_line);
    }
  }
  return std::nullopt;
}

// Lists and block quotes open around the line just read, counted up to one
// past the limit so that a line costs no more than the limit.
bool line_nested_too_deep(cmark_parser* parser) {
  std::size_t depth = 0;
  for (cmark_node* node = parser->current; node != nullptr; node = cmark_node_parent(node)) {
    cmark_node_type type = cmark_node_get_type(node);
    if ((type == CMARK_NODE_LIST || type == CMARK_NODE_BLOCK_QUOTE) &&
        ++depth > max_block_nesting) {
      return true;
    }
  }
  return false;
}

bool is_container(cmark_node* node) {
  cmark_node_type type = cmark_node_get_type(node);
  return type == CMARK_NODE_LIST || type == CMARK_NODE_BLOCK_QUOTE;
}

bool is_span(cmark_node* node) {
  cmark_node_type type = cmark_node_get_type(node);
  return type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG || type == CMARK_NODE_LINK ||
         type == CMARK_NODE_IMAGE || notes::kind(node) == "strikethrough";
}

// The nesting of the whole tree, read once it is complete: the limits the
// Markdown writer relies on to recurse no deeper.
std::optional<std::string> nested_too_deep(cmark_node* document) {
  cmark_iter* iter = cmark_iter_new(document);
  std::size_t containers = 0;
  std::size_t spans = 0;
  std::optional<std::string> deep;
  for (cmark_event_type event; !deep && (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    std::size_t& depth = is_container(node) ? containers : spans;
    if (is_container(node) || is_span(node)) {
      depth = event == CMARK_EVENT_ENTER ? depth + 1 : depth - 1;
    }
    if (containers > max_block_nesting) {
      deep = fmt::format("they nest lists and block quotes more than {} deep", max_block_nesting);
    } else if (spans > max_inline_nesting) {
      deep = fmt::format("they nest emphasis, strikethrough and links more than {} deep",
                         max_inline_nesting);
    }
  }
  cmark_iter_free(iter);
  return deep;
}

struct Reading {
  cmark_node* document = nullptr;
  std::optional<std::string> not_read_because;
};

// The notes fed to the parser a line at a time, so that reading stops at the
// first line nested too deep, before the lines that would cost most. Every
// line ends in a newline, as the parser reads a line only once it ends.
Reading read_markdown(std::string_view text) {
  std::lock_guard<std::mutex> hold(parser_lock());
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_VALIDATE_UTF8);
  attach_extensions(parser);
  Reading reading;
  for (std::size_t start = 0; start < text.size() && !reading.not_read_because;) {
    std::size_t end = std::min(text.find('\n', start), text.size() - 1) + 1;
    cmark_parser_feed(parser, text.data() + start, end - start);
    start = end;
    if (line_nested_too_deep(parser)) {
      break;
    }
  }
  reading.document = cmark_parser_finish(parser);
  cmark_parser_free(parser);
  reading.not_read_because = nested_too_deep(reading.document);
  return reading;
}

// One sentence that says why, and the notes in a code block.
cmark_node* as_written(const std::string& text, const std::string& because) {
  cmark_node* document = cmark_node_new(CMARK_NODE_DOCUMENT);
  cmark_node* sentence = cmark_node_new(CMARK_NODE_PARAGRAPH);
  cmark_node_append_child(
      sentence, notes::text_node(fmt::format("These notes are shown as written: {}.", because)));
  cmark_node_append_child(document, sentence);
  cmark_node* code = cmark_node_new(CMARK_NODE_CODE_BLOCK);
  cmark_node_set_fence_info(code, "text");
  cmark_node_set_literal(code, text.c_str());
  cmark_node_append_child(document, code);
  return document;
}

} // namespace

void StepNotes::FreeNode::operator()(cmark_node* node) const {
  cmark_node_free(node);
}

StepNotes::StepNotes(std::string_view notes) {
  std::optional<std::string> because = too_large(notes);
  std::string text = cleaned(notes);
  if (!because) {
    Reading reading = read_markdown(text);
    document_.reset(reading.document);
    because = reading.not_read_because;
  }
  if (because) {
    shown_as_written_because_ = *because;
    document_.reset(as_written(text, *because));
    return;
  }
  notes::make_safe(document_.get());
}

std::string StepNotes::markdown(std::size_t indent) const {
  return notes::markdown(document_.get(), indent);
}

std::string StepNotes::html() const {
  char* html = cmark_render_html(document_.get(), CMARK_OPT_DEFAULT, nullptr);
  std::string text(html);
  cmark_get_default_mem_allocator()->free(html);
  return text;
}

} // namespace bizmap
