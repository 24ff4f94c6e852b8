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
    if (process.steps.empty() && !process_may_go_on_unread(context.model, i)) {
      findings
          .report(
              process.id.at,
              fmt::format("process '{}' documents no steps: nobody can follow it", process.id.id))
          .about(ElementKind::process, process.id.id);
    }
  }
}

} // namespace

extern const Rule process_without_steps{
    .id = "process-without-steps",
    .severity = Severity::warning,
    .summary = "a process documents no steps",
    .details = R"md(
## What it does

Reports a process without `steps`, at the process's id.

## Why it matters

A process is an ordered sequence of steps. Without them it is a name for work
that only its owner knows how to do, and it cannot be handed to anyone else.
)md",
    .bad_example = examples::process_without_steps.bad,
    .good_example = examples::process_without_steps.good,
    .check = check,
};

} // namespace bizmap::rules
