#include "whatif/consequences.hpp"

#include "flow/flow.hpp"
#include "flow/working_time.hpp"
#include "model/index.hpp"

#include <algorithm>

namespace bizmap {
namespace {

// The processes that supplied `data` before and stop in the scenario.
std::vector<std::size_t> stopped_suppliers(const Model& before, const Scenario& after,
                                           std::string_view data) {
  std::vector<std::size_t> suppliers;
  for (std::size_t p = 0; p < before.processes.size(); ++p) {
    const std::vector<Ref>& outputs = before.processes[p].outputs;
    bool supplies = std::any_of(outputs.begin(), outputs.end(),
                                [&](const Ref& output) { return output.id == data; });
    if (supplies && after.fates[p] == ProcessFate::stops) {
      suppliers.push_back(p);
    }
  }
  return suppliers;
}

std::vector<LostDelivery> lost_deliveries(const Model& before, const Scenario& after,
                                          const FlowAnalysis& before_flow,
                                          const FlowAnalysis& after_flow) {
  std::vector<LostDelivery> lost;
  for (const Ref* delivery : before_flow.deliveries()) {
    if (!before_flow.is_reachable(delivery->id) || after_flow.is_reachable(delivery->id)) {
      continue;
    }
    LostDelivery gone{delivery->id, 0, {}, {}};
    if (std::optional<FlowBreak> at = after_flow.break_of(delivery->id); at && at->input) {
      gone.process = at->process;
      gone.input = at->input->id;
    } else {
      gone.input = delivery->id; // its own producers stop
    }
    gone.stopped_suppliers = stopped_suppliers(before, after, gone.input);
    lost.push_back(std::move(gone));
  }
  return lost;
}

HomelessWork homeless_work(const Model& before, const Scenario& after) {
  WorkingTime time = WorkingTime::of(before);
  HomelessWork work;
  for (const ShiftedWork& shift : after.shifts) {
    if (shift.to) {
      continue;
    }
    for (const StepPlace& place : shift.steps) {
      const Process& process = before.processes[place.process];
      const Step& step = process.steps[place.step];
      if (step.automation == Automation::automated) {
        continue; // a machine does it, whoever is named
      }
      if (only_waits(step)) {
        continue; // waiting, not work
      }
      ++work.steps;
      std::optional<double> runs = time.runs_per_week(process);
      if (!step.duration) {
        ++work.steps_without_duration;
      } else if (!runs) {
        ++work.steps_without_runs;
      } else {
        work.hours_per_week += *time.hours_per_week(step, runs);
      }
    }
  }
  return work;
}

} // namespace

Consequences consequences_of(const Model& before, const Scenario& after) {
  Consequences result;
  for (std::size_t p = 0; p < after.fates.size(); ++p) {
    if (after.fates[p] == ProcessFate::stops) {
      result.stopped.push_back(p);
    } else if (after.fates[p] == ProcessFate::unaccountable) {
      result.unaccountable.push_back(p);
    }
  }
  ModelIndex before_index(before);
  FlowAnalysis before_flow(before, before_index.handoffs);
  ModelIndex after_index(after.model);
  FlowAnalysis after_flow(after.model, after_index.handoffs);
  result.lost = lost_deliveries(before, after, before_flow, after_flow);
  result.homeless = homeless_work(before, after);
  result.loads = role_load_changes(before, after);
  result.lead_times = lead_time_changes(before_flow, after_flow);
  if (after.scaled) {
    result.processes_without_volume = processes_without_volume(before);
  }
  return result;
}

} // namespace bizmap
