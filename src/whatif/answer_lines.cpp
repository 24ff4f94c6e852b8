#include "whatif/answer_lines.hpp"

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

} // namespace

std::string place_text(const Model& model, const Location& at) {
  std::string_view file;
  if (at.file < model.files.size()) {
    file = model.files[at.file].path;
  }
  return fmt::format("{}:{}:{}", file, at.line, at.column);
}

std::vector<AnswerSection> answer_sections(const WhatIfAnswer& answer) {
  return {
      {"Processes that stop", process_lines(answer, answer.consequences.stopped)},
      {"Processes nobody answers for", process_lines(answer, answer.consequences.unaccountable)},
      {"Outcomes and deliveries no longer reached", lost_lines(answer)},
      {"Work that needs a new home", homeless_lines(answer), false},
      {"Work handed over", handed_over_lines(answer), false},
  };
}

} // namespace bizmap
