#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace bizmap {

/// The areas of the business's health, in the order they are shown. The
/// model's completeness (documentation) is scored apart and has no weight.
enum class HealthAreaKind : std::uint8_t {
  handoffs,
  ownership,
  key_people,
  capacity,
  flow,
  automation
};
inline constexpr std::size_t health_area_count = 6;

/// The word `.bizmap.yaml` names an area by (`health: weights:`), in the
/// order of HealthAreaKind.
inline constexpr std::array<std::string_view, health_area_count> health_area_keys = {
    "handoffs", "ownership", "key_people", "capacity", "flow", "automation"};

/// The share of the business's score each area gets; weights are relative
/// and need not add up to 100. An area with weight 0 is shown but counts for
/// nothing and is never named as weak.
struct HealthWeights {
  std::array<int, health_area_count> of = {30, 20, 15, 15, 15, 5};

  int operator[](HealthAreaKind area) const { return of[static_cast<std::size_t>(area)]; }
};

} // namespace bizmap
