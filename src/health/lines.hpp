#pragma once

// What `bizmap health` says, section by section and line by line, for the
// text and Markdown formats alike.

#include "health/formats.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bizmap {

/// One line of the answer, with the place in the model it speaks of.
struct HealthLine {
  std::string text;
  std::optional<Location> at;
  bool fact = false; ///< a fact under an area's summary, shown indented
};

struct HealthSection {
  std::string heading;
  std::vector<HealthLine> lines;
};

/// The title ("Health of Ledgerly") and the sections below it.
std::string health_title(const Model& model);
std::vector<HealthSection> health_sections(const HealthAnswer& answer);

} // namespace bizmap
