#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

void check(const RuleContext& context, Findings& findings) {
  for (std::size_t i = 0; i < context.model.processes.size(); ++i) {
    const Process& process = context.model.processes[i];
    if (!process.owner && !process_may_go_on_unread(context.model, i)) {
      findings
          .report(process.id.at, fmt::format("process '{}' has no owner: nobody answers for its "
                                             "outputs",
                                             process.id.id))
          .about(ElementKind::process, process.id.id);
    }
  }
}

} // namespace

extern const Rule process_without_owner{
    .id = "process-without-owner",
    .severity = Severity::error,
    .summary = "a process has no owner",
    .details = R"md(
## What it does

Reports a process without an `owner`, at the process's id.

## Why it matters

A process owner answers for the process's outputs. Without one, nobody
notices when the process stops working, and nobody is entitled to change it.
)md",
    .bad_example = examples::process_without_owner.bad,
    .good_example = examples::process_without_owner.good,
    .check = check,
};

} // namespace bizmap::rules
