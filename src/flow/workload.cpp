#include "flow/workload.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace bizmap {

const std::optional<Ref>& performer(const Process& process, const Step& step) {
  return step.by ? step.by : process.owner;
}

RoleCatalogue::RoleCatalogue(const Model& model) {
  for (const Role& role : model.roles) {
    roles_.emplace(role.id.id, &role); // the first of a duplicate id, as the index keeps it
  }
}

const Role* RoleCatalogue::find(std::string_view id) const {
  auto found = roles_.find(id);
  return found == roles_.end() ? nullptr : found->second;
}

bool RoleCatalogue::is_external(std::string_view id) const {
  const Role* role = find(id);
  return role != nullptr && role->kind == RoleKind::external;
}

bool RoleCatalogue::is_outside_party(const Process& process) const {
  return process.owner && is_external(process.owner->id);
}

namespace {

// Software and outside parties do their steps without the business's hours.
bool counts_as_work(const RoleCatalogue& roles, const Step& step, std::string_view by) {
  if (step.automation == Automation::automated) {
    return false;
  }
  const Role* role = roles.find(by);
  return role == nullptr ||
         (role->kind != RoleKind::automation && role->kind != RoleKind::external);
}

// How many working weeks one round of a periodic frequency spans.
std::optional<double> weeks_per_round(Frequency frequency, double days_per_week) {
  switch (frequency) {
  case Frequency::daily:
    return 1 / days_per_week;
  case Frequency::weekly:
    return 1.0;
  case Frequency::fortnightly:
    return 2.0;
  case Frequency::monthly:
    return 52.0 / 12;
  case Frequency::quarterly:
    return 52.0 / 4;
  case Frequency::yearly:
    return 52.0;
  case Frequency::on_demand:
  case Frequency::unspecified:
    break;
  }
  return std::nullopt;
}

// A periodic process with a `due` does a whole round's work within the
// window the due allows: its hours per round over min(due, round) weeks.
std::optional<double> due_rate(const WorkingTime& time, const Process& process,
                               std::optional<double> hours_per_week) {
  std::optional<double> round = weeks_per_round(process.frequency, time.days_per_week());
  if (!process.due || !round || !hours_per_week) {
    return std::nullopt;
  }
  double due_weeks = time.minutes(*process.due) / time.minutes_per_week();
  double window = std::min(due_weeks, *round);
  if (window <= 0) {
    return std::nullopt; // `due: 0d` says nothing a rate can use
  }
  return *hours_per_week * *round / window;
}

} // namespace

Workload::Workload(const Model& model) : time_(WorkingTime::of(model)) {
  RoleCatalogue roles(model);
  for (std::uint32_t p = 0; p < model.processes.size(); ++p) {
    count_process(model, roles, p);
  }
  fill_in(model, roles);
  set_capacity(model, roles);
  find_peaks();
}

void Workload::count_process(const Model& model, const RoleCatalogue& roles, std::uint32_t p) {
  const Process& process = model.processes[p];
  if (roles.is_outside_party(process)) {
    return;
  }
  std::optional<double> runs = time_.runs_per_week(process);
  std::vector<RoleLoad*> touched; // each role that performs counted steps here, once
  for (const Step& step : process.steps) {
    const std::optional<Ref>& by = performer(process, step);
    if (!by || !counts_as_work(roles, step, by->id) || only_waits(step)) {
      continue; // a step that only waits is time passing, not work
    }
    RoleLoad& load = loads_[by->id];
    if (load.processes.empty() || load.processes.back().process != p) {
      load.processes.push_back({p, 0, std::nullopt, std::nullopt, 0});
      touched.push_back(&load);
      if (!runs) {
        load.processes_without_runs.push_back(p);
      }
    }
    ProcessLoad& here = load.processes.back();
    if (!step.duration) {
      ++here.untimed_steps;
      ++load.steps_without_duration;
      ++steps_without_duration_;
      continue;
    }
    here.minutes_per_run += *time_.minutes_per_run(step);
  }
  if (!runs) {
    processes_without_runs_ += touched.empty() ? 0 : 1;
    return;
  }
  for (RoleLoad* load : touched) {
    ProcessLoad& here = load->processes.back();
    here.hours_per_week = *runs * here.minutes_per_run / 60;
    here.due_hours_per_week = due_rate(time_, process, here.hours_per_week);
    load->own_hours_per_week += *here.hours_per_week;
  }
}

