#include "output/summary.hpp"

#include <bizmap/check.hpp>
#include <fmt/format.h>

namespace bizmap {
namespace {

std::string plural(std::size_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

} // namespace

std::string summary_line(const Model& model, std::span<const Diagnostic> findings) {
  Tally counts = tally({findings.begin(), findings.end()});
  return fmt::format("{}, {}, {} in {}", plural(counts.errors, "error"),
                     plural(counts.warnings, "warning"), plural(counts.infos, "info"),
                     plural(model.files.size(), "file"));
}

} // namespace bizmap
