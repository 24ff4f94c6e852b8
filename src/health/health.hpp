#pragma once

#include "config/health_weights.hpp"

#include <array>
#include <bizmap/model.hpp>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

struct Config;
class FlowAnalysis;
class Handoffs;

/// A fact that pulls an area's score down, with its place in the model.
struct HealthFact {
  ElementKind kind = ElementKind::process; ///< what it is about
  std::size_t index = 0; ///< in Model::processes or Model::systems, for those kinds
  std::string id;
  std::optional<Location> at; ///< where the model writes it; none for what it never declares
  std::string what;           ///< what is wrong, in words
};

/// One area, scored 0-100 from what is good out of all that was counted
/// (items, or hours a week for automation when every hour is known).
struct HealthArea {
  std::string_view key;  ///< `documentation`, or the word `health: weights:` uses
  std::string_view name; ///< "Key people"
  int weight = 0;        ///< share of the business's score; 0 for documentation
  /// What `good` and `counted` count: "items", or for automation "hours"
  /// (a week) or "steps".
  std::string_view unit = "items";
  double good = 0;
  double counted = 0;
  std::string detail;                ///< what was counted, for the reader
  std::string nothing_to_count;      ///< why there is no score, when nothing was counted
  std::vector<HealthFact> facts;     ///< what pulls the score down, in model order
  std::vector<std::string> left_out; ///< what was not counted, and why

  /// The rounded percentage, halves up, or none when nothing was counted.
  std::optional<int> score() const;
};

/// The health check of the business or of one system (docs/health.md).
struct HealthCheck {
  HealthArea documentation; ///< the model's completeness, apart from the business's score
  std::array<HealthArea, health_area_count> areas; ///< in the order of HealthAreaKind
  /// The weighted mean of the areas that have a score; none when none has
  /// (or their weights are all 0).
  std::optional<int> business;
  std::vector<std::string_view> weakest; ///< the names of the weak areas, weakest first
  HealthWeights weights;
};

/// What the health check reads from the configuration.
struct HealthSettings {
  HealthWeights weights;
  /// The most processes one person may own: owner-overload's `max`.
  long long most_processes_owned = 8;
};

/// The settings of a configuration: its weights and owner-overload's `max`.
HealthSettings health_settings(const Config& config);

struct HealthBasis;
struct RoleGrowth;
struct Opportunities;

/// The health checks of one model, the business's and each system's, from
/// facts about the model worked out once (so a report's page per system
/// stays linear in the model).
class ModelHealth {
public:
  ModelHealth(const Model& model, const Handoffs& handoffs, const FlowAnalysis& flow,
              const HealthSettings& settings);
  ~ModelHealth();
  ModelHealth(const ModelHealth&) = delete;
  ModelHealth& operator=(const ModelHealth&) = delete;

  HealthCheck business() const;
  /// One system (an index into Model::systems) with its subsystems.
  HealthCheck system(std::size_t system) const;
  /// What breaks first as the business grows (health/growth.hpp).
  std::vector<RoleGrowth> growth() const;
  /// The steps worth automating or delegating (health/opportunities.hpp).
  Opportunities opportunities() const;
  const HealthSettings& settings() const { return settings_; }
  const HealthBasis& basis() const { return *basis_; }

private:
  HealthSettings settings_;
  std::unique_ptr<HealthBasis> basis_;
};

/// The health check of the whole business.
HealthCheck business_health(const Model& model, const Handoffs& handoffs, const FlowAnalysis& flow,
                            const HealthSettings& settings = {});

/// The health check of one system (an index into Model::systems) with its subsystems.
HealthCheck system_health(const Model& model, const Handoffs& handoffs, const FlowAnalysis& flow,
                          std::size_t system, const HealthSettings& settings = {});

} // namespace bizmap
