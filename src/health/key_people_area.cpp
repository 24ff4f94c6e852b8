#include "flow/people.hpp"
#include "health/basis.hpp"

#include <fmt/format.h>
#include <unordered_map>

namespace bizmap {

// One-person roles that work on the way to a delivery, as key-person finds
// them, and how many of them have a backup.
HealthArea key_people_area(const HealthSources& in) {
  const HealthBasis& basis = in.basis;
  HealthArea area = empty_area("key_people", "Key people");
  // The first process on the way to a delivery each role works in.
  std::unordered_map<std::string_view, std::size_t> first_process;
  for (std::size_t p : in.scope.processes) {
    if (basis.on_the_way[p]) {
      for (std::string_view worker : basis.workers[p]) {
        first_process.try_emplace(worker, p);
      }
    }
  }
  std::size_t roles = 0, backed = 0;
  for (const Role& role : basis.model.roles) {
    if (basis.roles.find(role.id.id) != &role || role.filled_by || !is_one_person(role)) {
      continue;
    }
    auto found = first_process.find(role.id.id);
    if (found == first_process.end()) {
      continue;
    }
    ++roles;
    if (!role.backup.empty()) {
      ++backed;
      continue;
    }
    area.facts.push_back(role_fact(
        role, fmt::format("one person with no backup, on the way to a delivery in process '{}'",
                          basis.model.processes[found->second].id.id)));
  }
  area.good = static_cast<double>(backed);
  area.counted = static_cast<double>(roles);
  area.detail =
      fmt::format("{} of {} one-person roles on a value stream have a backup", backed, roles);
  area.nothing_to_count = "no one-person role works on the way to a delivery";
  return area;
}

} // namespace bizmap
