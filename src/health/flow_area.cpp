#include "flow/flow.hpp"
#include "flow/lead_time.hpp"
#include "health/basis.hpp"
#include "model/handoffs.hpp"

#include <fmt/format.h>
#include <unordered_set>

namespace bizmap {
namespace {

// The outcomes of the systems in scope and the external outputs its
// processes produce, each once.
std::vector<const Ref*> deliveries_in(const HealthSources& in) {
  const Model& model = in.basis.model;
  std::vector<const Ref*> deliveries;
  std::unordered_set<std::string_view> seen;
  for (std::size_t s : in.scope.systems) {
    for (const Ref& outcome : model.systems[s].outcomes) {
      if (seen.insert(outcome.id).second) {
        deliveries.push_back(&outcome);
      }
    }
  }
  for (std::size_t p : in.scope.processes) {
    for (const Ref& output : model.processes[p].outputs) {
      if (in.basis.handoffs.is_external_output(output.id) && seen.insert(output.id).second) {
        deliveries.push_back(&output);
      }
    }
  }
  return deliveries;
}

HealthFact unreachable_fact(const HealthBasis& basis, const Ref& data) {
  std::optional<FlowBreak> at = basis.flow.break_of(data.id);
  if (!at) {
    return {ElementKind::data, 0, data.id, data.at,
            fmt::format("'{}': no process produces it", data.id)};
  }
  return process_fact(basis.model, at->process,
                      fmt::format("needs '{}', which {}, so '{}' cannot be reached", at->input->id,
                                  why_never_supplied(*at), data.id));
}

struct Tally {
  std::size_t good = 0;
  std::size_t counted = 0;
};

Tally reachable(const HealthSources& in, HealthArea& area) {
  Tally tally;
  for (const Ref* data : deliveries_in(in)) {
    ++tally.counted;
    if (in.basis.flow.is_reachable(data->id)) {
      ++tally.good;
    } else {
      area.facts.push_back(unreachable_fact(in.basis, *data));
    }
  }
  return tally;
}

// A run whose counted time is already longer than its due is late; one
// within it while steps have no duration is not known to be on time.
Tally within_due(const HealthSources& in, HealthArea& area) {
  const Model& model = in.basis.model;
  const WorkingTime& time = in.basis.flow.working_time();
  Tally tally;
  for (std::size_t p : in.scope.processes) {
    const Process& process = model.processes[p];
    if (!process.due) {
      continue;
    }
    const RunTime& run = in.basis.flow.run_time(p);
    std::uint64_t due = working_minutes(*process.due, time);
    bool late = run.minutes() > due;
    if (!late && !run.work.is_known()) {
      area.left_out.push_back(
          fmt::format("process '{}' has a due but {}", process.id.id, hands_on_gaps(run.work)));
      continue;
    }
    ++tally.counted;
    if (!late) {
      ++tally.good;
      continue;
    }
    area.facts.push_back(
        process_fact(model, p,
                     fmt::format("own time {} is longer than its due {}", run_time_text(run, time),
                                 working_days_text(due, time))));
  }
  return tally;
}

} // namespace

// Deliveries reachable end to end, and runs within their due.
HealthArea flow_area(const HealthSources& in) {
  HealthArea area = empty_area("flow", "Flow");
  Tally reached = reachable(in, area);
  Tally on_time = within_due(in, area);
  area.good = static_cast<double>(reached.good + on_time.good);
  area.counted = static_cast<double>(reached.counted + on_time.counted);
  area.detail = fmt::format("{} of {} outcomes and external outputs can be reached end to end",
                            reached.good, reached.counted);
  if (on_time.counted > 0) {
    area.detail +=
        fmt::format("; {} of {} processes with a due run within it", on_time.good, on_time.counted);
  }
  area.nothing_to_count = "no outcome, external output or due";
  return area;
}

} // namespace bizmap
