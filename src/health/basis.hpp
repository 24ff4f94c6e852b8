#pragma once

// What the areas of a health check read, worked out once for the business
// and every system of a report.

#include "flow/workload.hpp"
#include "health/health.hpp"

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bizmap {

/// The processes and systems a check counts.
struct HealthScope {
  std::vector<std::size_t> systems;
  std::vector<std::size_t> processes;
  bool whole = false; ///< the whole business: every role counts, not only those working here
};

/// The model's facts every area reads, each worked out once in time linear
/// in the model.
struct HealthBasis {
  HealthBasis(const Model& model, const Handoffs& handoffs, const FlowAnalysis& flow,
              const HealthSettings& settings);

  const Model& model;
  const Handoffs& handoffs;
  const FlowAnalysis& flow;
  const HealthSettings& settings;
  RoleCatalogue roles;
  Workload workload;
  std::vector<bool> on_the_way; ///< by process: on the way to a delivery
  /// By process: the roles whose people do its steps by hand or with
  /// help (the wearer of a hat), each once, in step order; none for an
  /// outside party's process.
  std::vector<std::vector<std::string_view>> workers;
  /// How many processes each role owns in the whole model.
  std::unordered_map<std::string_view, std::size_t> processes_owned;
};

/// What an area reads: the basis and the part of the model it counts.
struct HealthSources {
  const HealthBasis& basis;
  const HealthScope& scope;
};

HealthArea handoffs_area(const HealthSources& in);
HealthArea ownership_area(const HealthSources& in);
HealthArea key_people_area(const HealthSources& in);
HealthArea capacity_area(const HealthSources& in);
HealthArea flow_area(const HealthSources& in);
HealthArea automation_area(const HealthSources& in);
HealthArea documentation_area(const HealthSources& in);

/// An area with its key and name and nothing counted yet.
HealthArea empty_area(std::string_view key, std::string_view name);
/// A fact about a process, at its id.
HealthFact process_fact(const Model& model, std::size_t p, std::string what);
/// A fact about a declared role, at its id in the catalogue.
HealthFact role_fact(const Role& role, std::string what);
/// The declared roles in scope, each once, in catalogue order: in the whole
/// business every role; in a system the roles whose people work in its processes.
std::vector<const Role*> roles_in(const HealthSources& in);
/// What a role's counted hours leave out ("2 processes it works in have no
/// volume, 1 step has no duration"), its hats' work included; empty when
/// every hour is counted.
std::string uncounted_hours(const Workload& workload, const RoleLoad& load);
/// Whether a step is the business's own work that could be handed off or
/// is handed off already: not `stays-manual`, not only a wait, not done by
/// an external or automation role, not in an outside party's process.
bool may_hand_off(const RoleCatalogue& roles, const Process& process, const Step& step);
/// "1 step", "2 steps".
std::string count_words(std::size_t count, std::string_view one, std::string_view many);

} // namespace bizmap
