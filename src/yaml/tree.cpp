#include "yaml/tree.hpp"

#include "text/text.hpp"
#include "yaml/attempt.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <istream>
#include <streambuf>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace bizmap::yaml {
namespace {

// A read-only stream over text already in memory, so the parser needs no copy.
class TextBuffer : public std::streambuf {
public:
  explicit TextBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

// Thrown from inside the event handler to stop reading: a hostile file, or a
// quoted text that is never closed.
struct Stop {
  Diagnostic finding;
  std::optional<std::size_t> unclosed_quote; ///< offset of the opening quote
};

constexpr std::string_view curly_openers[] = {"\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x9E",
                                              "\xC2\xAB"};
constexpr std::string_view curly_closers[] = {"\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\x9C",
                                              "\xC2\xBB"};

// The bytes of a curly quote that `text` starts (or ends) with, or 0.
std::size_t curly_quote(std::string_view text, std::span<const std::string_view> quotes,
                        bool at_end) {
  for (std::string_view quote : quotes) {
    if (at_end ? text.ends_with(quote) : text.starts_with(quote)) {
      return quote.size();
    }
  }
  return 0;
}

std::uint32_t saturating_add(std::uint32_t a, std::uint32_t b) {
  constexpr std::uint32_t cap = std::uint32_t{1} << 31;
  return std::min(cap, std::min(a, cap) + std::min(b, cap));
}

class TreeBuilder : public YAML::EventHandler {
public:
  TreeBuilder(Document& document, std::string_view text, const LineIndex& lines, std::uint32_t file,
              const Limits& limits)
      : document_(document), text_(text), lines_(lines), cursor_(lines), file_(file),
        limits_(limits) {}

