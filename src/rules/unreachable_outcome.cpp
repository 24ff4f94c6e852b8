#include "flow/flow.hpp"
#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

// Why the chain to a data id breaks, in words, with the place to note.
struct Why {
  std::string text;
  std::optional<FlowBreak> at;
};

Why why_unreachable(const RuleContext& context, std::string_view data) {
  if (context.handoffs.producers(data).empty()) {
    return {"no process produces it", std::nullopt};
  }
  std::optional<FlowBreak> at = context.flow.break_of(data);
  const Process& process = context.model.processes[at->process];
  return {fmt::format("upstream, process '{}' needs '{}', which {}", process.id.id, at->input->id,
                      why_never_supplied(*at)),
          at};
}

void report(const RuleContext& context, const Ref& data, std::string what, const Subject& subject,
            Findings& findings) {
  Why why = why_unreachable(context, data.id);
  Diagnostic& finding =
      findings
          .report(data.at,
                  fmt::format("{} cannot be reached from where work starts: {}", what, why.text))
          .about(subject.kind, subject.id);
  if (why.at) {
    finding.note(why.at->input->at, fmt::format("the chain breaks here: '{}' {}", why.at->input->id,
                                                why.at->round_unstarted_loop
                                                    ? "comes only round a loop that nothing starts"
                                                    : "is never supplied"));
    // The break is a finding of its own (unproduced-input, undeclared-data):
    // the outcome cut off is then one more thing that finding explains.
    finding.follows_from(why.at->input->at, fmt::format("'{}'", data.id));
  }
}

void check(const RuleContext& context, Findings& findings) {
  for (const Ref& output : context.model.external_outputs) {
    if (!context.flow.is_reachable(output.id)) {
      report(context, output, fmt::format("external output '{}'", output.id),
             {ElementKind::data, output.id}, findings);
    }
  }
  for (const System& system : context.model.systems) {
    for (const Ref& outcome : system.outcomes) {
      if (!context.flow.is_reachable(outcome.id)) {
        report(context, outcome,
               fmt::format("outcome '{}' of system '{}'", outcome.id, system.id.id),
               {ElementKind::system, system.id.id}, findings);
      }
    }
  }
}

} // namespace

extern const Rule unreachable_outcome{
    .id = "unreachable-outcome",
    .severity = Severity::warning,
    .summary = "a system outcome or external output that no chain of processes starting from "
               "external inputs can produce",
    .details = R"md(
## What it does

Follows the work from where it starts (the external inputs, processes that
start with their trigger because they need no input, and loops that one of
their processes starts with its trigger) through every handoff, and reports
a system outcome or an external output that no chain reaches, at the place
it is listed. A process is reached when every input it needs arrives from
outside the business or from a reached process; an input that comes back
round a loop (last week's delivery records feeding this week's order) does
not hold it up, once work can start in the loop. In a loop that no input
from outside enters and no trigger starts, nothing arrives.

The finding names the first break upstream: the process that needs an input
nothing supplies, noted as a related place. When that input is a finding of
its own (`unproduced-input`, or `undeclared-data` for a misspelt id), the
outcome is not reported apart: that finding notes it ("this also cuts off
'management-pack', 'year-end-pack'"), so one slip reads as one finding. An outcome that no process
produces at all is reported as well. While `broken-handoff` is on, a handoff written two ways is
followed as the handoff it was meant to be: that one mistake is its
finding, not also every outcome downstream.

## Why it matters

A broken handoff far upstream stops everything after it. The outcome a
system exists for, or the delivery a customer pays for, then depends on work
that cannot start, however well each later step is documented.
)md",
    .bad_example = examples::unreachable_outcome.bad,
    .good_example = examples::unreachable_outcome.good,
    .check = check,
};

} // namespace bizmap::rules
