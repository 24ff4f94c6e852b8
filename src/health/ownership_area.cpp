#include "health/basis.hpp"
#include "model/handoffs.hpp"

#include <fmt/format.h>
#include <unordered_set>

namespace bizmap {
namespace {

// Roles without a catalogue entry count as people, the default kind, as
// owner-overload has it.
bool is_person(const HealthBasis& basis, std::string_view role) {
  const Role* declared = basis.roles.find(role);
  return declared == nullptr || declared->kind == RoleKind::person;
}

// The people who own processes in scope, each once, in the order they first do.
std::vector<const Ref*> owners_in(const HealthSources& in) {
  std::vector<const Ref*> owners;
  std::unordered_set<std::string_view> seen;
  for (std::size_t p : in.scope.processes) {
    const std::optional<Ref>& owner = in.basis.model.processes[p].owner;
    if (owner && is_person(in.basis, owner->id) && seen.insert(owner->id).second) {
      owners.push_back(&*owner);
    }
  }
  return owners;
}

HealthFact overload_fact(const HealthBasis& basis, const Ref& owner, std::size_t owned) {
  std::string what =
      fmt::format("owns {} processes, more than {}", owned, basis.settings.most_processes_owned);
  if (const Role* declared = basis.roles.find(owner.id)) {
    return role_fact(*declared, std::move(what));
  }
  return {ElementKind::role, 0, owner.id, owner.at, std::move(what)};
}

} // namespace

// Processes with an owner, systems with a manager, and people who own no
// more processes than owner-overload allows.
HealthArea ownership_area(const HealthSources& in) {
  const HealthBasis& basis = in.basis;
  HealthArea area = empty_area("ownership", "Ownership");
  std::size_t owned = 0, managed = 0, not_overloaded = 0;
  for (std::size_t p : in.scope.processes) {
    if (basis.model.processes[p].owner) {
      ++owned;
    } else {
      area.facts.push_back(process_fact(basis.model, p, "no owner"));
    }
  }
  for (std::size_t s : in.scope.systems) {
    const System& system = basis.model.systems[s];
    if (basis.handoffs.manager_of(s)) {
      ++managed;
    } else {
      area.facts.push_back({ElementKind::system, s, system.id.id, system.id.at, "no manager"});
    }
  }
  std::vector<const Ref*> owners = owners_in(in);
  for (const Ref* owner : owners) {
    std::size_t count = basis.processes_owned.at(owner->id);
    if (static_cast<long long>(count) <= basis.settings.most_processes_owned) {
      ++not_overloaded;
    } else {
      area.facts.push_back(overload_fact(basis, *owner, count));
    }
  }
  area.good = static_cast<double>(owned + managed + not_overloaded);
  area.counted =
      static_cast<double>(in.scope.processes.size() + in.scope.systems.size() + owners.size());
  area.detail = fmt::format("{} of {} processes have an owner; {} of {} systems have a manager; "
                            "{} of {} people who own processes own at most {}",
                            owned, in.scope.processes.size(), managed, in.scope.systems.size(),
                            not_overloaded, owners.size(), basis.settings.most_processes_owned);
  area.nothing_to_count = "no process or system";
  return area;
}

} // namespace bizmap
