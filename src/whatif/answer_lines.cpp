#include "whatif/answer_lines.hpp"

#include "flow/flow.hpp"
#include "flow/workload.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

std::string process_title(const Process& process) {
  return process.name.empty() ? fmt::format("'{}'", process.id.id)
                              : fmt::format("'{}' ({})", process.id.id, process.name);
}

std::vector<AnswerLine> process_lines(const WhatIfAnswer& answer,
                                      const std::vector<std::size_t>& processes) {
  std::vector<AnswerLine> lines;
  for (std::size_t p : processes) {
    const Process& process = answer.before.processes[p];
    lines.push_back(
        {fmt::format("{}: {}", process_title(process), fmt::join(answer.scenario.reasons[p], "; ")),
         process.id.at});
  }
  return lines;
}

std::string ids_text(const Model& model, const std::vector<std::size_t>& processes) {
  std::vector<std::string> ids;
  for (std::size_t p : processes) {
    ids.push_back(fmt::format("'{}'", model.processes[p].id.id));
  }
  return fmt::format("{}", fmt::join(ids, ", "));
}

std::vector<AnswerLine> lost_lines(const WhatIfAnswer& answer) {
  std::vector<AnswerLine> lines;
  for (const LostDelivery& lost : answer.consequences.lost) {
    std::string why;
    if (lost.input == lost.data) {
      why = fmt::format("{} made it and stop{}", ids_text(answer.before, lost.stopped_suppliers),
                        lost.stopped_suppliers.size() == 1 ? "s" : "");
    } else {
      const Process& process = answer.before.processes[lost.process];
      why = fmt::format("the first break is '{}', which needs '{}'", process.id.id, lost.input);
      why += lost.stopped_suppliers.empty()
                 ? ", and it no longer arrives"
                 : fmt::format(" from {}, which stop{}",
                               ids_text(answer.before, lost.stopped_suppliers),
                               lost.stopped_suppliers.size() == 1 ? "s" : "");
    }
    std::optional<Location> at;
    if (!lost.stopped_suppliers.empty()) {
      at = answer.before.processes[lost.stopped_suppliers.front()].id.at;
    } else if (lost.input != lost.data) {
      at = answer.before.processes[lost.process].id.at;
    }
    lines.push_back({fmt::format("'{}': {}", lost.data, why), at});
  }
  return lines;
}

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::vector<AnswerLine> homeless_lines(const WhatIfAnswer& answer) {
  const HomelessWork& work = answer.consequences.homeless;
  std::vector<AnswerLine> lines;
  if (work.steps == 0) {
    return lines;
  }
  std::size_t counted = work.steps - work.steps_without_duration - work.steps_without_runs;
  if (counted > 0) {
    lines.push_back({fmt::format("{:.1f} hours a week, in {}", work.hours_per_week,
                                 plural(counted, "step", "steps")),
                     std::nullopt});
  }
  std::vector<std::string> left_out;
  if (work.steps_without_duration > 0) {
    left_out.push_back(
        plural(work.steps_without_duration, "step has no duration", "steps have no duration"));
  }
  if (work.steps_without_runs > 0) {
    left_out.push_back(fmt::format("{} in processes whose runs a week the model does not say",
                                   plural(work.steps_without_runs, "step", "steps")));
  }
  if (!left_out.empty()) {
    lines.push_back({fmt::format("not counted: {}", fmt::join(left_out, "; ")), std::nullopt});
  }
  return lines;
}

std::vector<AnswerLine> handed_over_lines(const WhatIfAnswer& answer) {
  std::vector<AnswerLine> lines;
  for (const ShiftedWork& shift : answer.scenario.shifts) {
    if (!shift.to) {
      continue;
    }
    lines.push_back({fmt::format("'{}' takes over from '{}': {} and {}", *shift.to, shift.from,
                                 plural(shift.steps.size(), "step", "steps"),
                                 plural(shift.owned.size(), "process owned", "processes owned")),
                     std::nullopt});
  }
  return lines;
}

std::string role_title(const Role& role) {
  return role.name.empty() ? fmt::format("'{}'", role.id.id)
                           : fmt::format("'{}' ({})", role.id.id, role.name);
}

// "40.0 → 52.5", or "40.0" when the two read the same.
std::string arrow(const std::string& before, const std::string& after) {
  return before == after ? before : fmt::format("{} → {}", before, after);
}

std::string capacity_text(const RoleFigures& figures) {
  switch (figures.no_capacity) {
  case NoCapacity::known:
    return hours_text(*figures.capacity_hours_per_week);
  case NoCapacity::filled_by:
    return fmt::format("counted in '{}'", figures.counted_in.value_or(""));
  case NoCapacity::vendor:
    return "none of its own (a vendor)";
  case NoCapacity::no_people:
    return "not known (a team without people)";
  }
  return "";
}

std::string use_text(const RoleFigures& figures) {
  std::optional<double> use = figures.use();
  return use ? percent_text(*use, 1) : "-"; // a capacity of 0: everyone away
}

