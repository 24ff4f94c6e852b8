#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace bizmap {

/// The areas of the report's health check, in the order they are shown.
enum class HealthAreaKind : std::uint8_t { ownership, handoffs, documentation, automation, flow };
inline constexpr std::size_t health_area_count = 5;

/// The word `.bizmap.yaml` names an area by (`health: weights:`), in the
/// order of HealthAreaKind.
inline constexpr std::array<std::string_view, health_area_count> health_area_keys = {
    "ownership", "handoffs", "documentation", "automation", "flow"};

/// The share of the overall score each area gets; weights are relative and
/// need not add up to 100. An area with weight 0 is shown but counts for
/// nothing and is never named as weak.
struct HealthWeights {
  std::array<int, health_area_count> of = {30, 30, 25, 15, 20};

  int operator[](HealthAreaKind area) const { return of[static_cast<std::size_t>(area)]; }
};

} // namespace bizmap
