#include "report/health.hpp"

#include "model/handoffs.hpp"
#include "model/system_tree.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace bizmap {
namespace {

// Areas scoring below this are named as weak.
constexpr int weak_below = 75;

struct Scope {
  std::vector<std::size_t> systems;
  std::vector<std::size_t> processes;
};

HealthArea ownership(const Model& model, const Handoffs& handoffs, const Scope& scope) {
  std::size_t owned =
      std::count_if(scope.processes.begin(), scope.processes.end(),
                    [&](std::size_t p) { return model.processes[p].owner.has_value(); });
  std::size_t managed =
      std::count_if(scope.systems.begin(), scope.systems.end(),
                    [&](std::size_t s) { return handoffs.manager_of(s).has_value(); });
  return {"Ownership", 30, owned + managed, scope.processes.size() + scope.systems.size(),
          fmt::format("{} of {} processes have an owner; {} of {} systems have a manager", owned,
                      scope.processes.size(), managed, scope.systems.size())};
}

HealthArea handoff_integrity(const Model& model, const Handoffs& handoffs, const Scope& scope) {
  std::size_t inputs = 0, satisfied = 0, outputs = 0, used = 0;
  for (std::size_t p : scope.processes) {
    for (const Ref& input : model.processes[p].inputs) {
      ++inputs;
      satisfied += handoffs.is_supplied(input.id);
    }
    for (const Ref& output : model.processes[p].outputs) {
      ++outputs;
      used += handoffs.is_used(output.id);
    }
  }
  return {"Handoff integrity", 30, satisfied + used, inputs + outputs,
          fmt::format("{} of {} inputs are produced or arrive from outside; {} of {} outputs are "
                      "used",
                      satisfied, inputs, used, outputs)};
}

bool has_what_if(const Process& process) {
  return !process.what_ifs.empty() ||
         std::any_of(process.steps.begin(), process.steps.end(),
                     [](const Step& step) { return !step.what_ifs.empty(); });
}

HealthArea documentation(const Model& model, const Scope& scope) {
  std::size_t steps = 0, triggers = 0, what_ifs = 0;
  for (std::size_t p : scope.processes) {
    const Process& process = model.processes[p];
    steps += !process.steps.empty();
    triggers += !process.trigger.empty();
    what_ifs += has_what_if(process);
  }
  std::size_t total = scope.processes.size();
  return {"Documentation", 25, steps + triggers + what_ifs, 3 * total,
          fmt::format("of {} processes, {} have steps, {} a trigger, {} what-ifs", total, steps,
                      triggers, what_ifs)};
}

HealthArea automation(const Model& model, const Scope& scope) {
  std::size_t steps = 0, handed_off = 0;
  for (std::size_t p : scope.processes) {
    for (const Step& step : model.processes[p].steps) {
      ++steps;
      handed_off += step.automation != Automation::manual;
    }
  }
  return {"Automation", 15, handed_off, steps,
          fmt::format("{} of {} steps are automated or delegated", handed_off, steps)};
}

std::optional<int> weighted_overall(const std::array<HealthArea, 4>& areas) {
  int weighted = 0, weights = 0;
  for (const HealthArea& area : areas) {
    if (std::optional<int> score = area.score()) {
      weighted += area.weight * *score;
      weights += area.weight;
    }
  }
  if (weights == 0) {
    return std::nullopt;
  }
  return (2 * weighted + weights) / (2 * weights);
}

// Every area below the bar, lowest first; when none is below it, the lowest
// areas unless they are perfect.
std::vector<std::string_view> weakest_areas(const std::array<HealthArea, 4>& areas) {
  std::vector<const HealthArea*> scored;
  for (const HealthArea& area : areas) {
    if (area.score()) {
      scored.push_back(&area);
    }
  }
  std::stable_sort(scored.begin(), scored.end(), [](const HealthArea* a, const HealthArea* b) {
    return *a->score() < *b->score();
  });
  std::vector<std::string_view> weakest;
  for (const HealthArea* area : scored) {
    int lowest = *scored.front()->score();
    bool weak = *area->score() < weak_below || (*area->score() == lowest && lowest < 100);
    if (weak) {
      weakest.push_back(area->name);
    }
  }
  return weakest;
}

HealthCheck health_of(const Model& model, const Handoffs& handoffs, const Scope& scope) {
  HealthCheck check{{ownership(model, handoffs, scope), handoff_integrity(model, handoffs, scope),
                     documentation(model, scope), automation(model, scope)},
                    std::nullopt,
                    {}};
  check.overall = weighted_overall(check.areas);
  check.weakest = weakest_areas(check.areas);
  return check;
}

} // namespace

std::optional<int> HealthArea::score() const {
  if (counted == 0) {
    return std::nullopt;
  }
  return static_cast<int>((200 * good + counted) / (2 * counted));
}

HealthCheck business_health(const Model& model, const Handoffs& handoffs) {
  Scope scope;
  for (std::size_t s = 0; s < model.systems.size(); ++s) {
    scope.systems.push_back(s);
  }
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    scope.processes.push_back(p);
  }
  return health_of(model, handoffs, scope);
}

HealthCheck system_health(const Model& model, const Handoffs& handoffs, std::size_t system) {
  Scope scope{systems_within(model, system), processes_within(model, system)};
  return health_of(model, handoffs, scope);
}

} // namespace bizmap
