#include "health/lines.hpp"

#include <fmt/format.h>
#include <ostream>

namespace bizmap {

void write_health_text(const HealthAnswer& answer, std::ostream& out) {
  out << health_title(answer.model) << '\n';
  for (const HealthSection& section : health_sections(answer)) {
    out << '\n' << section.heading << '\n';
    for (const HealthLine& line : section.lines) {
      out << (line.fact ? "    " : "  ") << line.text;
      if (line.at) {
        out << fmt::format(" ({})", health_place(answer.model, *line.at));
      }
      out << '\n';
    }
  }
}

} // namespace bizmap
