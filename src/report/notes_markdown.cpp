// A step's notes written back as Markdown, by a walk over the tree that
// cmark-gfm read, so every line is made for the list item it stands in:
// markers, indentation and escapes are bizmap's, to markdownlint's taste.
#include "output/markdown.hpp"
#include "report/notes.hpp"
#include "report/notes_tree.hpp"

#include <algorithm>
#include <cctype>
#include <cmark-gfm-core-extensions.h>
#include <fmt/format.h>
#include <vector>

namespace bizmap {
namespace notes {
namespace {

using Lines = std::vector<std::string>;

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

std::size_t longest_run(std::string_view text, char c) {
  std::size_t longest = 0;
  std::size_t run = 0;
  for (char here : text) {
    run = here == c ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

// Link texts that say nothing about where they lead (markdownlint's MD059).
bool is_vague(std::string_view text) {
  std::string words;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == ' ') {
      words += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return words == "click here" || words == "here" || words == "link" || words == "more";
}

// The text a reader sees of inline nodes, for comparing a link's text with
// its address.
std::string plain_text(cmark_node* node) {
  std::string text;
  for (cmark_node* child = cmark_node_first_child(node); child != nullptr;
       child = cmark_node_next(child)) {
    cmark_node_type type = cmark_node_get_type(child);
    text += type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE ? std::string(literal(child))
            : type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK ? " "
                                                                           : plain_text(child);
  }
  return text;
}

class InlineWriter {
public:
  explicit InlineWriter(bool in_table) : in_table_(in_table) {}

  std::string write(cmark_node* parent) {
    children(parent);
    return std::move(out_);
  }

private:
  void children(cmark_node* parent) {
    for (cmark_node* node = cmark_node_first_child(parent); node != nullptr;
         node = cmark_node_next(node)) {
      write_node(node);
    }
  }

  void write_node(cmark_node* node);
  void text(cmark_node* node);
  void code(std::string_view content);
  void link(cmark_node* node);
  void span(cmark_node* node, std::string_view marker);

  void put(std::string_view text) {
    out_ += text;
    starts_line_ = false;
  }

  bool in_table_;
  bool starts_line_ = true;
  std::string out_;
};

void InlineWriter::write_node(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
  case CMARK_NODE_TEXT:
    text(node);
    break;
  case CMARK_NODE_SOFTBREAK:
    out_ += '\n';
    starts_line_ = true;
    break;
  case CMARK_NODE_LINEBREAK:
    out_ += "\\\n";
    starts_line_ = true;
    break;
  case CMARK_NODE_CODE:
    code(literal(node));
    break;
  case CMARK_NODE_EMPH:
    span(node, "*");
    break;
  case CMARK_NODE_STRONG:
    span(node, "**");
    break;
  case CMARK_NODE_LINK:
    link(node);
    break;
  default:
    if (kind(node) == "strikethrough") {
      span(node, "~~");
    } else {
      children(node);
    }
  }
}

void InlineWriter::text(cmark_node* node) {
  std::string escaped = escape_markdown_text(literal(node), starts_line_);
  // `!` before a link would make it an image.
  cmark_node* next = cmark_node_next(node);
  if (escaped.ends_with('!') && next != nullptr && cmark_node_get_type(next) == CMARK_NODE_LINK) {
    escaped.back() = '\\';
    escaped += '!';
  }
  put(escaped);
}

// `code` fenced by one more backtick than any run inside, padded with a space
// where the code starts or ends with a backtick or a space; in a table, a
// `|` is escaped even in code.
void InlineWriter::code(std::string_view content) {
  std::string fence(longest_run(content, '`') + 1, '`');
  bool all_spaces = content.find_first_not_of(' ') == std::string_view::npos;
  bool pad = !all_spaces && (content.front() == '`' || content.back() == '`' ||
                             (content.front() == ' ' && content.back() == ' '));
  std::string text;
  for (char c : content) {
    text += in_table_ && c == '|' ? "\\|" : std::string(1, c);
  }
  put(fmt::format("{0}{1}{2}{1}{0}", fence, pad ? " " : "", text));
}

void InlineWriter::link(cmark_node* node) {
  std::string url = cmark_node_get_url(node);
  std::string seen = plain_text(node);
  if (seen == url || seen.empty() || is_vague(seen)) {
    put(fmt::format("<{}>", url));
    return;
  }
  put("[");
  children(node);
  put(fmt::format("]({})", link_destination(url)));
}

void InlineWriter::span(cmark_node* node, std::string_view marker) {
  put(marker);
  children(node);
  put(marker);
}

Lines split_lines(std::string_view text) {
  Lines lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && is_space(line.back())) {
      line.remove_suffix(1);
    }
    lines.emplace_back(line);
    start = end + 1;
  }
  return lines;
}

// Every line after the first gets `rest`; blank lines stay empty.
void prefix(Lines& lines, std::string_view first, std::string_view rest) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view before = i == 0 ? first : rest;
    if (lines[i].empty()) {
      std::string_view bare = before.substr(0, before.find_last_not_of(' ') + 1);
      lines[i] = std::string(bare);
    } else {
      lines[i].insert(0, before);
    }
  }
}

