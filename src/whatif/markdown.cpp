#include "output/markdown.hpp"

#include "whatif/answer_lines.hpp"

#include <fmt/format.h>
#include <ostream>

namespace bizmap {
void write_what_if_markdown(const WhatIfAnswer& answer, std::ostream& out) {
  std::vector<std::string> changes;
  for (const ScenarioChange& change : answer.changes) {
    changes.push_back(fmt::format("`{}`", change.written));
  }
  out << fmt::format("# What if: {}\n", fmt::join(changes, ", then "));
  for (const AnswerSection& section : answer_sections(answer)) {
    out << fmt::format("\n## {}\n\n", section.heading);
    if (section.lines.empty()) {
      out << "None.\n";
    }
    for (const AnswerLine& line : section.lines) {
      out << "- " << escape_markdown(line.text);
      if (line.at) {
        out << fmt::format(" (`{}`)", place_text(answer.before, *line.at));
      }
      out << '\n';
    }
  }
}

} // namespace bizmap
