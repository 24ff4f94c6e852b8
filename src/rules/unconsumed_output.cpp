#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

// An output nobody uses suggests nothing: an input written almost alike is
// broken-handoff's, which does not choose which of the two is misspelt.
void check(const RuleContext& context, Findings& findings) {
  for (const Process& process : context.model.processes) {
    for (const Ref& output : process.outputs) {
      // It may be used in lines that could not be read.
      if (context.handoffs.is_used(output.id) || context.model.may_be_unread(output.id) ||
          context.is_broken_handoff(output.id)) {
        continue;
      }
      findings
          .report(output.at, fmt::format("process '{}' outputs '{}', but no process uses it and it "
                                         "is neither an external output nor a system outcome",
                                         process.id.id, output.id))
          .about(ElementKind::process, process.id.id);
    }
  }
}

} // namespace

extern const Rule unconsumed_output{
    .id = "unconsumed-output",
    .severity = Severity::warning,
    .summary = "a process output that nothing uses: a handoff to nobody",
    .details = R"md(
## What it does

Reports a process output that no process takes as an input and that is
neither listed in `external.outputs` nor an outcome of any system. An output
whose id is written almost like an input that nothing supplies is one handoff
written two ways: broken-handoff reports the two together instead.

## Why it matters

Work whose result nobody receives is either wasted, or the handoff exists in
people's heads but not in the model, where it breaks when they leave.
)md",
    .bad_example = examples::unconsumed_output.bad,
    .good_example = examples::unconsumed_output.good,
    .check = check,
};

} // namespace bizmap::rules
