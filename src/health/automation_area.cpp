#include "health/basis.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

bool is_handed_off(const Step& step) {
  return step.automation == Automation::automated || step.automation == Automation::delegated;
}

// The steps that may be handed off, by hand and handed off, in steps and
// in hours a week.
struct Tally {
  std::size_t steps = 0, handed_off = 0, without_hours = 0;
  double hours = 0, handed_off_hours = 0;
};

struct ProcessTally {
  std::size_t steps = 0, manual = 0;
  double manual_hours = 0;
  bool hours_known = true;
};

ProcessTally count_process(const HealthBasis& basis, const Process& process, Tally& tally) {
  const WorkingTime& time = basis.workload.time();
  std::optional<double> runs = time.runs_per_week(process);
  ProcessTally here;
  for (const Step& step : process.steps) {
    if (!may_hand_off(basis.roles, process, step)) {
      continue;
    }
    std::optional<double> hours = time.hours_per_week(step, runs);
    ++tally.steps;
    ++here.steps;
    tally.hours += hours.value_or(0);
    if (!hours) {
      ++tally.without_hours;
      here.hours_known = false;
    }
    if (is_handed_off(step)) {
      ++tally.handed_off;
      tally.handed_off_hours += hours.value_or(0);
    } else {
      ++here.manual;
      here.manual_hours += hours.value_or(0);
    }
  }
  return here;
}

std::string manual_words(const ProcessTally& here, bool in_hours) {
  std::string steps =
      fmt::format("{} of {} done by hand", here.manual, count_words(here.steps, "step", "steps"));
  if (!in_hours || !here.hours_known) {
    return steps;
  }
  return fmt::format("{}, {} hours a week", steps, hours_text(here.manual_hours));
}

} // namespace

// Hours a week in automated or delegated steps, of all hours in steps that
// may be handed off, when every such step's hours are known; else steps.
HealthArea automation_area(const HealthSources& in) {
  const Model& model = in.basis.model;
  HealthArea area = empty_area("automation", "Automation");
  Tally tally;
  std::vector<std::pair<std::size_t, ProcessTally>> manual;
  for (std::size_t p : in.scope.processes) {
    ProcessTally here = count_process(in.basis, model.processes[p], tally);
    if (here.manual > 0) {
      manual.emplace_back(p, here);
    }
  }
  bool in_hours = tally.steps > 0 && tally.without_hours == 0 && tally.hours > 0;
  for (const auto& [p, here] : manual) {
    area.facts.push_back(process_fact(model, p, manual_words(here, in_hours)));
  }
  if (in_hours) {
    area.unit = "hours";
    area.good = tally.handed_off_hours;
    area.counted = tally.hours;
    area.detail = fmt::format("counted in hours: {} of {} hours a week are in automated or "
                              "delegated steps",
                              hours_text(tally.handed_off_hours), hours_text(tally.hours));
  } else {
    area.unit = "steps";
    area.good = static_cast<double>(tally.handed_off);
    area.counted = static_cast<double>(tally.steps);
    area.detail = fmt::format("counted in steps: {} of {} are automated or delegated",
                              tally.handed_off, count_words(tally.steps, "step", "steps"));
    if (tally.without_hours > 0) {
      area.left_out.push_back(fmt::format(
          "hours: {} of {} no duration or no volume, so the area counts steps, not hours",
          tally.without_hours, count_words(tally.steps, "step has", "steps have")));
    }
  }
  area.nothing_to_count = "no step that may be handed off";
  return area;
}

} // namespace bizmap
