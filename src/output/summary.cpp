#include "output/summary.hpp"

#include <bizmap/check.hpp>
#include <fmt/format.h>
#include <vector>

namespace bizmap {
namespace {

std::string plural(std::size_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

// "3 warnings and 1 info not shown", or nothing when nothing was hidden.
std::string not_shown(const Tally& hidden) {
  std::vector<std::string> parts;
  if (hidden.warnings > 0) {
    parts.push_back(plural(hidden.warnings, "warning"));
  }
  if (hidden.infos > 0) {
    parts.push_back(plural(hidden.infos, "info"));
  }
  return parts.empty() ? std::string() : fmt::format(" ({} not shown)", fmt::join(parts, " and "));
}

} // namespace

std::string summary_line(const Model& model, std::span<const Diagnostic> findings,
                         const std::optional<Tally>& hidden) {
  Tally counts = tally({findings.begin(), findings.end()});
  if (hidden) {
    return fmt::format("{}{} in {}", plural(counts.errors, "error"), not_shown(*hidden),
                       plural(model.files.size(), "file"));
  }
  return fmt::format("{}, {}, {} in {}", plural(counts.errors, "error"),
                     plural(counts.warnings, "warning"), plural(counts.infos, "info"),
                     plural(model.files.size(), "file"));
}

} // namespace bizmap
