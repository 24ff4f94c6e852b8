#include "whatif/answer_lines.hpp"

#include <fmt/format.h>
#include <ostream>

namespace bizmap {

void write_what_if_text(const WhatIfAnswer& answer, std::ostream& out) {
  std::vector<std::string> changes;
  for (const ScenarioChange& change : answer.changes) {
    changes.push_back(change.written);
  }
  out << fmt::format("What if: {}\n", fmt::join(changes, ", then "));
  for (const AnswerSection& section : answer_sections(answer)) {
    std::string count = section.lines.empty() ? "none"
                        : section.counted     ? std::to_string(section.lines.size())
                                              : "";
    out << fmt::format("\n{}:{}{}\n", section.heading, count.empty() ? "" : " ", count);
    for (const AnswerLine& line : section.lines) {
      out << "  " << line.text;
      if (line.at) {
        out << "  (" << place_text(answer.before, *line.at) << ")";
      }
      out << '\n';
    }
  }
}

} // namespace bizmap
