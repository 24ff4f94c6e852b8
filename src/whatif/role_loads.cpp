#include "whatif/role_loads.hpp"

#include "flow/workload.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace bizmap {
namespace {

// The model as it runs after the changes: a process that stops keeps its
// place but does no work, so its steps count for nobody.
Model running(const Scenario& after) {
  Model model = after.model;
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    if (after.fates[p] == ProcessFate::stops) {
      model.processes[p].steps.clear();
    }
  }
  return model;
}

NoCapacity why_no_capacity(const Role& role) {
  if (role.filled_by) {
    return NoCapacity::filled_by;
  }
  if (role.kind == RoleKind::vendor) {
    return NoCapacity::vendor;
  }
  return NoCapacity::no_people;
}

RoleFigures figures_of(const Workload& workload, const Role& role) {
  const RoleLoad& load = workload.of(role.id.id);
  RoleFigures figures;
  figures.hours_per_week = load.hours_per_week;
  figures.capacity_hours_per_week = load.capacity_hours_per_week;
  figures.no_capacity = load.capacity_hours_per_week ? NoCapacity::known : why_no_capacity(role);
  if (load.counted_in) {
    figures.counted_in = std::string(*load.counted_in);
  }
  auto add_uncounted = [&figures](const RoleLoad& part) {
    figures.steps_without_duration += part.steps_without_duration;
    figures.processes_without_runs +=
        static_cast<std::uint32_t>(part.processes_without_runs.size());
  };
  add_uncounted(load);
  figures.peak_hours_per_week = load.peak_hours_per_week;
  figures.peak_process = load.peak_process;
  for (std::string_view hat : load.fills_in_for) {
    add_uncounted(workload.of(hat));
  }
  return figures;
}

// `--people sam=0`: a person away has no hours to give. The workload
// counts a person as one whatever `people` says, as the format wants.
void set_away(const Role& role, RoleFigures& figures) {
  if (role.kind == RoleKind::person && role.people == 0u && figures.capacity_hours_per_week) {
    figures.capacity_hours_per_week = 0;
  }
}

bool same(double a, double b) {
  return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

bool same(const std::optional<double>& a, const std::optional<double>& b) {
  return a.has_value() == b.has_value() && (!a || same(*a, *b));
}

bool same(const RoleFigures& a, const RoleFigures& b) {
  return same(a.hours_per_week, b.hours_per_week) &&
         same(a.capacity_hours_per_week, b.capacity_hours_per_week) &&
         a.counted_in == b.counted_in && a.steps_without_duration == b.steps_without_duration &&
         a.processes_without_runs == b.processes_without_runs &&
         same(a.peak_hours_per_week, b.peak_hours_per_week);
}

// Automations and outside parties do no work of the business's people.
bool has_workload(const Role& role) {
  return role.kind != RoleKind::automation && role.kind != RoleKind::external;
}

} // namespace

bool RoleFigures::over_capacity() const {
  return capacity_hours_per_week && hours_per_week > *capacity_hours_per_week + 1e-9;
}

bool RoleFigures::over_capacity_at_peak() const {
  return !over_capacity() && capacity_hours_per_week && peak_hours_per_week &&
         *peak_hours_per_week > *capacity_hours_per_week + 1e-9;
}

std::optional<double> RoleFigures::use() const {
  if (!capacity_hours_per_week || *capacity_hours_per_week <= 0) {
    return std::nullopt;
  }
  return hours_per_week / *capacity_hours_per_week;
}

std::vector<RoleLoadChange> role_load_changes(const Model& before, const Scenario& after) {
  Workload load_before(before);
  Model after_model = running(after);
  Workload load_after(after_model);
  std::vector<RoleLoadChange> changes;
  for (std::size_t r = 0; r < before.roles.size(); ++r) {
    const Role& role = before.roles[r];
    if (!has_workload(role)) {
      continue;
    }
    RoleLoadChange change{r, figures_of(load_before, role), std::nullopt};
    if (!is_gone(after, ElementKind::role, role.id.id)) {
      change.after = figures_of(load_after, after_model.roles[r]);
      set_away(after_model.roles[r], *change.after);
      if (same(change.before, *change.after)) {
        continue;
      }
    }
    changes.push_back(std::move(change));
  }
  return changes;
}

std::size_t processes_without_volume(const Model& model) {
  RoleCatalogue roles(model);
  WorkingTime time = WorkingTime::of(model);
  // Work on demand without a volume is not counted at all, and says so.
  return static_cast<std::size_t>(
      std::count_if(model.processes.begin(), model.processes.end(), [&](const Process& process) {
        return !process.volume && !process.steps.empty() && !roles.is_outside_party(process) &&
               time.runs_per_week(process);
      }));
}

} // namespace bizmap
