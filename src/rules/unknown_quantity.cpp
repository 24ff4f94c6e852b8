#include "flow/flow.hpp"
#include "flow/toward_delivery.hpp"
#include "flow/workload.hpp"
#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

// A step whose hands-on time is counted: done by people of the business.
bool is_counted(const RoleCatalogue& roles, const Process& process, const Step& step) {
  if (step.automation == Automation::automated) {
    return false;
  }
  const std::optional<Ref>& by = performer(process, step);
  const Role* role = by ? roles.find(by->id) : nullptr;
  return role == nullptr ||
         (role->kind != RoleKind::automation && role->kind != RoleKind::external);
}

void check(const RuleContext& context, Findings& findings) {
  const Model& model = context.model;
  RoleCatalogue roles(model);
  WorkingTime time = WorkingTime::of(model);
  std::vector<bool> on_the_way =
      toward_delivery(context.flow, context.handoffs, model.processes.size());
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    const Process& process = model.processes[p];
    if (!on_the_way[p] || roles.is_outside_party(process)) {
      continue;
    }
    if (!time.runs_per_week(process)) {
      findings
          .report(process.id.at,
                  fmt::format("process '{}' has no volume, so how many times a week it runs is "
                              "not known: the hours per week of its steps are not counted",
                              process.id.id),
                  "")
          .about(ElementKind::process, process.id.id);
    }
    for (std::size_t s = 0; s < process.steps.size(); ++s) {
      const Step& step = process.steps[s];
      if (step.duration || !is_counted(roles, process, step)) {
        continue;
      }
      findings
          .report(step.at,
                  fmt::format("step {} of process '{}' has no duration: its hands-on time is not "
                              "counted in hours per week or lead times",
                              s + 1, process.id.id),
                  "")
          .about(ElementKind::process, process.id.id);
    }
  }
}

} // namespace

extern const Rule unknown_quantity{
    .id = "unknown-quantity",
    .severity = Severity::info,
    .summary = "a process on a value stream has no volume, or a step no duration",
    .details = R"md(
## What it does

Reports, on a process on the way to what the business delivers (a system
outcome or an external output is reachable downstream of it):

- a process whose runs per week the model does not say: on demand, or with
  no frequency, and no `volume` rate (`volume: 30/month`), at the process's
  id. A periodic process without `volume` runs once each time its frequency
  comes round, so it is counted and not reported;
- each step without a `duration` that people of the business perform (not
  `automated`, not done by an `automation` or `external` role), at the step.

Processes owned by an `external` role are left out. The rule is off by
default; turn it on with `--rule unknown-quantity=info` or in `.bizmap.yaml`:

```yaml
rules:
  unknown-quantity: info
```

## Why it matters

Hours per week and lead times are built on volumes and durations. Where one
is missing, bizmap leaves the figure out and says "not counted"; this rule
lists each gap, so that an owner who wants the numbers knows what to fill in.
)md",
    .bad_example = examples::unknown_quantity.bad,
    .good_example = examples::unknown_quantity.good,
    .check = check,
    .off_by_default = true,
};

} // namespace bizmap::rules
