// A step's notes: the Markdown an author writes for the person doing the
// step, kept to what cannot break the page around it.
#include "report/notes.hpp"

#include "model/mentions.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <optional>
#include <vector>

namespace bizmap {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_space(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

std::size_t run_of(std::string_view text, std::size_t at, char c) {
  std::size_t end = at;
  while (end < text.size() && text[end] == c) {
    ++end;
  }
  return end - at;
}

// The characters Markdown or GitHub read as syntax wherever they stand, and
// the `:` of `://` and `.` of `www.` that would start an autolink.
void escape_char(std::string_view text, std::size_t at, std::string& out) {
  constexpr std::string_view special = "\\`*_[]<>|#~&$@";
  char c = text[at];
  bool autolink = (c == ':' && text.substr(at).starts_with("://")) ||
                  (c == '.' && at >= 3 && text.substr(at - 3, 3) == "www" &&
                   (at == 3 || is_space(text[at - 4])));
  bool image = c == '!' && at + 1 < text.size() && text[at + 1] == '[';
  if (special.find(c) != std::string_view::npos || autolink || image) {
    out += '\\';
  }
  out += c;
}

std::string plain(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    escape_char(text, i, out);
  }
  return out;
}

// `code`: a run of backticks closed by a run of the same length.
std::optional<std::size_t> code_span(std::string_view text, std::size_t at, std::string& out) {
  std::size_t ticks = run_of(text, at, '`');
  for (std::size_t close = text.find('`', at + ticks); close != std::string_view::npos;) {
    std::size_t length = run_of(text, close, '`');
    if (length == ticks) {
      std::string_view content = trim(text.substr(at + ticks, close - at - ticks));
      if (content.empty()) {
        return std::nullopt;
      }
      bool pad = content.front() == '`' || content.back() == '`';
      std::string fence(ticks, '`');
      out += fmt::format("{0}{1}{2}{1}{0}", fence, pad ? " " : "", content);
      return close + ticks;
    }
    close = text.find('`', close + length);
  }
  return std::nullopt;
}

// *emphasis* or **strong**, on one line, without spaces just inside.
std::optional<std::size_t> emphasis(std::string_view text, std::size_t at, std::string& out) {
  std::size_t stars = run_of(text, at, '*');
  std::size_t close = text.find('*', at + stars);
  if (stars > 2 || close == std::string_view::npos || run_of(text, close, '*') != stars) {
    return std::nullopt;
  }
  std::string_view content = text.substr(at + stars, close - at - stars);
  if (content.empty() || is_space(content.front()) || is_space(content.back())) {
    return std::nullopt;
  }
  std::string marker(stars, '*');
  out += marker + plain(content) + marker;
  return close + stars;
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

// The end of a link destination: the `)` that balances its `(`.
std::size_t destination_end(std::string_view text, std::size_t from) {
  int depth = 0;
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] == '(') {
      ++depth;
    } else if (text[i] == ')' && depth-- == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

// [text](https://...): a link to a web address; any other target is text.
std::optional<std::size_t> link(std::string_view text, std::size_t at, std::string& out) {
  std::size_t close = text.find(']', at + 1);
  if (close == std::string_view::npos || close + 1 >= text.size() || text[close + 1] != '(') {
    return std::nullopt;
  }
  std::string_view label = trim(text.substr(at + 1, close - at - 1));
  std::size_t end = destination_end(text, close + 2);
  if (label.empty() || label.find('[') != std::string_view::npos || end == std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view url = trim(text.substr(close + 2, end - close - 2));
  if (!is_web_address(url)) {
    return std::nullopt;
  }
  out += web_link(label, url);
  return end + 1;
}

// https://... standing alone: an autolink, without the punctuation that ends
// the sentence around it.
std::optional<std::size_t> bare_address(std::string_view text, std::size_t at, std::string& out) {
  std::string_view rest = text.substr(at);
  if (!(rest.starts_with("https://") || rest.starts_with("http://")) ||
      (at > 0 && !is_space(text[at - 1]) && text[at - 1] != '(')) {
    return std::nullopt;
  }
  std::size_t end = 0;
  while (end < rest.size() && !is_space(rest[end]) && rest[end] != '<' && rest[end] != '>') {
    ++end;
  }
  std::string_view url = rest.substr(0, end);
  while (!url.empty() &&
         std::string_view(".,;:!?*_~'\")").find(url.back()) != std::string_view::npos) {
    bool balanced = url.back() == ')' && std::count(url.begin(), url.end(), '(') >=
                                             std::count(url.begin(), url.end(), ')');
    if (balanced) {
      break;
    }
    url.remove_suffix(1);
  }
  if (!is_web_address(url) || url.ends_with("//")) {
    return std::nullopt;
  }
  out += fmt::format("<{}>", url);
  return at + url.size();
}

} // namespace

std::string inline_markdown(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    std::optional<std::size_t> next;
    switch (line[i]) {
    case '`':
      next = code_span(line, i, out);
      break;
    case '*':
      next = emphasis(line, i, out);
      break;
    case '[':
      next = link(line, i, out);
      break;
    case 'h':
      next = bare_address(line, i, out);
      break;
    default:
      break;
    }
    if (next) {
      i = *next;
      continue;
    }
    if (line[i] == '`' || line[i] == '*') {
      std::size_t run = run_of(line, i, line[i]);
      for (std::size_t k = 0; k < run; ++k) {
        out += '\\';
        out += line[i];
      }
      i += run;
      continue;
    }
    escape_char(line, i, out);
    ++i;
  }
  return out;
}

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
  std::string_view text = trim(title);
  if (text.empty() || is_vague(text)) {
    return fmt::format("<{}>", url);
  }
  return fmt::format("[{}]({})", plain(text), link_destination(url));
}

