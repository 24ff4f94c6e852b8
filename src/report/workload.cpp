#include "report/workload.hpp"

#include <fmt/format.h>

namespace bizmap {

std::optional<std::uint64_t> runs_per_year(Frequency frequency) {
  switch (frequency) {
  case Frequency::daily:
    return working_days_per_week * 52;
  case Frequency::weekly:
    return 52;
  case Frequency::fortnightly:
    return 26;
  case Frequency::monthly:
    return 12;
  case Frequency::quarterly:
    return 4;
  case Frequency::yearly:
    return 1;
  case Frequency::on_demand:
  case Frequency::unspecified:
    break;
  }
  return std::nullopt;
}

HandsOnPerRun hands_on_per_run(const Process& process) {
  HandsOnPerRun time;
  for (const Step& step : process.steps) {
    if (step.automation == Automation::automated) {
      continue;
    }
    if (step.duration) {
      time.minutes += working_minutes(*step.duration);
      ++time.timed;
    } else {
      ++time.untimed;
    }
  }
  return time;
}

std::string working_time_words(std::uint64_t minutes) {
  std::uint64_t days = minutes / minutes_per_working_day;
  std::uint64_t hours = minutes % minutes_per_working_day / 60;
  std::uint64_t rest = minutes % 60;
  std::string words;
  auto add = [&words](std::string part) { words += (words.empty() ? "" : " ") + part; };
  if (days > 0) {
    add(fmt::format("{} day{}", days, days == 1 ? "" : "s"));
  }
  if (hours > 0) {
    add(fmt::format("{} h", hours));
  }
  if (rest > 0 || words.empty()) {
    add(fmt::format("{} min", rest));
  }
  return words;
}

std::string hours_per_week_text(std::uint64_t minutes_per_year) {
  // Tenths of an hour per week, rounded half up, in whole numbers so that
  // every machine prints the same digits.
  std::uint64_t tenths = (minutes_per_year * 10 + 52 * 60 / 2) / (52 * 60);
  return fmt::format("{}.{}", tenths / 10, tenths % 10);
}

const std::optional<Ref>& performer(const Process& process, const Step& step) {
  return step.by ? step.by : process.owner;
}

namespace {

void add_once(std::vector<std::size_t>& list, std::size_t item) {
  if (list.empty() || list.back() != item) {
    list.push_back(item);
  }
}

void add_steps(const Process& process, std::size_t p,
               std::unordered_map<std::string_view, RoleWork>& work) {
  std::optional<std::uint64_t> runs = runs_per_year(process.frequency);
  for (std::size_t s = 0; s < process.steps.size(); ++s) {
    const Step& step = process.steps[s];
    const std::optional<Ref>& by = performer(process, step);
    if (!by) {
      continue;
    }
    RoleWork& role = work[by->id];
    if (role.performs.empty() || role.performs.back().process != p) {
      role.performs.push_back({p, {}, 0});
    }
    PerformedSteps& performed = role.performs.back();
    performed.steps.push_back(s);
    ++role.steps;
    if (step.automation == Automation::automated || !step.duration) {
      continue;
    }
    std::uint64_t minutes = working_minutes(*step.duration);
    performed.minutes += minutes;
    if (runs) {
      role.minutes_per_year += minutes * *runs;
    } else {
      role.on_demand_minutes += minutes;
    }
  }
}

} // namespace

std::unordered_map<std::string_view, RoleWork> role_work(const Model& model) {
  std::unordered_map<std::string_view, RoleWork> work;
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    const Process& process = model.processes[p];
    if (process.owner) {
      work[process.owner->id].owns.push_back(p);
    }
    for (const Ref& role : process.consulted) {
      add_once(work[role.id].consulted, p);
    }
    for (const Ref& role : process.informed) {
      add_once(work[role.id].informed, p);
    }
    add_steps(process, p, work);
  }
  for (std::size_t s = 0; s < model.systems.size(); ++s) {
    if (model.systems[s].manager) {
      work[model.systems[s].manager->id].manages.push_back(s);
    }
  }
  return work;
}

} // namespace bizmap
