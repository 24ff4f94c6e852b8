#include "health/growth.hpp"

#include "health/basis.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace bizmap {
namespace {

RoleGrowth growth_of(const Workload& workload, const Role& role, const RoleLoad& load) {
  RoleGrowth growth{role.id.id,   role.id.at, load.hours_per_week, *load.capacity_hours_per_week,
                    std::nullopt, {}};
  std::string missing = uncounted_hours(workload, load);
  bool over = growth.hours > growth.capacity;
  if (growth.hours <= 0) {
    growth.why_none = missing.empty() ? "no counted hours of work"
                                      : fmt::format("no counted hours of work: {}", missing);
  } else if (!missing.empty() && !over) {
    growth.why_none = fmt::format("hours not all counted: {}", missing);
  } else {
    // Counted hours already over the capacity stay over whatever is missing.
    growth.factor = growth.capacity / growth.hours;
  }
  return growth;
}

} // namespace

std::vector<RoleGrowth> growth_limits(const Model& model, const Workload& workload) {
  RoleCatalogue roles(model);
  std::vector<RoleGrowth> limits;
  for (const Role& role : model.roles) {
    const RoleLoad& load = workload.of(role.id.id);
    if (roles.find(role.id.id) != &role || !load.capacity_hours_per_week ||
        *load.capacity_hours_per_week <= 0) {
      continue;
    }
    limits.push_back(growth_of(workload, role, load));
  }
  std::stable_sort(limits.begin(), limits.end(), [](const RoleGrowth& a, const RoleGrowth& b) {
    if (a.factor.has_value() != b.factor.has_value()) {
      return a.factor.has_value();
    }
    return a.factor && *a.factor < *b.factor;
  });
  return limits;
}

} // namespace bizmap