namespace {

struct ListMarker {
  bool ordered = false;
  std::size_t width = 0; ///< the marker and the spaces after it, as written
  std::string_view task; ///< "[ ] " or "[x] " of a checklist item, or empty
};

std::optional<ListMarker> list_marker(std::string_view body) {
  ListMarker marker;
  std::size_t digits = 0;
  while (digits < body.size() && digits < 9 &&
         std::isdigit(static_cast<unsigned char>(body[digits]))) {
    ++digits;
  }
  std::size_t symbol = 0;
  if (digits > 0 && digits < body.size() && (body[digits] == '.' || body[digits] == ')')) {
    marker.ordered = true;
    symbol = digits + 1;
  } else if (!body.empty() && (body[0] == '-' || body[0] == '*' || body[0] == '+')) {
    symbol = 1;
  } else {
    return std::nullopt;
  }
  if (symbol == body.size() || !is_space(body[symbol])) {
    return std::nullopt;
  }
  std::size_t spaces = run_of(body, symbol, ' ');
  marker.width = symbol + std::min<std::size_t>(spaces, 4);
  std::string_view rest = body.substr(symbol + spaces);
  if (rest.starts_with("[ ] ") || rest.starts_with("[x] ") || rest.starts_with("[X] ")) {
    marker.task = rest.substr(0, 4);
  }
  return marker;
}

// `---`, `***`, `___` (with spaces), and any line of only `-` or `=`: a rule
// or a heading underline.
bool is_rule_or_underline(std::string_view body) {
  if (body.empty() || std::string_view("-*_=").find(body[0]) == std::string_view::npos) {
    return false;
  }
  std::size_t marks = 0;
  for (char c : body) {
    if (c == body[0]) {
      ++marks;
    } else if (!is_space(c)) {
      return false;
    }
  }
  return body[0] == '=' || body[0] == '-' || marks >= 3;
}

// Inline Markdown for text that starts a line: a leading `-`, `+`, `=` or
// `1.` would start a list or underline a heading.
std::string line_text(std::string_view text) {
  std::string out = inline_markdown(text);
  if (!out.empty() && std::string_view("-+=").find(out[0]) != std::string_view::npos) {
    return fmt::format("\\{}", out);
  }
  std::size_t digits = 0;
  while (digits < out.size() && std::isdigit(static_cast<unsigned char>(out[digits]))) {
    ++digits;
  }
  if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')')) {
    std::string_view text(out);
    return fmt::format("{}\\{}", text.substr(0, digits), text.substr(digits));
  }
  return out;
}

