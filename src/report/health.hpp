#pragma once

#include "config/health_weights.hpp"

#include <array>
#include <bizmap/model.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

class FlowAnalysis;
class Handoffs;

/// Something an area counts that an element of the model lacks.
struct HealthGap {
  ElementKind kind = ElementKind::process; ///< a process, a system, or a data item
  std::size_t index = 0;                   ///< in Model::processes or Model::systems
  std::string id;
  std::string what; ///< what it lacks, in words
};

/// One area of the health check, scored 0-100 from a count of good things
/// out of all the things counted.
struct HealthArea {
  HealthAreaKind kind = HealthAreaKind::ownership;
  std::string_view name;
  int weight = 0; ///< share of the overall score
  std::size_t good = 0;
  std::size_t counted = 0;
  std::string detail;          ///< what was counted, for the reader
  std::vector<HealthGap> gaps; ///< what lacks what the area counts, in model order

  /// The rounded percentage, or std::nullopt when there was nothing to count.
  std::optional<int> score() const;
};

/// The health check of the business or of one system (docs/health.md).
struct HealthCheck {
  std::array<HealthArea, health_area_count> areas; ///< in the order of HealthAreaKind
  std::optional<int> overall;                      ///< weighted mean of the areas that have a score
  std::vector<std::string_view> weakest;
  HealthWeights weights;
};

/// The health check of the whole business.
HealthCheck business_health(const Model& model, const Handoffs& handoffs, const FlowAnalysis& flow,
                            const HealthWeights& weights = {});

/// The health check of one system (an index into Model::systems) with its subsystems.
HealthCheck system_health(const Model& model, const Handoffs& handoffs, const FlowAnalysis& flow,
                          std::size_t system, const HealthWeights& weights = {});

} // namespace bizmap
