#include "health/health.hpp"

#include "config/config.hpp"
#include "health/basis.hpp"
#include "health/growth.hpp"
#include "health/opportunities.hpp"
#include "model/system_tree.hpp"

#include <algorithm>
#include <cmath>

namespace bizmap {
namespace {

// Areas scoring below this are named as weak.
constexpr int weak_below = 75;

std::optional<int> weighted_mean(const HealthCheck& check) {
  long long weighted = 0, weights = 0;
  for (const HealthArea& area : check.areas) {
    if (std::optional<int> score = area.score()) {
      weighted += static_cast<long long>(area.weight) * *score;
      weights += area.weight;
    }
  }
  if (weights == 0) {
    return std::nullopt;
  }
  return static_cast<int>((2 * weighted + weights) / (2 * weights)); // halves up
}

// Every weighted area below the bar, lowest first; when none is below it,
// the lowest areas unless they are perfect. An area with weight 0 is never
// weak.
std::vector<std::string_view> weakest_areas(const HealthCheck& check) {
  std::vector<const HealthArea*> scored;
  for (const HealthArea& area : check.areas) {
    if (area.score() && area.weight > 0) {
      scored.push_back(&area);
    }
  }
  std::stable_sort(scored.begin(), scored.end(), [](const HealthArea* a, const HealthArea* b) {
    return *a->score() < *b->score();
  });
  std::vector<std::string_view> weakest;
  for (const HealthArea* area : scored) {
    int lowest = *scored.front()->score();
    if (*area->score() < weak_below || (*area->score() == lowest && lowest < 100)) {
      weakest.push_back(area->name);
    }
  }
  return weakest;
}

HealthCheck health_of(const HealthSources& in) {
  const HealthWeights& weights = in.basis.settings.weights;
  HealthCheck check{documentation_area(in),
                    {handoffs_area(in), ownership_area(in), key_people_area(in), capacity_area(in),
                     flow_area(in), automation_area(in)},
                    std::nullopt,
                    {},
                    weights};
  for (std::size_t a = 0; a < health_area_count; ++a) {
    check.areas[a].weight = weights.of[a];
  }
  check.business = weighted_mean(check);
  check.weakest = weakest_areas(check);
  return check;
}

} // namespace

std::optional<int> HealthArea::score() const {
  if (counted <= 0) {
    return std::nullopt;
  }
  // A hair above a half rounds up whatever the binary fraction of hours.
  return static_cast<int>(std::floor(100 * good / counted + 0.5 + 1e-9));
}

HealthSettings health_settings(const Config& config) {
  HealthSettings settings;
  settings.weights = config.health_weights;
  auto rule = config.rules.find("owner-overload");
  if (rule != config.rules.end()) {
    auto max = rule->second.options.find("max");
    if (max != rule->second.options.end()) {
      settings.most_processes_owned = std::max(0LL, max->second);
    }
  }
  return settings;
}

ModelHealth::ModelHealth(const Model& model, const Handoffs& handoffs, const FlowAnalysis& flow,
                         const HealthSettings& settings)
    : settings_(settings), basis_(std::make_unique<HealthBasis>(model, handoffs, flow, settings_)) {
}

ModelHealth::~ModelHealth() = default;

HealthCheck ModelHealth::business() const {
  HealthScope scope;
  for (std::size_t s = 0; s < basis_->model.systems.size(); ++s) {
    scope.systems.push_back(s);
  }
  for (std::size_t p = 0; p < basis_->model.processes.size(); ++p) {
    scope.processes.push_back(p);
  }
  scope.whole = true;
  return health_of({*basis_, scope});
}

HealthCheck ModelHealth::system(std::size_t system) const {
  HealthScope scope{systems_within(basis_->model, system), processes_within(basis_->model, system)};
  return health_of({*basis_, scope});
}

std::vector<RoleGrowth> ModelHealth::growth() const {
  return growth_limits(basis_->model, basis_->workload);
}

Opportunities ModelHealth::opportunities() const {
  return bizmap::opportunities(basis_->model, basis_->workload);
}

HealthCheck business_health(const Model& model, const Handoffs& handoffs, const FlowAnalysis& flow,
                            const HealthSettings& settings) {
  return ModelHealth(model, handoffs, flow, settings).business();
}

HealthCheck system_health(const Model& model, const Handoffs& handoffs, const FlowAnalysis& flow,
                          std::size_t system, const HealthSettings& settings) {
  return ModelHealth(model, handoffs, flow, settings).system(system);
}

} // namespace bizmap
