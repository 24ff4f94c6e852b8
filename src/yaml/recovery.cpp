// Reading a file with mistakes in it: each mistake is said in plain words,
// and the file is read again as if it were fixed, so that one mistake gives
// one finding instead of losing the whole file.
#include "mistakes/mistakes.hpp"
#include "mistakes/repair.hpp"
#include "text/text.hpp"
#include "yaml/attempt.hpp"
#include "yaml/encoding.hpp"
#include "yaml/tree.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace bizmap::yaml {
namespace {

std::string_view without_bom(std::string_view text) {
  return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
}

std::string character_name(char32_t code) {
  std::string text;
  append_utf8(text, code);
  return code < 0xA0 ? fmt::format("U+{:04X}", static_cast<std::uint32_t>(code))
                     : fmt::format("'{}'", text);
}

std::string encoding_message(const Decoded& decoded) {
  return fmt::format(
      "the file is not saved as UTF-8 but most likely as {}, where the byte 0x{:02X} "
      "here is {}: save it as UTF-8 (in most editors: Save As, then choose the "
      "encoding UTF-8); bizmap read it as {} this time",
      decoded.encoding == "Latin-1" ? "Latin-1 (ISO-8859-1) or Windows-1252" : decoded.encoding,
      decoded.byte, character_name(decoded.example), decoded.encoding);
}

bool has_repeated_keys(const Document& document) {
  return std::any_of(document.findings.begin(), document.findings.end(),
                     [](const Diagnostic& d) { return d.rule == duplicate_key_rule; });
}

// Tabs count as 8 columns, so that a tab-indented line falls inside the
// entry its tab looks like it belongs to.
std::size_t visual_indent(std::string_view line) {
  std::size_t columns = 0;
  for (char c : line) {
    if (c == ' ') {
      ++columns;
    } else if (c == '\t') {
      columns = (columns / 8 + 1) * 8;
    } else {
      break;
    }
  }
  return columns;
}

bool is_blank(std::string_view line) {
  std::size_t start = line.find_first_not_of(" \t");
  return start == std::string_view::npos || line[start] == '#';
}

bool starts_item(std::string_view line) {
  std::size_t start = line.find_first_not_of(" \t");
  return start != std::string_view::npos && line[start] == '-' &&
         (start + 1 == line.size() || line[start + 1] == ' ' || line[start + 1] == '\t');
}

// The list item (or top-level entry) that holds `line`: the lines to leave
// unread when nothing else makes the file readable.
LineRange entry_around(const LineIndex& lines, std::uint32_t line) {
  std::size_t own = visual_indent(lines.line(line));
  std::uint32_t first = 1;
  for (std::uint32_t l = line; l >= 1; --l) {
    std::string_view text = lines.line(l);
    if (is_blank(text)) {
      continue;
    }
    std::size_t indent = visual_indent(text);
    if ((starts_item(text) && (l == line || indent < own)) || indent == 0) {
      first = l;
      break;
    }
  }
  std::size_t indent = visual_indent(lines.line(first));
  std::uint32_t last = std::max(first, line);
  while (last < lines.lines()) {
    std::string_view next = lines.line(last + 1);
    if (!is_blank(next) && visual_indent(next) <= indent) {
      break;
    }
    ++last;
  }
  while (last > std::max(first, line) && is_blank(lines.line(last))) {
    --last; // blank lines and comments after it belong to no entry
  }
  return {first, last};
}

std::uint32_t line_of(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + offset, '\n')) + 1;
}

// How many times a broken file may be read again: enough for every mistake
// of a model written by hand, and a bound on the time a huge file costs.
std::size_t readings_for(std::size_t size) {
  if (size <= (std::size_t{4} << 20)) {
    return 48;
  }
  return size <= (std::size_t{32} << 20) ? 8 : 3;
}

class Recovery {
public:
  Recovery(std::uint32_t file, const Limits& limits, const Judge& judge, std::size_t size)
      : file_(file), limits_(limits), judge_(judge), attempts_left_(readings_for(size)) {}

  /// Reads on from a failed attempt at `text`.
  Document run(std::string_view text, Attempt attempt) {
    std::string_view current = text;
    for (int round = 0; attempt.error && !attempt.fatal && round < 8; ++round) {
      LineIndex lines(current);
      std::vector<Diagnosis> diagnoses = diagnose(lines, *attempt.error);
      std::optional<Choice> choice = choose(lines, diagnoses, attempt);
      const Diagnosis& told = diagnoses[choice ? choice->diagnosis : 0];
      std::string message = choice                            ? told.message + choice->advice
                            : told.unrepaired_message.empty() ? told.message
                                                              : told.unrepaired_message;
      said_.push_back(
          syntax_finding({file_, told.line, columns_.original(told.line, told.column), told.length},
                         std::move(message)));
      if (!choice) {
        break;
      }
      columns_.add(choice->edits);
      unread_.insert(unread_.end(), choice->unread.begin(), choice->unread.end());
      attempt = std::move(choice->attempt);
      current = attempt.document.repaired ? std::string_view(*attempt.document.repaired) : text;
    }
    if (attempt.error && !attempt.fatal) {
      attempt = what_can_be_read(current, std::move(attempt));
    }
    return finish(std::move(attempt));
  }

private:
  struct Choice {
    std::size_t diagnosis;
    std::string advice;
    std::vector<Edit> edits;
    std::vector<LineRange> unread;
    Attempt attempt;
  };

