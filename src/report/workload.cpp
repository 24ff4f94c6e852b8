#include "report/workload.hpp"

#include <fmt/format.h>

namespace bizmap {

HandsOnPerRun hands_on_per_run(const Process& process, const WorkingTime& working_time) {
  HandsOnPerRun time;
  for (const Step& step : process.steps) {
    if (step.automation == Automation::automated) {
      continue;
    }
    if (step.duration) {
      time.minutes = add_minutes(time.minutes, working_minutes(*step.duration, working_time));
      ++time.timed;
    } else {
      ++time.untimed;
    }
  }
  return time;
}

std::string working_time_words(std::uint64_t minutes, const WorkingTime& time) {
  std::uint64_t per_day = minutes_per_working_day(time);
  std::uint64_t days = minutes / per_day;
  std::uint64_t hours = minutes % per_day / 60;
  std::uint64_t rest = minutes % per_day % 60; // a day of 7.5 hours is not whole hours
  std::string words;
  auto add = [&words](const std::string& part) { words += (words.empty() ? "" : " ") + part; };
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

namespace {

void add_once(std::vector<std::size_t>& list, std::size_t item) {
  if (list.empty() || list.back() != item) {
    list.push_back(item);
  }
}

void add_steps(const Process& process, std::size_t p,
               std::unordered_map<std::string_view, RoleInvolvement>& work) {
  for (std::size_t s = 0; s < process.steps.size(); ++s) {
    const std::optional<Ref>& by = performer(process, process.steps[s]);
    if (!by) {
      continue;
    }
    RoleInvolvement& role = work[by->id];
    if (role.performs.empty() || role.performs.back().process != p) {
      role.performs.push_back({p, {}});
    }
    role.performs.back().steps.push_back(s);
    ++role.steps;
  }
}

} // namespace

std::unordered_map<std::string_view, RoleInvolvement> role_involvement(const Model& model) {
  std::unordered_map<std::string_view, RoleInvolvement> work;
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
