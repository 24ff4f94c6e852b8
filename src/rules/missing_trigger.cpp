#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

void check(const RuleContext& context, Findings& findings) {
  for (std::size_t i = 0; i < context.model.processes.size(); ++i) {
    const Process& process = context.model.processes[i];
    if (is_outside_party(context, process)) {
      continue; // what the outside world does is not the business's to document
    }
    if (process.trigger.empty() && process.inputs.empty() &&
        !process_may_go_on_unread(context.model, i)) {
      findings
          .report(process.id.at,
                  fmt::format("process '{}' has neither a trigger nor inputs: nothing says "
                              "what starts it",
                              process.id.id))
          .about(ElementKind::process, process.id.id);
    }
  }
}

} // namespace

extern const Rule missing_trigger{
    .id = "missing-trigger",
    .severity = Severity::warning,
    .summary = "a process has neither a trigger nor any inputs",
    .details = R"md(
## What it does

Reports a process with no `trigger` and no `inputs`, at the process's id. A
process with inputs starts when they arrive; any other needs a trigger.

## Why it matters

A process that nothing starts runs when someone remembers it, which is how
the monthly invoicing slips to every six weeks.
)md",
    .bad_example = examples::missing_trigger.bad,
    .good_example = examples::missing_trigger.good,
    .check = check,
};

} // namespace bizmap::rules
