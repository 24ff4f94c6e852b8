#include "lint/suppression.hpp"

#include "model/suggest.hpp"
#include "rules/rule.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <memory>

namespace bizmap {
namespace {

// Follows just enough YAML, line by line, to tell comments from text: quoted
// strings (which may span lines) and block scalars (`|`, `>`).
class CommentScanner {
public:
  /// The byte offset of the comment in `line`, or npos.
  std::size_t comment_in(std::string_view line) {
    std::size_t indent = line.find_first_not_of(" \t\r");
    if (in_block_ && (indent == std::string_view::npos || indent > block_indent_)) {
      return std::string_view::npos;
    }
    in_block_ = false;
    std::size_t comment = scan(line);
    std::string_view content = line.substr(0, comment);
    if (quote_ == '\0' && opens_block(content)) {
      in_block_ = true;
      block_indent_ = owner_indent(content, indent);
    }
    return comment;
  }

private:
  // The text of a block scalar must be indented more than the node that owns
  // it: the key in "  - description: |" (column 4), or the dash in "  - |".
  static std::size_t owner_indent(std::string_view content, std::size_t indent) {
    std::size_t owner = indent;
    while (content.substr(owner).starts_with("- ")) {
      std::size_t next = content.find_first_not_of(" \t", owner + 1);
      if (next == std::string_view::npos || content[next] == '|' || content[next] == '>') {
        return owner;
      }
      owner = next;
    }
    return owner;
  }

  std::size_t scan(std::string_view line) {
    char previous = ' ';
    char last_token = '\0'; // the last character that was not a space
    for (std::size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (quote_ != '\0') {
        if (quote_ == '"' && c == '\\') { // NOLINT(bugprone-branch-clone): two escapes
          ++i;
        } else if (c == quote_ && !(quote_ == '\'' && i + 1 < line.size() && line[i + 1] == '\'')) {
          quote_ = '\0';
        } else if (c == '\'' && quote_ == '\'') {
          ++i;
        }
      } else if ((c == '&' || c == '!') && starts_value(previous, last_token)) {
        // An anchor or tag ("&brief", "!!str") comes before the value it marks.
        i = std::min(line.find_first_of(" \t", i), line.size()) - 1;
        c = ' ';
      } else if ((c == '"' || c == '\'') && starts_value(previous, last_token)) {
        quote_ = c;
      } else if (c == '#' && (previous == ' ' || previous == '\t')) {
        return i;
      }
      previous = c;
      last_token = c == ' ' || c == '\t' ? last_token : c;
    }
    return std::string_view::npos;
  }

  // A quote opens a quoted scalar only where a value can begin: after a key's
  // ':', a '-', ',', '[', '{' or '?', or at the start of the line. The
  // apostrophes in "don't" and "Rock 'n roll" are plain text.
  static bool starts_value(char previous, char last_token) {
    bool at_boundary = std::string_view(" \t-:,[{?").find(previous) != std::string_view::npos;
    return at_boundary && (last_token == '\0' ||
                           std::string_view("-:,[{?").find(last_token) != std::string_view::npos);
  }

  // `key: |`, `- >-`, `key: |2+`: a block scalar's text starts on the next line.
  static bool opens_block(std::string_view content) {
    std::size_t end = content.find_last_not_of(" \t\r");
    if (end == std::string_view::npos) {
      return false;
    }
    std::size_t start = end;
    while (start > 0 &&
           std::string_view("+-0123456789").find(content[start]) != std::string_view::npos) {
      --start;
    }
    bool indicator = content[start] == '|' || content[start] == '>';
    bool after_value_start = start == 0 || content[start - 1] == ' ' || content[start - 1] == '\t';
    return indicator && after_value_start && end - start <= 2;
  }

