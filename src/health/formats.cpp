#include "health/formats.hpp"

#include "model/places.hpp"

#include <array>
#include <cmath>
#include <fmt/format.h>

namespace bizmap {
namespace {

constexpr std::array formats = std::to_array<HealthFormat>({
    {"text", "text", {}, write_health_text},
    {"markdown", "Markdown", {}, write_health_markdown},
    {"json", "JSON", {}, write_health_json},
});

} // namespace

std::span<const HealthFormat> health_formats() {
  return formats;
}

std::string health_place(const Model& model, const Location& at) {
  std::string_view file = file_path(model, at);
  return file.empty() ? fmt::format("line {}", at.line) : fmt::format("{}:{}", file, at.line);
}

std::string factor_text(double factor) {
  // A hair above the hundredth keeps 1.25 from showing as 1.24.
  return fmt::format("{:.2f}", std::floor(factor * 100 + 1e-9) / 100);
}

std::string score_text(const std::optional<int>& score) {
  return score ? std::to_string(*score) : "n/a";
}

} // namespace bizmap