void Workload::fill_in(const Model& model, const RoleCatalogue& roles) {
  for (auto& [id, load] : loads_) {
    load.hours_per_week = load.own_hours_per_week;
  }
  for (const Role& role : model.roles) {
    if (!role.filled_by || roles.find(role.id.id) != &role) {
      continue;
    }
    // Follow a chain of hats to the role that wears them all; a circle of
    // filled_by stops where it would come round again.
    std::string_view target = role.filled_by->id;
    for (std::size_t hops = 0; hops < model.roles.size(); ++hops) {
      const Role* next = roles.find(target);
      if (next == nullptr || !next->filled_by || next->filled_by->id == role.id.id) {
        break;
      }
      target = next->filled_by->id;
    }
    if (target == role.id.id) {
      continue;
    }
    RoleLoad& own = loads_[role.id.id];
    own.counted_in = target;
    RoleLoad& wearer = loads_[target];
    wearer.fills_in_for.push_back(role.id.id);
    wearer.hours_per_week += own.own_hours_per_week;
  }
}

void Workload::set_capacity(const Model& model, const RoleCatalogue& roles) {
  double full_week = time_.hours_per_day() * time_.days_per_week();
  for (auto& [id, load] : loads_) {
    const Role* role = roles.find(id);
    if (role == nullptr) {
      // Undeclared roles are people, the default kind.
      load.people = 1;
      load.capacity_hours_per_week = full_week;
      continue;
    }
    if (role->filled_by || role->kind == RoleKind::vendor || role->kind == RoleKind::automation ||
        role->kind == RoleKind::external) {
      continue;
    }
    load.people = role->kind == RoleKind::person ? std::optional<std::uint32_t>(1) : role->people;
    if (load.people) {
      load.capacity_hours_per_week = *load.people * role->hours_per_week.value_or(full_week);
    }
  }
  // Roles that do nothing still have a capacity to show.
  for (const Role& role : model.roles) {
    if (loads_.find(role.id.id) == loads_.end() && !role.filled_by &&
        (role.kind == RoleKind::person || (role.kind == RoleKind::team && role.people))) {
      RoleLoad& load = loads_[role.id.id];
      load.people = role.kind == RoleKind::person ? 1 : *role.people;
      load.capacity_hours_per_week = *load.people * role.hours_per_week.value_or(full_week);
    }
  }
}

void Workload::find_peaks() {
  for (auto& entry : loads_) {
    RoleLoad& load = entry.second; // a name a lambda can capture in clang 14
    if (load.counted_in) {
      continue; // its work peaks where it is counted
    }
    auto consider = [&load](const std::vector<ProcessLoad>& processes) {
      for (const ProcessLoad& process : processes) {
        if (!process.due_hours_per_week) {
          continue;
        }
        double peak = load.hours_per_week - *process.hours_per_week + *process.due_hours_per_week;
        if (!load.peak_hours_per_week || peak > *load.peak_hours_per_week) {
          load.peak_hours_per_week = peak;
          load.peak_process = process.process;
        }
      }
    };
    consider(load.processes);
    for (std::string_view other : load.fills_in_for) {
      consider(loads_.at(other).processes);
    }
  }
}

const RoleLoad& Workload::of(std::string_view role) const {
  static const RoleLoad nothing;
  auto found = loads_.find(role);
  return found == loads_.end() ? nothing : found->second;
}

std::string hours_text(double hours) {
  // A hair above half a tenth rounds up whatever the binary fraction.
  double tenths = std::floor(hours * 10 + 0.5 + 1e-9);
  return fmt::format("{:.1f}", tenths / 10);
}

std::string minutes_words(double minutes) {
  auto whole = static_cast<long long>(std::floor(minutes + 0.5));
  if (whole < 60) {
    return fmt::format("{} min", whole);
  }
  return whole % 60 == 0 ? fmt::format("{} h", whole / 60)
                         : fmt::format("{} h {} min", whole / 60, whole % 60);
}

std::string percent_text(double part, double whole) {
  return fmt::format("{:.0f}%", std::floor(part / whole * 100 + 0.5 + 1e-9));
}

} // namespace bizmap