  char quote_ = '\0';
  bool in_block_ = false;
  std::size_t block_indent_ = 0;
};

constexpr std::string_view marker = "bizmap-ignore";

std::vector<Ref> rule_names(std::string_view list, std::size_t offset, std::uint32_t file,
                            std::uint32_t line, const LineIndex& lines, std::size_t line_start) {
  std::vector<Ref> names;
  std::size_t i = 0;
  while (i < list.size()) {
    std::size_t begin = list.find_first_not_of(" \t,", i);
    if (begin == std::string_view::npos) {
      break;
    }
    std::size_t end = list.find_first_of(" \t,", begin);
    end = end == std::string_view::npos ? list.size() : end;
    std::string_view name = list.substr(begin, end - begin);
    std::uint32_t column = lines.column_of(line_start + offset + begin);
    names.push_back({std::string(name), {file, line, column, count_characters(name)}});
    i = end;
  }
  return names;
}

// Parses the text after '#': " bizmap-ignore", " bizmap-ignore(a, b)" or
// " bizmap-ignore-next-line(a)". Other comments give nothing.
std::optional<Suppression> parse_comment(std::string_view comment, std::size_t comment_offset,
                                         std::uint32_t file, std::uint32_t line,
                                         const LineIndex& lines, std::size_t line_start) {
  std::size_t begin = comment.find_first_not_of(" \t", 1);
  if (begin == std::string_view::npos || comment.substr(begin, marker.size()) != marker) {
    return std::nullopt;
  }
  std::string_view rest = comment.substr(begin + marker.size());
  Suppression suppression;
  suppression.at = {file, line, lines.column_of(line_start + comment_offset), 1};
  suppression.line = line;
  std::size_t list_offset = comment_offset + begin + marker.size();
  if (rest.starts_with("-next-line")) {
    rest.remove_prefix(10);
    list_offset += 10;
    suppression.line = line + 1;
  }
  // Like ESLint's directives, a reason may follow: "bizmap-ignore(rule) -- why".
  rest = rest.substr(0, rest.find(" --"));
  std::size_t trimmed = rest.find_last_not_of(" \t\r");
  rest = trimmed == std::string_view::npos ? std::string_view() : rest.substr(0, trimmed + 1);
  if (rest.empty()) {
    return suppression;
  }
  if (rest.front() != '(' || rest.back() != ')') {
    return std::nullopt;
  }
  suppression.rules =
      rule_names(rest.substr(1, rest.size() - 2), list_offset + 1, file, line, lines, line_start);
  return suppression;
}

} // namespace

std::vector<Suppression> find_suppressions(std::string_view text, std::uint32_t file) {
  std::vector<Suppression> found;
  if (text.find(marker) == std::string_view::npos) {
    return found;
  }
  LineIndex lines(text);
  CommentScanner scanner;
  std::size_t line_start = 0;
  for (std::uint32_t line = 1; line_start <= text.size(); ++line) {
    std::size_t line_end = text.find('\n', line_start);
    line_end = line_end == std::string_view::npos ? text.size() : line_end;
    std::string_view content = text.substr(line_start, line_end - line_start);
    std::size_t comment = scanner.comment_in(content);
    if (comment != std::string_view::npos) {
      if (auto suppression =
              parse_comment(content.substr(comment), comment, file, line, lines, line_start)) {
        found.push_back(std::move(*suppression));
      }
    }
    line_start = line_end + 1;
  }
  return found;
}

namespace {

void report_unused(const Location& at, std::string message, std::string suggestion,
                   std::vector<Diagnostic>& into) {
  into.push_back({rules::unused_suppression.id, rules::unused_suppression.severity, at,
                  std::move(message), std::move(suggestion)});
}

// The suppressions of one file, and which of them suppressed something.
class FileSuppressions {
public:
  explicit FileSuppressions(std::vector<Suppression> suppressions)
      : suppressions_(std::move(suppressions)) {
    for (const Suppression& suppression : suppressions_) {
      by_line_.emplace(suppression.line, &suppression);
    }
  }

  /// Whether a finding of this file is suppressed; remembers what did it.
  bool suppresses(const Diagnostic& finding) {
    bool suppressed = false;
    auto [begin, end] = by_line_.equal_range(finding.at.line);
    for (auto it = begin; it != end; ++it) {
      const Suppression& suppression = *it->second;
      for (const Ref& rule : suppression.rules) {
        const Rule* named = find_rule(rule.id);
        if (named != nullptr && named->id == finding.rule) {
          rule_used_[&rule] = suppressed = true;
        }
      }
      if (suppression.rules.empty()) {
        suppressed = true;
      }
      used_[&suppression] = used_[&suppression] || suppressed;
    }
    return suppressed;
  }

  /// An unused-suppression finding for each comment, or rule named in one,
  /// that suppressed nothing.
  void add_unused(std::vector<Diagnostic>& unused) {
    for (const Suppression& suppression : suppressions_) {
      if (suppression.rules.empty() && !used_[&suppression]) {
        report_unused(suppression.at, "this bizmap-ignore comment suppresses nothing", {}, unused);
      }
      for (const Ref& rule : suppression.rules) {
        if (find_rule(rule.id) == nullptr) {
          std::optional<std::string_view> near = closest_rule(rule.id);
          report_unused(rule.at,
                        fmt::format("'{}' is not a rule, so it suppresses nothing{}", rule.id,
                                    did_you_mean(near)),
                        near ? std::string(*near) : "", unused);
        } else if (!rule_used_[&rule]) {
          report_unused(
              rule.at,
              fmt::format("no '{}' finding on line {} to suppress", rule.id, suppression.line), {},
              unused);
        }
      }
    }
  }

private:
  std::vector<Suppression> suppressions_;
  std::multimap<std::uint32_t, const Suppression*> by_line_;
  std::map<const Ref*, bool> rule_used_;
  std::map<const Suppression*, bool> used_;
};

} // namespace

// Each finding is looked at once, whatever the number of files with
// suppressions: not once for each of them.
void apply_suppressions(const Model& model, std::vector<Diagnostic>& findings) {
  std::vector<std::unique_ptr<FileSuppressions>> files(model.files.size());
  bool any = false;
  for (std::uint32_t file = 0; file < model.files.size(); ++file) {
    std::vector<Suppression> suppressions = find_suppressions(model.files[file].text, file);
    if (!suppressions.empty()) {
      files[file] = std::make_unique<FileSuppressions>(std::move(suppressions));
      any = true;
    }
  }
  if (!any) {
    return;
  }
  std::erase_if(findings, [&](const Diagnostic& finding) {
    if (finding.at.file >= files.size() || !files[finding.at.file] ||
        finding.rule == rules::unused_suppression.id) {
      return false;
    }
    return files[finding.at.file]->suppresses(finding);
  });
  std::vector<Diagnostic> unused;
  for (const std::unique_ptr<FileSuppressions>& file : files) {
    if (file) {
      file->add_unused(unused);
    }
  }
  findings.insert(findings.end(), std::make_move_iterator(unused.begin()),
                  std::make_move_iterator(unused.end()));
}

} // namespace bizmap
