#include "health/lines.hpp"

#include <fmt/format.h>
#include <ostream>

namespace bizmap {
namespace {

// Model text in a Markdown list item: characters that would start markup
// are escaped.
std::string escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

} // namespace

void write_health_markdown(const HealthAnswer& answer, std::ostream& out) {
  out << "# " << escaped(health_title(answer.model)) << '\n';
  for (const HealthSection& section : health_sections(answer)) {
    out << fmt::format("\n## {}\n\n", escaped(section.heading));
    for (const HealthLine& line : section.lines) {
      out << (line.fact ? "  - " : "- ") << escaped(line.text);
      if (line.at) {
        out << fmt::format(" (`{}`)", health_place(answer.model, *line.at));
      }
      out << '\n';
    }
  }
}

} // namespace bizmap