// Three or more backticks or tildes; after backticks, no backtick follows.
bool is_fence_opener(std::string_view body) {
  if (body.starts_with("~~~")) {
    return true;
  }
  std::size_t ticks = run_of(body, 0, '`');
  return ticks >= 3 && body.find('`', ticks) == std::string_view::npos;
}

std::optional<std::string_view> heading_text(std::string_view body) {
  std::size_t hashes = run_of(body, 0, '#');
  if (hashes == 0 || hashes > 6 || (hashes < body.size() && !is_space(body[hashes]))) {
    return std::nullopt;
  }
  std::string_view text = trim(body.substr(hashes));
  while (!text.empty() && text.back() == '#') {
    text.remove_suffix(1);
  }
  return trim(text);
}

// A line that is only emphasis reads as a heading (markdownlint's MD036)
// unless it ends in punctuation.
std::string bold_line(std::string_view text) {
  bool punctuated =
      !text.empty() && std::string_view(".,;:!?").find(text.back()) != std::string_view::npos;
  return fmt::format("**{}{}**", plain(text), punctuated ? "" : ":");
}

class NotesWriter {
public:
  explicit NotesWriter(std::size_t indent) : base_(indent) {}

  void line(std::string_view text);
  std::string finish();

private:
  struct List {
    std::size_t source_indent;  ///< where its markers stand in the notes
    std::size_t source_content; ///< where its current item's text starts in the notes
    std::size_t out_indent;     ///< where its markers stand in the output
    std::size_t out_content;    ///< where its current item's text starts in the output
    bool ordered;
    int number;
  };
  enum class Block { none, paragraph, list, quote, fence };

  void emit(std::size_t indent, std::string text);
  void separate();
  std::size_t container_indent() const { return lists_.empty() ? 0 : lists_.back().out_content; }
  void close_lists_above(std::size_t indent);
  void list_item(std::size_t lead, std::string_view body, const ListMarker& marker);
  void open_fence(std::size_t lead, std::string_view body);
  void fence_line(std::string_view text);
  void close_fence();
  void text_line(std::size_t lead, std::string_view body);

  std::size_t base_;
  std::vector<std::string> out_;
  std::vector<List> lists_;
  std::vector<std::pair<std::size_t, std::size_t>> paragraphs_; ///< first line, lines
  Block last_ = Block::none;
  bool blank_ = false;
  // An open fence: its character, length and indent, and its lines so far.
  char fence_char_ = 0;
  std::size_t fence_length_ = 0;
  std::size_t fence_lead_ = 0;
  std::string fence_info_;
  std::vector<std::string> fence_lines_;
};

void NotesWriter::emit(std::size_t indent, std::string text) {
  out_.push_back(std::string(base_ + indent, ' ') + std::move(text));
}

void NotesWriter::separate() {
  if (!out_.empty() && !out_.back().empty()) {
    out_.emplace_back();
  }
}

void NotesWriter::close_lists_above(std::size_t indent) {
  while (!lists_.empty() && lists_.back().source_content > indent) {
    lists_.pop_back();
    if (last_ == Block::list) {
      separate();
    }
  }
}

