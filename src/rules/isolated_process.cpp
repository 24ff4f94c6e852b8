#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace bizmap::rules {
namespace {

// A handoff written two ways (broken-handoff) still connects the processes.
bool has_handoff(const RuleContext& context, std::size_t index) {
  const Handoffs& handoffs = context.handoffs;
  auto produced = [&](std::string_view data) { return handoffs.is_produced_by_other(data, index); };
  auto consumed = [&](std::string_view data) { return handoffs.is_consumed_by_other(data, index); };
  const Process& process = context.model.processes[index];
  return std::any_of(process.inputs.begin(), process.inputs.end(),
                     [&](const Ref& input) {
                       std::optional<std::string_view> near = handoffs.near_miss_of(input.id);
                       return produced(input.id) || (near && produced(*near));
                     }) ||
         std::any_of(process.outputs.begin(), process.outputs.end(), [&](const Ref& output) {
           std::optional<std::string_view> near = handoffs.near_miss_of(output.id);
           return consumed(output.id) || (near && consumed(*near));
         });
}

// The outside starts it and receives its result: a service of one process
// is connected through the business's own inputs and outputs.
bool serves_the_outside(const RuleContext& context, const Process& process) {
  const Handoffs& handoffs = context.handoffs;
  return std::any_of(process.inputs.begin(), process.inputs.end(),
                     [&](const Ref& input) { return handoffs.is_external_input(input.id); }) &&
         std::any_of(process.outputs.begin(), process.outputs.end(),
                     [&](const Ref& output) { return handoffs.is_external_output(output.id); });
}

void check(const RuleContext& context, Findings& findings) {
  for (std::size_t i = 0; i < context.model.processes.size(); ++i) {
    const Process& process = context.model.processes[i];
    bool unread = may_be_unread(context.model, process.inputs) ||
                  may_be_unread(context.model, process.outputs);
    if (!has_handoff(context, i) && !unread && !serves_the_outside(context, process)) {
      const Ref& id = process.id;
      findings
          .report(id.at, fmt::format("process '{}' neither receives from nor hands off to any "
                                     "other process",
                                     id.id))
          .about(ElementKind::process, id.id);
    }
  }
}

} // namespace

extern const Rule isolated_process{
    .id = "isolated-process",
    .severity = Severity::warning,
    .summary = "a process with no handoff in either direction",
    .details = R"md(
## What it does

Reports a process none of whose inputs comes from another process and none
of whose outputs goes to another process. A process that the outside starts
(an input listed in `external.inputs`) and whose result goes outside (an
output listed in `external.outputs`) is connected through the business's
own inputs and outputs, and is not reported.

## Why it matters

Processes organise tasks; systems connect them. A process that works alone is
disconnected from the system around it: its results reach nobody through the
model, and nothing in the model starts it.
)md",
    .bad_example = examples::isolated_process.bad,
    .good_example = examples::isolated_process.good,
    .check = check,
};

} // namespace bizmap::rules
