#include "flow/flow.hpp"
#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

// "1d waiting + 2h hands-on": the parts of a run's own time, waiting first,
// since it is usually what makes a run late.
std::string parts_text(const RunTime& run, const WorkingTime& time) {
  std::string work = fmt::format("{}{} {}", run.work.is_known() ? "" : "at least ",
                                 working_days_text(run.work.minutes, time),
                                 run.outside ? "of the outside party's work" : "hands-on");
  if (run.wait_minutes == 0) {
    return work;
  }
  return fmt::format("{} waiting + {}", working_days_text(run.wait_minutes, time), work);
}

void check(const RuleContext& context, Findings& findings) {
  const WorkingTime& time = context.flow.working_time();
  for (std::size_t p = 0; p < context.model.processes.size(); ++p) {
    const Process& process = context.model.processes[p];
    if (!process.due) {
      continue;
    }
    // A step without a duration may only make the run longer: what is
    // counted already tells whether it is late, never whether it is on time.
    const RunTime& run = context.flow.run_time(p);
    std::uint64_t due = working_minutes(*process.due, time);
    if (run.minutes() <= due) {
      continue;
    }
    findings
        .report(process.id.at,
                fmt::format("process '{}': own time {}{} ({}) is longer than its due {}",
                            process.id.id, run.work.is_known() ? "" : "at least ",
                            working_days_text(run.minutes(), time), parts_text(run, time),
                            working_days_text(due, time)))
        .about(ElementKind::process, process.id.id);
  }
}

} // namespace

extern const Rule misses_due{
    .id = "misses-due",
    .severity = Severity::warning,
    .summary = "a run's own time (its hands-on durations plus waits) is longer than its `due`",
    .details = R"md(
## What it does

A process's `due` says that each run's outputs are due within that working
time of the run's start. Reports a process whose own time, the `duration`s of
its steps plus their `wait`s, is longer than its `due`, at the process's id,
with the figures: `own time 1d 2h (1d waiting + 2h hands-on) is longer than
its due 1d`. Durations, waits and `due` count in the business's working time
(`business.calendar`: a `d` is a working day of `hours_per_day` hours).

Only the run's own time counts: the time its inputs take to arrive is not
part of it (`bizmap trace` shows the lead time along the chain). Every step
counts once, whatever its `share`. A step without a `duration` counts as
nothing, so a run is reported only when what is counted is already too long,
and the finding then says `at least`.

## Why it matters

A deadline the procedure cannot meet as written is missed every time: either
the waits are too long (ask for the statements earlier, chase sooner), the
work takes longer than the deadline allows, or the deadline is wrong. The
owner finds out from the model rather than from an unhappy client.
)md",
    .bad_example = examples::misses_due.bad,
    .good_example = examples::misses_due.good,
    .check = check,
};

} // namespace bizmap::rules