  std::size_t furthest() const { return furthest_; }
  /// Where the innermost flow list or map still open was opened.
  std::optional<std::size_t> open_flow() const {
    return flows_.empty() ? std::nullopt : std::optional(flows_.back());
  }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    attach(make(NodeKind::null, mark), anchor);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    Node& node = make(NodeKind::scalar, mark);
    node.quoted = tag != "?";
    if (node.quoted && !is_closed_quote(mark)) {
      throw Stop{{}, static_cast<std::size_t>(std::max(mark.pos, 0))};
    }
    node.set_text(source_or_copy(mark, value));
    node.at.length = scalar_length(mark, node);
    if (!node.quoted) {
      read_curly_quotes(node);
      look_for_comment_in_text(node);
    }
    attach(node, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Node* target = anchor < anchors_.size() ? anchors_[anchor] : nullptr;
    if (target == nullptr || is_open(target)) {
      stop(mark, "this alias refers to a node that contains it, which would never end");
    }
    alias_expansion_ = saturating_add(alias_expansion_, target->weight);
    if (alias_expansion_ > limits_.max_alias_expansion) {
      stop(mark, fmt::format("aliases in this file expand to more than {} nodes; bizmap stops "
                             "reading it",
                             limits_.max_alias_expansion));
    }
    add_to_parent(*target);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(make(NodeKind::sequence, mark), anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(make(NodeKind::map, mark), anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { close(); }

private:
  Node& make(NodeKind kind, const YAML::Mark& mark) {
    if (document_.nodes.size() >= limits_.max_nodes) {
      stop(mark, fmt::format("this file holds more than {} YAML nodes; bizmap stops reading it",
                             limits_.max_nodes));
    }
    Node& node = document_.nodes.emplace_back();
    node.kind = kind;
    node.at = locate(mark);
    last_mark_ = static_cast<std::size_t>(std::max(mark.pos, 0));
    furthest_ = std::max(furthest_, last_mark_);
    return node;
  }

  // Most values are written as they read (plain, or quoted without escapes):
  // those point into the text; the rest are kept by the document.
  std::string_view source_or_copy(const YAML::Mark& mark, const std::string& value) {
    std::size_t offset = static_cast<std::size_t>(std::max(mark.pos, 0));
    for (std::size_t at : {offset, offset + 1}) {
      if (at <= text_.size() && text_.substr(at, value.size()) == value) {
        return text_.substr(at, value.size());
      }
    }
    std::span<const char> stored = document_.texts.copy(value);
    return {stored.data(), stored.size()};
  }

  Location locate(const YAML::Mark& mark) {
    Cursor::LineColumn at = cursor_.at(static_cast<std::size_t>(std::max(mark.pos, 0)));
    return {file_, at.line, at.column, 1};
  }

  // Characters to underline for a scalar: the quoted text with its quotes, or
  // the plain value, up to the end of its first line. Only the scalar itself
  // is looked at, never the rest of its line, which may be a megabyte long.
  std::uint32_t scalar_length(const YAML::Mark& mark, const Node& node) const {
    std::string_view rest = text_.substr(static_cast<std::size_t>(std::max(mark.pos, 0)));
    if (!rest.empty() && (rest[0] == '"' || rest[0] == '\'')) {
      std::size_t end = closing_quote(rest);
      std::string_view quoted = rest.substr(0, end == std::string_view::npos ? end : end + 1);
      return count_characters(quoted.substr(0, quoted.find('\n')));
    }
    if (rest.starts_with(node.text()) && !node.text().empty() &&
        node.text().find('\n') == std::string_view::npos) {
      return count_characters(node.text());
    }
    return 1;
  }

  // yaml-cpp 0.7 lets a quoted scalar run to the end of the file, swallowing
  // everything after it; YAML requires the closing quote.
  bool is_closed_quote(const YAML::Mark& mark) const {
    std::string_view rest = text_.substr(static_cast<std::size_t>(std::max(mark.pos, 0)));
    bool quoted = !rest.empty() && (rest[0] == '"' || rest[0] == '\'');
    return !quoted || closing_quote(rest) != std::string_view::npos;
  }

  static std::size_t closing_quote(std::string_view quoted) {
    char quote = quoted[0];
    for (std::size_t i = 1; i < quoted.size(); ++i) {
      if (quote == '"' && quoted[i] == '\\') {
        ++i;
      } else if (quoted[i] == quote) {
        bool doubled = quote == '\'' && i + 1 < quoted.size() && quoted[i + 1] == '\'';
        if (!doubled) {
          return i;
        }
        ++i;
      }
    }
    return std::string_view::npos;
  }

  void attach(Node& node, YAML::anchor_t anchor) {
    remember(node, anchor);
    add_to_parent(node);
  }

  void add_to_parent(const Node& node) {
    if (open_.empty()) {
      document_.root = &node;
      return;
    }
    Node& parent = *open_.back();
    if (parent.is_map() && (pending_.size() - first_child_.back()) % 2 == 1) {
      look_at_value_below_key(*pending_.back(), node);
    }
    pending_.push_back(&node);
    bool complete = node.kind != NodeKind::sequence && node.kind != NodeKind::map;
    if (complete || !is_open(&node)) {
      parent.weight = saturating_add(parent.weight, node.weight);
    }
  }

  // name:
  // Hearth Street Bakery     (at the column of its key)
  // yaml-cpp reads it as the value; other YAML readers do not.
  void look_at_value_below_key(const Node& key, const Node& value) {
    if (!value.is_scalar() || value.quoted || !key.is_scalar() || value.at.line <= key.at.line ||
        value.at.column > key.at.column || in_flow_.back()) {
      return;
    }
    document_.findings.push_back(syntax_finding(
        value.at,
        fmt::format("the value of '{}' is on the next line but not indented further than '{}', "
                    "which YAML readers take in different ways: write it on the same line as "
                    "'{}', or indent it further",
                    key.text(), key.text(), key.text()),
        Severity::warning));
  }

  void open(Node& node, YAML::anchor_t anchor, bool flow) {
    if (open_.size() >= limits_.max_depth) {
      stop_at(node.at, fmt::format("this file nests deeper than {} levels; bizmap stops reading it",
                                   limits_.max_depth));
    }
    attach(node, anchor);
    open_.push_back(&node);
    first_child_.push_back(pending_.size());
    in_flow_.push_back(flow);
    if (flow) {
      flows_.push_back(last_mark_); // the mark of the node just made
    }
  }

  // “Sales lead” from a word processor: YAML reads curly quotes as part of
  // the text. The text is read without them, and the author is told.
  void read_curly_quotes(Node& node) {
    std::string_view text = node.text();
    std::size_t open = curly_quote(text, curly_openers, false);
    std::size_t close = open ? curly_quote(text.substr(open), curly_closers, true) : 0;
    if (open == 0 || close == 0) {
      return;
    }
    document_.findings.push_back(syntax_finding(
        node.at,
        fmt::format("this text is in curly quotes ({}...{}), which word processors put in; YAML "
                    "only knows straight quotes (\" and '), so it would read these as part of "
                    "the text: bizmap reads it without them, but type them again as straight "
                    "quotes, or leave them out",
                    text.substr(0, open), text.substr(text.size() - close)),
        Severity::warning));
    node.set_text(text.substr(open, text.size() - open - close));
  }

  // "Call #2 arrives": YAML ends the text at " #", and the rest is a comment.
  void look_for_comment_in_text(const Node& node) {
    std::string_view value = node.text();
    if (value.empty() || value.data() < text_.data() ||
        value.data() + value.size() > text_.data() + text_.size()) {
      return; // not as written in the file
    }
    std::size_t end = static_cast<std::size_t>(value.data() - text_.data()) + value.size();
    std::size_t hash = end;
    while (hash < text_.size() && (text_[hash] == ' ' || text_[hash] == '\t')) {
      ++hash;
    }
    if (hash == end || hash + 1 >= text_.size() || text_[hash] != '#') {
      return;
    }
    char next = text_[hash + 1];
    std::string_view rest = text_.substr(hash + 1);
    rest = rest.substr(0, rest.find_first_of("\r\n"));
    if (next == ' ' || next == '\t' || next == '#' || next == '\r' || next == '\n' ||
        rest.starts_with("bizmap-ignore")) {
      return;
    }
    Cursor::LineColumn at = Cursor(lines_).at(hash);
    document_.findings.push_back(syntax_finding(
        {file_, at.line, at.column, count_characters(rest) + 1},
        fmt::format("' #' starts a comment in YAML, so the text here ends at '{}' and '#{}' is "
                    "not part of it: if it is, put the whole text in quotes (\"{} #{}\"); if it "
                    "is a comment, write '# {}'",
                    value, rest, value, rest, rest),
        Severity::warning));
  }

  // The children of the closing node are the last entries of pending_; they
  // move to the document's storage in one piece.
  void close() {
    Node& node = *open_.back();
    std::span<const Node* const> children(
        pending_.begin() + static_cast<std::ptrdiff_t>(first_child_.back()), pending_.end());
    if (node.is_map()) {
      std::vector<const Node*> kept = without_repeated_keys(children);
      node.set_children(document_.lists.copy(kept));
    } else {
      node.set_children(document_.lists.copy(children));
    }
    pending_.resize(first_child_.back());
    first_child_.pop_back();
    open_.pop_back();
    if (in_flow_.back()) {
      flows_.pop_back();
    }
    in_flow_.pop_back();
    if (!open_.empty()) {
      open_.back()->weight = saturating_add(open_.back()->weight, node.weight);
    }
  }

  bool is_open(const Node* node) const {
    return std::find(open_.rbegin(), open_.rend(), node) != open_.rend();
  }

  void remember(const Node& node, YAML::anchor_t anchor) {
    if (anchor == YAML::NullAnchor) {
      return;
    }
    if (anchors_.size() <= anchor) {
      anchors_.resize(anchor + 1, nullptr);
    }
    anchors_[anchor] = &node;
  }

  // YAML parsers keep one value of a repeated key and silently lose the other:
  // report the repeat and keep the first, as yaml-cpp does. `children` are a
  // map's key, value, key, value, ...
  std::vector<const Node*> without_repeated_keys(std::span<const Node* const> children) {
    std::size_t keys = children.size() / 2;
    auto key = [&](std::size_t i) -> const Node& { return *children[2 * i]; };
    std::vector<std::size_t> order(keys);
    for (std::size_t i = 0; i < keys; ++i) {
      order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return key(a).text() < key(b).text(); });
    std::vector<bool> repeated(keys, false);
    for (std::size_t k = 1; k < keys; ++k) {
      const Node& first = key(order[k - 1]);
      const Node& again = key(order[k]);
      if (first.is_scalar() && again.is_scalar() && first.text() == again.text()) {
        report_duplicate(first, again);
        repeated[order[k]] = true;
        order[k] = order[k - 1]; // compare later repeats with the first one
      }
    }
    std::vector<const Node*> kept;
    kept.reserve(children.size());
    for (std::size_t i = 0; i < keys; ++i) {
      if (!repeated[i]) {
        kept.push_back(children[2 * i]);
        kept.push_back(children[2 * i + 1]);
      }
    }
    return kept;
  }

  void report_duplicate(const Node& first, const Node& again) {
    bool format_line = again.text() == "bizmap" && open_.size() == 1;
    Diagnostic& finding = document_.findings.emplace_back();
    finding.rule = duplicate_key_rule;
    finding.at = again.at;
    finding.message = format_line ? std::string("'bizmap: 1' is written again here; it belongs "
                                                "once, at the top of the file: remove this line")
                                  : fmt::format("key '{}' is repeated; YAML keeps only one of "
                                                "the two values, so bizmap reads the first",
                                                again.text());
    finding.note(first.at, fmt::format("the first '{}' is here", again.text()));
  }

  [[noreturn]] void stop(const YAML::Mark& mark, std::string message) {
    stop_at(locate(mark), std::move(message));
  }

  [[noreturn]] void stop_at(const Location& at, std::string message) {
    throw Stop{syntax_finding(at, std::move(message)), std::nullopt};
  }

  Document& document_;
  std::string_view text_;
  const LineIndex& lines_;
  Cursor cursor_;
  std::uint32_t file_;
  Limits limits_;
  std::vector<Node*> open_;
  std::vector<std::size_t> first_child_; ///< by open node: where its children start in pending_
  std::vector<const Node*> pending_;     ///< children of the open nodes, innermost last
  std::vector<bool> in_flow_;            ///< by open node: written in flow style ([...] or {...})
  std::vector<std::size_t> flows_;       ///< where each open flow node starts
  std::vector<const Node*> anchors_;
  std::uint32_t alias_expansion_ = 0;
  std::size_t last_mark_ = 0;
  std::size_t furthest_ = 0;
};

// Reads only the position of the next document's first node.
class NextDocumentProbe : public YAML::EventHandler {
public:
  struct Found {
    YAML::Mark mark;
  };
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { throw Found{mark}; }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { throw Found{mark}; }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                const std::string&) override {
    throw Found{mark};
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    throw Found{mark};
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    throw Found{mark};
  }
  void OnMapEnd() override {}
};

std::size_t offset_of(const YAML::Mark& mark, std::size_t fallback, std::size_t size) {
  return mark.pos < 0 ? fallback : std::min(static_cast<std::size_t>(mark.pos), size);
}

// yaml-cpp 0.7 can report a new document at the same place forever (a lone
// ','): a second document that does not move forward is a syntax error.
void look_for_second_document(YAML::Parser& parser, Attempt& attempt, std::size_t furthest,
                              std::size_t size) {
  NextDocumentProbe probe;
  try {
    parser.HandleNextDocument(probe);
  } catch (const NextDocumentProbe::Found& found) {
    std::size_t offset = offset_of(found.mark, furthest, size);
    if (offset > furthest) {
      attempt.error = ParseError{ParseError::Kind::second_document, offset, furthest, "", {}};
    } else {
      attempt.document.root = nullptr;
      attempt.error = ParseError{ParseError::Kind::parser, offset, furthest, "unexpected", {}};
    }
  }
}

void fail(Attempt& attempt, Diagnostic finding) {
  attempt.document.root = nullptr;
  attempt.document.findings.push_back(std::move(finding));
  attempt.fatal = true;
}

} // namespace

Diagnostic syntax_finding(Location at, std::string message, Severity severity) {
  return {syntax_rule, severity, at, std::move(message), {}};
}

Attempt read_once(std::string_view text, std::uint32_t file, const Limits& limits) {
  Attempt attempt;
  LineIndex lines(text);
  TextBuffer buffer(text);
  std::istream stream(&buffer);
  YAML::Parser parser(stream);
  TreeBuilder builder(attempt.document, text, lines, file, limits);
  auto location = [&](std::size_t offset) -> Location {
    return {file, lines.line_of(offset), lines.column_of(offset), 1};
  };
  try {
    parser.HandleNextDocument(builder);
    look_for_second_document(parser, attempt, builder.furthest(), text.size());
  } catch (const Stop& stop) {
    if (stop.unclosed_quote) {
      attempt.document.root = nullptr;
      attempt.error = ParseError{ParseError::Kind::unclosed_quote, *stop.unclosed_quote,
                                 builder.furthest(), "", builder.open_flow()};
    } else {
      fail(attempt, stop.finding);
    }
  } catch (const YAML::DeepRecursion& error) {
    fail(attempt,
         syntax_finding(location(offset_of(error.mark, builder.furthest(), text.size())),
                        fmt::format("this file nests too deeply for the YAML parser (deeper "
                                    "than {} levels)",
                                    error.depth())));
  } catch (const YAML::Exception& error) {
    attempt.document.root = nullptr;
    attempt.error =
        ParseError{ParseError::Kind::parser, offset_of(error.mark, builder.furthest(), text.size()),
                   builder.furthest(), error.msg, builder.open_flow()};
  }
  return attempt;
}

Attempt read_once(std::unique_ptr<std::string> text, std::uint32_t file, const Limits& limits) {
  Attempt attempt = read_once(std::string_view(*text), file, limits);
  attempt.document.repaired = std::move(text);
  return attempt;
}

void renumber(Document& document, std::uint32_t file) {
  for (Node& node : document.nodes) {
    node.at.file = file;
  }
  for (Diagnostic& finding : document.findings) {
    finding.at.file = file;
    for (RelatedLocation& related : finding.related) {
      related.at.file = file;
    }
  }
}

bool is_null_scalar(const Node& node) {
  if (node.is_null()) {
    return true;
  }
  if (!node.is_scalar() || node.quoted) {
    return false;
  }
  std::string_view t = node.text();
  return t.empty() || t == "~" || t == "null" || t == "Null" || t == "NULL";
}

bool to_integer(const Node& node, long long& value) {
  if (!node.is_scalar() || node.quoted || node.text().empty() || node.text().size() > 18) {
    return false;
  }
  std::size_t start = node.text()[0] == '-' || node.text()[0] == '+' ? 1 : 0;
  if (start == node.text().size()) {
    return false;
  }
  for (std::size_t i = start; i < node.text().size(); ++i) {
    if (node.text()[i] < '0' || node.text()[i] > '9') {
      return false;
    }
  }
  value = std::stoll(std::string(node.text()));
  return true;
}

} // namespace bizmap::yaml