std::string uncounted_text(const RoleFigures& figures) {
  std::vector<std::string> parts;
  if (figures.steps_without_duration > 0) {
    parts.push_back(plural(figures.steps_without_duration, "step without a duration",
                           "steps without a duration"));
  }
  if (figures.processes_without_runs > 0) {
    parts.push_back(plural(figures.processes_without_runs,
                           "process whose runs a week the model does not say",
                           "processes whose runs a week the model does not say"));
  }
  return parts.empty() ? "nothing" : fmt::format("{}", fmt::join(parts, ", "));
}

std::string capacity_flag(const RoleFigures& before, const RoleFigures& after) {
  if (after.over_capacity()) {
    return before.over_capacity() ? "; over capacity, as before" : "; over capacity";
  }
  return before.over_capacity() ? "; no longer over capacity" : "";
}

// Within capacity on average, but a `due` squeezes a period's work into a
// shorter window: the week an owner feels first.
std::string peak_flag(const Model& model, const RoleFigures& before, const RoleFigures& after) {
  if (!after.over_capacity_at_peak()) {
    return before.over_capacity_at_peak() ? "; no longer over capacity at its peak" : "";
  }
  std::string peak = hours_text(*after.peak_hours_per_week);
  if (before.peak_hours_per_week) {
    peak = arrow(hours_text(*before.peak_hours_per_week), peak);
  }
  return fmt::format("; over capacity at its peak: {} hours a week while '{}' is due{}", peak,
                     model.processes[*after.peak_process].id.id,
                     before.over_capacity_at_peak() ? ", as before" : "");
}

std::string load_text(const Model& model, const RoleLoadChange& change) {
  const RoleFigures& before = change.before;
  if (!change.after) {
    std::string had =
        fmt::format("gone; it had {} hours a week", hours_text(before.hours_per_week));
    if (before.capacity_hours_per_week) {
      had += fmt::format(" of {} ({})", capacity_text(before), use_text(before));
    }
    if (before.steps_without_duration + before.processes_without_runs > 0) {
      had += fmt::format("; not counted: {}", uncounted_text(before));
    }
    return had;
  }
  const RoleFigures& after = *change.after;
  std::string text = fmt::format(
      "hours a week {} → {}; capacity {}; use {}{}", hours_text(before.hours_per_week),
      hours_text(after.hours_per_week), arrow(capacity_text(before), capacity_text(after)),
      arrow(use_text(before), use_text(after)), capacity_flag(before, after));
  text += peak_flag(model, before, after);
  std::string uncounted = arrow(uncounted_text(before), uncounted_text(after));
  if (uncounted != "nothing") {
    text += fmt::format("; not counted: {}", uncounted);
  }
  return text;
}

std::vector<AnswerLine> load_lines(const WhatIfAnswer& answer) {
  std::vector<AnswerLine> lines;
  for (const RoleLoadChange& change : answer.consequences.loads) {
    const Role& role = answer.before.roles[change.role];
    lines.push_back({fmt::format("{}: {}", role_title(role), load_text(answer.before, change)),
                     std::optional(role.id.at)});
  }
  if (std::size_t unscaled = answer.consequences.processes_without_volume; unscaled > 0) {
    lines.push_back(
        {fmt::format("not scaled: {} no volume and run{} as often as before",
                     plural(unscaled, "process has", "processes have"), unscaled == 1 ? "s" : ""),
         std::nullopt});
  }
  return lines;
}

std::string lead_text(const LeadFigure& figure, const WorkingTime& time) {
  return fmt::format("{}{}", figure.is_known() ? "" : "at least ",
                     working_days_text(whole_minutes(figure.minutes()), time));
}

std::vector<AnswerLine> lead_time_lines(const WhatIfAnswer& answer) {
  WorkingTime time = WorkingTime::of(answer.before);
  std::vector<AnswerLine> lines;
  for (const LeadTimeChange& change : answer.consequences.lead_times) {
    const Process& producer = answer.before.processes[change.producer];
    lines.push_back(
        {fmt::format(
             "'{}': expected {}, longest {} (made by '{}')", change.data,
             arrow(lead_text(change.before.expected, time), lead_text(change.after.expected, time)),
             arrow(lead_text(change.before.longest, time), lead_text(change.after.longest, time)),
             producer.id.id),
         producer.id.at});
  }
  return lines;
}

} // namespace

std::vector<AnswerSection> answer_sections(const WhatIfAnswer& answer) {
  return {
      {"Processes that stop", process_lines(answer, answer.consequences.stopped)},
      {"Processes nobody answers for", process_lines(answer, answer.consequences.unaccountable)},
      {"Outcomes and deliveries no longer reached", lost_lines(answer)},
      {"Work that needs a new home", homeless_lines(answer), false},
      {"Work handed over", handed_over_lines(answer), false},
      {"Load and capacity of the roles it touches", load_lines(answer), false},
      {"Lead times that change", lead_time_lines(answer)},
  };
}

} // namespace bizmap
