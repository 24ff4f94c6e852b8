#include "health/basis.hpp"

#include "flow/people.hpp"
#include "flow/toward_delivery.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_set>

namespace bizmap {

namespace {

// The wearers of the roles that do a process's steps, automated steps and
// outside parties left out.
std::vector<std::string_view> workers_of(const Model& model, const RoleCatalogue& roles,
                                         const Process& process) {
  std::vector<std::string_view> workers;
  if (roles.is_outside_party(process)) {
    return workers;
  }
  for (const Step& step : process.steps) {
    const std::optional<Ref>& by = performer(process, step);
    if (!by || step.automation == Automation::automated) {
      continue;
    }
    std::string_view worker = wearer(roles, by->id, model.roles.size());
    if (std::find(workers.begin(), workers.end(), worker) == workers.end()) {
      workers.push_back(worker);
    }
  }
  return workers;
}

} // namespace

HealthBasis::HealthBasis(const Model& model_in, const Handoffs& handoffs_in,
                         const FlowAnalysis& flow_in, const HealthSettings& settings_in)
    : model(model_in), handoffs(handoffs_in), flow(flow_in), settings(settings_in), roles(model_in),
      workload(model_in),
      on_the_way(toward_delivery(flow_in, handoffs_in, model_in.processes.size())) {
  workers.reserve(model.processes.size());
  for (const Process& process : model.processes) {
    workers.push_back(workers_of(model, roles, process));
    if (process.owner) {
      ++processes_owned[process.owner->id];
    }
  }
}

HealthArea empty_area(std::string_view key, std::string_view name) {
  HealthArea area;
  area.key = key;
  area.name = name;
  return area;
}

HealthFact process_fact(const Model& model, std::size_t p, std::string what) {
  const Process& process = model.processes[p];
  return {ElementKind::process, p, process.id.id, process.id.at, std::move(what)};
}

HealthFact role_fact(const Role& role, std::string what) {
  return {ElementKind::role, 0, role.id.id, role.id.at, std::move(what)};
}

std::vector<const Role*> roles_in(const HealthSources& in) {
  const HealthBasis& basis = in.basis;
  std::unordered_set<std::string_view> working;
  for (std::size_t p : in.scope.processes) {
    working.insert(basis.workers[p].begin(), basis.workers[p].end());
  }
  std::vector<const Role*> roles;
  for (const Role& role : basis.model.roles) {
    if (basis.roles.find(role.id.id) == &role && (in.scope.whole || working.contains(role.id.id))) {
      roles.push_back(&role);
    }
  }
  return roles;
}

bool may_hand_off(const RoleCatalogue& roles, const Process& process, const Step& step) {
  if (roles.is_outside_party(process) || step.automation == Automation::stays_manual ||
      only_waits(step)) {
    return false;
  }
  const std::optional<Ref>& by = performer(process, step);
  const Role* role = by ? roles.find(by->id) : nullptr;
  return role == nullptr ||
         (role->kind != RoleKind::external && role->kind != RoleKind::automation);
}

std::string count_words(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

} // namespace bizmap
