#include "health/basis.hpp"

#include <fmt/format.h>

namespace bizmap {
// What a role's counted hours leave out, its hats' work included; empty
// when every hour is counted.
std::string uncounted_hours(const Workload& workload, const RoleLoad& load) {
  std::size_t without_runs = load.processes_without_runs.size();
  std::size_t without_duration = load.steps_without_duration;
  for (std::string_view hat : load.fills_in_for) {
    without_runs += workload.of(hat).processes_without_runs.size();
    without_duration += workload.of(hat).steps_without_duration;
  }
  std::vector<std::string> parts;
  if (without_runs > 0) {
    parts.push_back(fmt::format("{} it works in {} no volume",
                                count_words(without_runs, "process", "processes"),
                                without_runs == 1 ? "has" : "have"));
  }
  if (without_duration > 0) {
    parts.push_back(
        fmt::format("{} no duration", count_words(without_duration, "step has", "steps have")));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

// Roles within their capacity, of the roles whose capacity is known. A role
// whose hours leave work out is counted only when what is counted already
// goes over.
HealthArea capacity_area(const HealthSources& in) {
  const Workload& workload = in.basis.workload;
  HealthArea area = empty_area("capacity", "Capacity");
  std::size_t known = 0, within = 0;
  for (const Role* role : roles_in(in)) {
    const RoleLoad& load = workload.of(role->id.id);
    if (!load.capacity_hours_per_week || *load.capacity_hours_per_week <= 0) {
      continue;
    }
    double capacity = *load.capacity_hours_per_week;
    bool over = load.hours_per_week > capacity;
    std::string missing = uncounted_hours(workload, load);
    if (!over && !missing.empty()) {
      area.left_out.push_back(fmt::format("role '{}': {}", role->id.id, missing));
      continue;
    }
    ++known;
    if (!over) {
      ++within;
      continue;
    }
    area.facts.push_back(role_fact(
        *role, fmt::format("{}{} hours of work a week, {} of its capacity of {} hours",
                           missing.empty() ? "" : "at least ", hours_text(load.hours_per_week),
                           percent_text(load.hours_per_week, capacity), hours_text(capacity))));
  }
  area.good = static_cast<double>(within);
  area.counted = static_cast<double>(known);
  area.detail =
      fmt::format("{} of {} roles whose capacity and hours are known are within it", within, known);
  area.nothing_to_count = area.left_out.empty()
                              ? "no role declares its capacity"
                              : "no role with a capacity has all its hours counted";
  return area;
}

} // namespace bizmap