  bool reads(const Attempt& attempt) const { return !attempt.error && !attempt.fatal; }

  std::optional<Attempt> try_edits(const LineIndex& lines, std::span<const Edit> edits) {
    if (attempts_left_ == 0) {
      return std::nullopt;
    }
    --attempts_left_;
    return read_once(std::make_unique<std::string>(apply_edits(lines, edits)), file_, limits_);
  }

  // The first diagnosis with a repair that makes the file read; of its
  // repairs that read, the one the judge finds fewest problems with. Failing
  // that, the broken entry left unread, or a repair that gets further.
  std::optional<Choice> choose(const LineIndex& lines, const std::vector<Diagnosis>& diagnoses,
                               const Attempt& failed) {
    std::uint32_t failed_line = lines.line_of(failed.error->offset);
    std::optional<Choice> further;
    for (std::size_t d = 0; d < diagnoses.size(); ++d) {
      std::optional<Choice> best;
      std::size_t best_problems = 0;
      for (const Repair& repair : diagnoses[d].repairs) {
        std::optional<Attempt> attempt = try_edits(lines, repair.edits);
        if (!attempt || attempt->fatal ||
            (repair.keys_stay_unique && has_repeated_keys(attempt->document))) {
          continue;
        }
        if (reads(*attempt)) {
          std::size_t problems =
              judge_ && attempt->document.root ? judge_(*attempt->document.root) : 0;
          if (!best || problems < best_problems) {
            best_problems = problems;
            best = Choice{d, repair.advice, repair.edits, {}, std::move(*attempt)};
          }
          if (problems == 0) {
            break; // nothing reads better than a file without problems
          }
        } else if (!further &&
                   gets_further(*attempt, failed, std::max(failed_line, diagnoses[d].line))) {
          further = Choice{d, repair.advice, repair.edits, {}, std::move(*attempt)};
        }
      }
      if (best) {
        return best;
      }
    }
    std::optional<Choice> skipped = skip_entry(lines, diagnoses, failed);
    if (skipped && further) {
      std::uint32_t reached =
          line_of(*further->attempt.document.repaired, further->attempt.error->offset);
      bool beyond = reached > skipped->unread.front().last ||
                    gets_further(further->attempt, failed, lines.lines());
      return beyond ? std::move(further) : std::move(skipped);
    }
    return skipped ? std::move(skipped) : std::move(further);
  }

  // The parser stops later on, or at the same place but with one bracket
  // fewer left open: there is another mistake, and it is after this one.
  static bool gets_further(const Attempt& attempt, const Attempt& failed, std::uint32_t line) {
    if (!attempt.error || !attempt.document.repaired) {
      return false;
    }
    const ParseError& now = *attempt.error;
    const ParseError& before = *failed.error;
    bool fewer_open = now.offset >= before.offset && now.open_flow && before.open_flow &&
                      *now.open_flow < *before.open_flow;
    return fewer_open || line_of(*attempt.document.repaired, now.offset) > line;
  }

  std::optional<Choice> skip_entry(const LineIndex& lines, const std::vector<Diagnosis>& diagnoses,
                                   const Attempt& failed) {
    if (failed.error->kind == ParseError::Kind::second_document) {
      return std::nullopt;
    }
    LineRange entry = entry_around(lines, diagnoses.front().line);
    if (entry.first == 1 && entry.last == lines.lines()) {
      return std::nullopt;
    }
    std::vector<Edit> edits;
    for (std::uint32_t line = entry.first; line <= entry.last; ++line) {
      edits.push_back(blank_line(lines, line));
    }
    std::optional<Attempt> attempt = try_edits(lines, edits);
    if (!attempt || attempt->fatal ||
        (!reads(*attempt) && !gets_further(*attempt, failed, entry.last))) {
      return std::nullopt;
    }
    return Choice{0, skipped_advice(entry), std::move(edits), {entry}, std::move(*attempt)};
  }

  static std::string skipped_advice(LineRange range) {
    return range.first == range.last
               ? fmt::format("; bizmap could not read line {}", range.first)
               : fmt::format("; bizmap could not read lines {}-{}", range.first, range.last);
  }