void NotesWriter::list_item(std::size_t lead, std::string_view body, const ListMarker& marker) {
  while (!lists_.empty() && lists_.back().source_indent > lead) {
    lists_.pop_back();
  }
  bool nested = !lists_.empty() && lead >= lists_.back().source_content;
  bool sibling = !lists_.empty() && !nested;
  std::size_t replaced_indent = 0;
  if (sibling && lists_.back().ordered != marker.ordered) {
    replaced_indent = lists_.back().out_indent;
    lists_.pop_back();
    sibling = false;
    separate();
  }
  if (!sibling) {
    if (!nested && last_ != Block::list) {
      separate();
    }
    std::size_t indent = nested ? lists_.back().out_content : replaced_indent;
    lists_.push_back({lead, 0, indent, 0, marker.ordered, 0});
  } else if (blank_) {
    separate();
  }
  List& list = lists_.back();
  list.source_content = lead + marker.width;
  std::string symbol = list.ordered ? fmt::format("{}.", ++list.number) : "-";
  list.out_content = list.out_indent + symbol.size() + 1;
  std::string_view text = trim(body.substr(marker.width));
  std::string task;
  if (!marker.task.empty() && text.starts_with(marker.task.substr(0, 3))) {
    task = marker.task[1] == ' ' ? "[ ] " : "[x] ";
    text = trim(text.substr(3));
  }
  std::string item = fmt::format("{} {}{}", symbol, task, line_text(text));
  while (item.back() == ' ') {
    item.pop_back();
  }
  emit(list.out_indent, std::move(item));
  last_ = Block::list;
}

void NotesWriter::open_fence(std::size_t lead, std::string_view body) {
  fence_char_ = body[0];
  fence_length_ = run_of(body, 0, fence_char_);
  fence_lead_ = lead;
  std::string_view info = trim(body.substr(fence_length_));
  fence_info_.clear();
  for (char c : info) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '+' ||
          c == '.')) {
      break;
    }
    fence_info_ += c;
  }
  if (fence_info_.empty()) {
    fence_info_ = "text";
  }
  fence_lines_.clear();
}

void NotesWriter::fence_line(std::string_view text) {
  std::size_t lead = run_of(text, 0, ' ');
  std::string_view body = text.substr(lead);
  if (lead < fence_lead_ + 4 && run_of(body, 0, fence_char_) >= fence_length_ &&
      trim(body.substr(run_of(body, 0, fence_char_))).empty()) {
    close_fence();
    return;
  }
  fence_lines_.emplace_back(text.substr(std::min(lead, fence_lead_)));
}

// The fence is written with backticks, one more than any run of backticks
// that starts a line inside it, so nothing inside can close it.
void NotesWriter::close_fence() {
  while (!fence_lines_.empty() && fence_lines_.back().empty()) {
    fence_lines_.pop_back();
  }
  std::size_t longest = 0;
  for (const std::string& text : fence_lines_) {
    std::string_view body = trim(text);
    longest = std::max(longest, run_of(body, 0, '`'));
  }
  std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  std::size_t indent = container_indent();
  separate();
  emit(indent, fence + fence_info_);
  for (std::string& text : fence_lines_) {
    if (text.empty()) {
      out_.emplace_back();
    } else {
      emit(indent, std::move(text));
    }
  }
  emit(indent, fence);
  out_.emplace_back();
  fence_char_ = 0;
  last_ = Block::fence;
}

