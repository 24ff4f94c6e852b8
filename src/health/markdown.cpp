#include "output/markdown.hpp"

#include "health/lines.hpp"

#include <fmt/format.h>
#include <ostream>

namespace bizmap {
void write_health_markdown(const HealthAnswer& answer, std::ostream& out) {
  out << "# " << escape_markdown(health_title(answer.model)) << '\n';
  for (const HealthSection& section : health_sections(answer)) {
    out << fmt::format("\n## {}\n\n", escape_markdown(section.heading));
    for (const HealthLine& line : section.lines) {
      out << (line.fact ? "  - " : "- ") << escape_markdown(line.text);
      if (line.at) {
        out << fmt::format(" (`{}`)", health_place(answer.model, *line.at));
      }
      out << '\n';
    }
  }
}

} // namespace bizmap