  // Nothing more can be repaired: the first document when a second one
  // follows, else the file up to the entry with the mistake, else nothing.
  Attempt what_can_be_read(std::string_view text, Attempt failed) {
    LineIndex lines(text);
    std::uint32_t stop = lines.line_of(failed.error->offset);
    std::uint32_t last = lines.lines();
    while (last > stop && is_blank(lines.line(last))) {
      --last;
    }
    if (failed.error->kind == ParseError::Kind::second_document && failed.document.root) {
      unread_.push_back({stop, last});
      failed.error.reset();
      return failed;
    }
    if (!said_.empty()) {
      stop = std::min(stop, said_.back().at.line);
    }
    LineRange entry = entry_around(lines, stop);
    if (entry.first > 1 && attempts_left_ > 0) {
      --attempts_left_;
      auto head = std::make_unique<std::string>(text.substr(0, lines.start_of(entry.first)));
      Attempt before = read_once(std::move(head), file_, limits_);
      if (reads(before)) {
        unread_.push_back({entry.first, last});
        return before;
      }
    }
    unread_.push_back({1, last});
    failed.document.root = nullptr;
    return failed;
  }

  // Positions back to what the user wrote, and the findings in file order.
  Document finish(Attempt attempt) {
    Document document = std::move(attempt.document);
    if (!columns_.empty()) {
      for (Node& node : document.nodes) {
        std::uint32_t start = columns_.original(node.at.line, node.at.column);
        std::uint32_t end = columns_.original(node.at.line, node.at.column + node.at.length);
        node.at.length = std::max<std::uint32_t>(1, end > start ? end - start : 1);
        node.at.column = start;
      }
      for (Diagnostic& finding : document.findings) {
        finding.at.column = columns_.original(finding.at.line, finding.at.column);
      }
    }
    said_.insert(said_.end(), std::make_move_iterator(document.findings.begin()),
                 std::make_move_iterator(document.findings.end()));
    document.findings = std::move(said_);
    document.unread = std::move(unread_);
    return document;
  }

  std::uint32_t file_;
  const Limits& limits_;
  const Judge& judge_;
  std::size_t attempts_left_;
  ColumnMap columns_;
  std::vector<Diagnostic> said_;
  std::vector<LineRange> unread_;
};

} // namespace

Document parse(std::string_view text, std::uint32_t file, const Limits& limits,
               const Judge& judge) {
  if (text.size() > limits.max_file_bytes) {
    Document document;
    document.findings.push_back(syntax_finding(
        {file, 1, 1, 1}, fmt::format("this file is larger than {} MiB; bizmap does not read it",
                                     limits.max_file_bytes >> 20)));
    return document;
  }
  text = without_bom(text);
  std::unique_ptr<std::string> converted;
  std::optional<Diagnostic> encoding;
  if (std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    std::optional<Decoded> decoded = decode_other_encoding(text);
    if (!decoded) {
      LineIndex lines(text);
      Document document;
      document.findings.push_back(syntax_finding(
          {file, lines.line_of(bad), lines.column_of(bad), 1},
          text[bad] == '\0' ? "the file contains a NUL byte: it is not a text file"
                            : "the file is not valid UTF-8 text, and it does not read as text in "
                              "another encoding either: it is not a text file"));
      return document;
    }
    converted = std::make_unique<std::string>(std::move(decoded->text));
    LineIndex lines(*converted);
    std::size_t at = decoded->first_converted;
    encoding = syntax_finding({file, lines.line_of(at), lines.column_of(at), 1},
                              encoding_message(*decoded));
    text = *converted;
  }
  std::optional<Diagnostic> line_ends;
  if (std::size_t cr = text.find('\r');
      cr != std::string_view::npos && text.find('\n') == std::string_view::npos) {
    std::string lines(text);
    std::replace(lines.begin(), lines.end(), '\r', '\n');
    converted = std::make_unique<std::string>(std::move(lines));
    line_ends = syntax_finding(
        {file, 1, LineIndex(text).column_of(cr), 1},
        "the lines of this file end with a carriage return only, as on old Mac computers, and "
        "YAML does not read that as the end of a line: save the file with ordinary line ends "
        "(LF, or CRLF on Windows); bizmap read each carriage return as a line end this time");
    text = *converted;
  }
  Attempt attempt = read_once(text, file, limits);
  Document document =
      !attempt.error ? std::move(attempt.document)
                     : Recovery(file, limits, judge, text.size()).run(text, std::move(attempt));
  for (std::optional<Diagnostic>* finding : {&line_ends, &encoding}) {
    if (*finding) {
      document.findings.insert(document.findings.begin(), std::move(**finding));
    }
  }
  document.converted = std::move(converted);
  return document;
}

} // namespace bizmap::yaml
