#pragma once

#include <array>
#include <bizmap/model.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

class Handoffs;

/// One area of the health check, scored 0-100 from a count of good things
/// out of all the things counted.
struct HealthArea {
  std::string_view name;
  int weight = 0; ///< share of the overall score
  std::size_t good = 0;
  std::size_t counted = 0;
  std::string detail; ///< what was counted, for the reader

  /// The rounded percentage, or std::nullopt when there was nothing to count.
  std::optional<int> score() const;
};

/// The health check of the business or of one system (docs/health.md).
struct HealthCheck {
  std::array<HealthArea, 4> areas; ///< ownership, handoffs, documentation, automation
  std::optional<int> overall;      ///< weighted mean of the areas that have a score
  std::vector<std::string_view> weakest;
};

/// The health check of the whole business.
HealthCheck business_health(const Model& model, const Handoffs& handoffs);

/// The health check of one system (an index into Model::systems) with its subsystems.
HealthCheck system_health(const Model& model, const Handoffs& handoffs, std::size_t system);

} // namespace bizmap
