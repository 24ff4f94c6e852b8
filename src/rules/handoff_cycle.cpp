#include "flow/flow.hpp"
#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

// A loop can hold thousands of processes: the message names a few.
constexpr std::size_t named_in_message = 4;

std::string loop_members(const Model& model, const HandoffLoop& loop) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < loop.processes.size() && i < named_in_message; ++i) {
    names.push_back(fmt::format("'{}'", model.processes[loop.processes[i]].id.id));
  }
  std::size_t more = loop.processes.size() - names.size();
  if (more > 0) {
    return fmt::format("{} and {} more", fmt::join(names, ", "), more);
  }
  std::string last = names.back();
  names.pop_back();
  return fmt::format("{} and {}", fmt::join(names, ", "), last);
}

void report(const RuleContext& context, const HandoffLoop& loop, Findings& findings) {
  const Process& first = context.model.processes[loop.processes.front()];
  std::string message =
      loop.processes.size() == 1
          ? fmt::format("process '{}' needs only its own output: no input from outside enters "
                        "this loop, so nothing can start it",
                        first.id.id)
          : fmt::format("processes {} hand work only to each other: no input from outside "
                        "enters this loop, so nothing can start it",
                        loop_members(context.model, loop));
  Diagnostic& finding =
      findings.report(first.id.at, std::move(message)).about(ElementKind::process, first.id.id);
  for (std::size_t i = 1; i < loop.processes.size(); ++i) {
    const Process& member = context.model.processes[loop.processes[i]];
    finding.note(member.id.at, fmt::format("process '{}' is part of the loop", member.id.id));
  }
}

void check(const RuleContext& context, Findings& findings) {
  for (const HandoffLoop& loop : context.flow.loops()) {
    if (!loop.started) {
      report(context, loop, findings);
    }
  }
}

} // namespace

extern const Rule handoff_cycle{
    .id = "handoff-cycle",
    .severity = Severity::info,
    .summary = "a loop of handoffs that no external input enters, so nothing can start it",
    .details = R"md(
## What it does

Reports processes that hand work round in a loop when nothing can start it:
no process of the loop takes any input from outside it (neither from another
process nor from outside the business) and none has a `trigger`. The finding
is at the loop's first process in the model, with the others noted.

A trigger starts work, for this rule as for every rule that follows the
flow: a loop with a triggered process (a monthly review that works from last
month's notes) is not reported, and `unreachable-outcome` follows the work
from it; the outcomes of a loop that nothing starts are unreachable. The rule
is off by default; turn it on with `--rule handoff-cycle=info` or in
`.bizmap.yaml`:

```yaml
rules:
  handoff-cycle: info
```

## Why it matters

A loop that nothing enters only runs if someone remembers to start it, and
each round works from what the last round left. Loops that take in outside
work (customer feedback, new orders) are how a business learns; closed ones
are often a handoff that was never drawn.
)md",
    .bad_example = examples::handoff_cycle.bad,
    .good_example = examples::handoff_cycle.good,
    .check = check,
    .off_by_default = true,
};

} // namespace bizmap::rules
