#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

void check(const RuleContext& context, Findings& findings) {
  for (const System& system : context.model.systems) {
    if (system.processes.empty() && system.subsystems.empty()) {
      findings
          .report(system.id.at,
                  fmt::format("system '{}' has neither processes nor subsystems", system.id.id))
          .about(ElementKind::system, system.id.id);
    }
  }
}

} // namespace

extern const Rule empty_system{
    .id = "empty-system",
    .severity = Severity::warning,
    .summary = "a system has neither processes nor subsystems",
    .details = R"md(
## What it does

Reports a system that contains no process and no subsystem, at its id.

## Why it matters

A system produces its outcomes through its processes. One with none is a
wish: a goal that no documented work moves towards.
)md",
    .bad_example = R"yaml(bizmap: 1
systems:
  - id: feedback
    goal: Learn from every client
    manager: founder
)yaml",
    .good_example = R"yaml(bizmap: 1
systems:
  - id: feedback
    goal: Learn from every client
    manager: founder
    processes:
      - {id: send-survey, owner: founder, trigger: A project closes, steps: [Send the survey]}
)yaml",
    .check = check,
};

} // namespace bizmap::rules