void NotesWriter::text_line(std::size_t lead, std::string_view body) {
  // Only plain text continues a list item's paragraph without indentation; a
  // fence, a quote or a heading ends the list.
  bool starts_block = is_fence_opener(body) || body[0] == '>' || heading_text(body).has_value();
  bool lazy = !blank_ && last_ == Block::list && !starts_block;
  if (!lazy) {
    close_lists_above(lead);
  }
  std::size_t indent = container_indent();
  if (is_fence_opener(body)) {
    open_fence(lead, body);
    return;
  }
  if (body[0] == '>') {
    std::size_t quotes = 0;
    while (quotes < body.size() && (body[quotes] == '>' || is_space(body[quotes]))) {
      ++quotes;
    }
    if (last_ != Block::quote) {
      separate();
    } else if (blank_) {
      emit(indent, ">");
    }
    std::string_view text = body.substr(quotes);
    emit(indent, text.empty() ? ">" : "> " + line_text(text));
    last_ = Block::quote;
    return;
  }
  if (std::optional<std::string_view> heading = heading_text(body)) {
    separate();
    if (!heading->empty()) {
      emit(indent, bold_line(*heading));
      out_.emplace_back();
    }
    last_ = Block::none;
    return;
  }
  bool continues = !blank_ && (last_ == Block::paragraph || last_ == Block::list);
  if (!continues) {
    separate();
    paragraphs_.emplace_back(out_.size(), 0);
  }
  if (last_ != Block::list || !continues) {
    ++paragraphs_.back().second;
  }
  if (is_rule_or_underline(body)) {
    std::string text = "\\";
    text += body;
    emit(indent, text);
  } else {
    emit(indent, line_text(body));
  }
  if (last_ != Block::list || !lazy) {
    last_ = Block::paragraph;
  }
}

void NotesWriter::line(std::string_view text) {
  if (fence_char_ != 0) {
    fence_line(text);
    return;
  }
  std::size_t lead = run_of(text, 0, ' ');
  std::string_view body = text.substr(lead);
  if (body.empty()) {
    blank_ = true;
    return;
  }
  if (std::optional<ListMarker> marker = list_marker(body); marker && !is_rule_or_underline(body)) {
    list_item(lead, body, *marker);
  } else {
    text_line(lead, body);
  }
  blank_ = false;
}

// A paragraph of one line that is all emphasis reads as a heading
// (markdownlint's MD036) unless it ends in punctuation: it gets a colon.
void punctuate_lone_emphasis(std::string& line) {
  std::string_view text = trim(line);
  std::size_t stars = run_of(text, 0, '*');
  if (stars == 0 || stars > 2 || text.size() <= 2 * stars ||
      text.substr(stars, text.size() - 2 * stars).find('*') != std::string_view::npos ||
      run_of(text, text.size() - stars, '*') != stars) {
    return;
  }
  char last = text[text.size() - stars - 1];
  if (std::string_view(".,;:!?").find(last) == std::string_view::npos) {
    std::string_view text(line);
    line =
        fmt::format("{}:{}", text.substr(0, text.size() - stars), text.substr(text.size() - stars));
  }
}

std::string NotesWriter::finish() {
  if (fence_char_ != 0) {
    close_fence();
  }
  for (auto [first, lines] : paragraphs_) {
    if (lines == 1) {
      punctuate_lone_emphasis(out_[first]);
    }
  }
  while (!out_.empty() && out_.back().empty()) {
    out_.pop_back();
  }
  std::string text;
  for (const std::string& line : out_) {
    text += line;
    text += '\n';
  }
  if (!text.empty()) {
    text.pop_back();
  }
  return text;
}

// Tabs become spaces (to the next multiple of 4), control characters a
// space, and trailing whitespace goes.
std::string clean_line(std::string_view raw) {
  std::string line;
  for (char c : raw) {
    if (c == '\t') {
      line.append(4 - line.size() % 4, ' ');
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      line += ' ';
    } else {
      line += c;
    }
  }
  while (!line.empty() && line.back() == ' ') {
    line.pop_back();
  }
  return line;
}

} // namespace

std::string contained_markdown(std::string_view notes, std::size_t indent) {
  NotesWriter writer(indent);
  for (std::size_t start = 0; start <= notes.size();) {
    std::size_t end = notes.find('\n', start);
    if (end == std::string_view::npos) {
      end = notes.size();
    }
    writer.line(clean_line(notes.substr(start, end - start)));
    start = end + 1;
  }
  return writer.finish();
}

} // namespace bizmap
