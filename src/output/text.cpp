// The compiler-style format: file:line:col: severity: message [rule], then
// the source line with a caret under the exact spot.
#include "text/text.hpp"

#include "output/display_width.hpp"
#include "output/output.hpp"
#include "output/summary.hpp"
#include "output/terminal_text.hpp"

#include <fmt/format.h>
#include <map>
#include <ostream>

namespace bizmap {
namespace {

struct FindingColors {
  std::string_view bold, reset, error, warning, info, caret, note;
};

constexpr FindingColors colors{"\033[1m",    "\033[0m",    "\033[1;31m", "\033[1;35m",
                               "\033[1;36m", "\033[1;32m", "\033[1;30m"};
constexpr FindingColors plain{"", "", "", "", "", "", ""};

std::string_view color_of(Severity severity, const FindingColors& palette) {
  switch (severity) {
  case Severity::error:
    return palette.error;
  case Severity::warning:
    return palette.warning;
  case Severity::info:
    break;
  }
  return palette.info;
}

// Spaces up to the column, keeping tabs so the caret lines up in a terminal,
// and the caret's run under `length` characters: a wide character (CJK)
// takes two columns of both.
struct Underline {
  std::string pad;
  std::uint32_t columns = 0;
};

Underline underline(std::string_view line, std::uint32_t column, std::uint32_t length) {
  Underline result;
  std::uint32_t characters = 1;
  for (std::size_t at = 0; at < line.size() && characters < column + length; ++characters) {
    bool tab = line[at] == '\t';
    std::uint32_t width = display_width(next_character(line, at));
    if (characters < column) {
      result.pad += tab ? std::string(1, '\t') : std::string(width, ' ');
    } else {
      result.columns += width;
    }
  }
  if (characters < column) {
    result.pad += std::string(column - characters, ' ');
  }
  if (characters < column + length) {
    result.columns += column + length - std::max(characters, column);
  }
  return result;
}

void write_source(std::string_view line, const Location& at, const FindingColors& palette,
                  std::ostream& out) {
  Underline caret = underline(line, at.column, std::max<std::uint32_t>(1, at.length));
  out << fmt::format("{:>5} | {}\n", at.line, visible(line));
  out << fmt::format("{:>5} | {}{}^{}{}\n", "", caret.pad, palette.caret,
                     std::string(caret.columns - 1, '~'), palette.reset);
}

// Binary text or a huge line would flood the terminal; the location says enough.
bool is_printable(std::string_view line) {
  constexpr std::size_t longest = 300;
  return !line.empty() && line.size() <= longest &&
         find_invalid_utf8(line) == std::string_view::npos;
}

// The source line under a finding or a note, each file's lines indexed once.
class SourceLines {
public:
  explicit SourceLines(const Model& model) : model_(model) {}

  void write(const Location& at, const FindingColors& palette, std::ostream& out) {
    auto [index, _] = lines_.try_emplace(at.file, model_.files[at.file].text);
    std::string_view line = index->second.line(at.line);
    if (is_printable(line)) {
      write_source(line, at, palette, out);
    }
  }

private:
  const Model& model_;
  std::map<std::uint32_t, LineIndex> lines_;
};

} // namespace

void write_text(const Model& model, std::span<const Diagnostic> findings,
                const OutputOptions& options, std::ostream& out) {
  const FindingColors& palette = options.color ? colors : plain;
  SourceLines lines(model);
  for (const Diagnostic& finding : findings) {
    out << fmt::format("{}{}:{}:{}:{} {}{}:{} {}{}{} [{}]\n", palette.bold,
                       visible(model.files[finding.at.file].path), finding.at.line,
                       finding.at.column, palette.reset, color_of(finding.severity, palette),
                       to_string(finding.severity), palette.reset, palette.bold,
                       visible(finding.message), palette.reset, finding.rule);
    lines.write(finding.at, palette, out);
    for (const RelatedLocation& related : finding.related) {
      out << fmt::format("{}{}:{}:{}:{} {}note:{} {}\n", palette.bold,
                         visible(model.files[related.at.file].path), related.at.line,
                         related.at.column, palette.reset, palette.note, palette.reset,
                         visible(related.note));
      lines.write(related.at, palette, out);
    }
  }
  out << summary_line(model, findings, options.hidden) << "\n";
}

} // namespace bizmap