Lines blocks(cmark_node* container, bool tight);

Lines code_block(cmark_node* node) {
  std::string_view content = literal(node);
  if (content.ends_with('\n')) {
    content.remove_suffix(1);
  }
  std::string fence(std::max<std::size_t>(3, longest_run(content, '`') + 1), '`');
  Lines lines{fence + cmark_node_get_fence_info(node)};
  if (!content.empty()) {
    for (std::string& line : split_lines(content)) {
      lines.push_back(std::move(line));
    }
  }
  lines.push_back(fence);
  return lines;
}

std::string table_row(cmark_node* row) {
  std::string line = "|";
  for (cmark_node* cell = cmark_node_first_child(row); cell != nullptr;
       cell = cmark_node_next(cell)) {
    std::string text = InlineWriter(true).write(cell);
    line += text.empty() ? " |" : fmt::format(" {} |", text);
  }
  return line;
}

Lines table(cmark_node* node) {
  Lines lines;
  std::uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
  const std::uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(node);
  for (cmark_node* row = cmark_node_first_child(node); row != nullptr; row = cmark_node_next(row)) {
    lines.push_back(table_row(row));
    if (lines.size() == 1) {
      std::string rule = "|";
      for (std::uint16_t c = 0; c < columns; ++c) {
        char align = alignments == nullptr ? '\0' : static_cast<char>(alignments[c]);
        rule += align == 'l'   ? " :--- |"
                : align == 'c' ? " :---: |"
                : align == 'r' ? " ---: |"
                               : " --- |";
      }
      lines.push_back(rule);
    }
  }
  return lines;
}

Lines list(cmark_node* node) {
  Lines lines;
  bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
  bool tight = cmark_node_get_list_tight(node) != 0;
  int number = cmark_node_get_list_start(node);
  for (cmark_node* item = cmark_node_first_child(node); item != nullptr;
       item = cmark_node_next(item)) {
    std::string marker = ordered ? fmt::format("{}.", number++) : "-";
    Lines content = blocks(item, tight);
    if (kind(item) == "tasklist") {
      std::string box = cmark_gfm_extensions_get_tasklist_item_checked(item) ? "[x]" : "[ ]";
      content.empty() ? content.push_back(box) : void(content.front().insert(0, box + " "));
    }
    if (content.empty()) {
      content.emplace_back();
    }
    prefix(content, marker + " ", std::string(marker.size() + 1, ' '));
    if (!lines.empty() && !tight) {
      lines.emplace_back();
    }
    lines.insert(lines.end(), content.begin(), content.end());
  }
  return lines;
}

Lines block(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
  case CMARK_NODE_PARAGRAPH:
    return split_lines(InlineWriter(false).write(node));
  case CMARK_NODE_BLOCK_QUOTE: {
    Lines lines = blocks(node, false);
    prefix(lines, "> ", "> ");
    return lines;
  }
  case CMARK_NODE_LIST:
    return list(node);
  case CMARK_NODE_CODE_BLOCK:
    return code_block(node);
  case CMARK_NODE_THEMATIC_BREAK:
    // Not `---`, which after a list marker is a rule instead of the item.
    return {"***"};
  default:
    return kind(node) == "table" ? table(node) : Lines{};
  }
}

// The blocks of a container, a blank line between two, none in an item of a
// tight list.
Lines blocks(cmark_node* container, bool tight) {
  Lines lines;
  for (cmark_node* node = cmark_node_first_child(container); node != nullptr;
       node = cmark_node_next(node)) {
    Lines more = block(node);
    if (more.empty()) {
      continue;
    }
    if (!lines.empty() && !tight) {
      lines.emplace_back();
    }
    lines.insert(lines.end(), std::make_move_iterator(more.begin()),
                 std::make_move_iterator(more.end()));
  }
  return lines;
}

} // namespace

std::string markdown(cmark_node* document, std::size_t indent) {
  Lines lines = blocks(document, false);
  std::string margin(indent, ' ');
  prefix(lines, margin, margin);
  std::string text;
  for (const std::string& line : lines) {
    text += line;
    text += '\n';
  }
  if (!text.empty()) {
    text.pop_back();
  }
  return text;
}

} // namespace notes

std::string link_destination(std::string_view url) {
  std::string encoded;
  for (char c : url) {
    switch (c) {
    case '(':
      encoded += "%28";
      break;
    case ')':
      encoded += "%29";
      break;
    case '\\':
      encoded += "%5C";
      break;
    case ' ':
      encoded += "%20";
      break;
    default:
      encoded += c;
    }
  }
  return encoded;
}

std::string web_link(std::string_view title, std::string_view url) {
  std::size_t first = title.find_first_not_of(" \t");
  std::size_t last = title.find_last_not_of(" \t");
  std::string_view text =
      first == std::string_view::npos ? "" : title.substr(first, last - first + 1);
  if (text.empty() || notes::is_vague(text)) {
    return fmt::format("<{}>", url);
  }
  return fmt::format("[{}]({})", escape_markdown_text(text, false), link_destination(url));
}

} // namespace bizmap
