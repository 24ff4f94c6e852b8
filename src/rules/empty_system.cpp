#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>
#include <unordered_set>

namespace bizmap::rules {
namespace {

// Systems that hold a process whose id another process has: not empty, the
// id is wrong (duplicate-id says so).
std::unordered_set<std::size_t> holding_repeated_ids(const Model& model) {
  std::unordered_set<std::size_t> systems;
  for (const Process& process : model.processes_with_taken_ids) {
    if (process.system) {
      systems.insert(*process.system);
    }
  }
  return systems;
}

void check(const RuleContext& context, Findings& findings) {
  std::unordered_set<std::size_t> repeated = holding_repeated_ids(context.model);
  for (std::size_t i = 0; i < context.model.systems.size(); ++i) {
    const System& system = context.model.systems[i];
    if (system.processes.empty() && system.subsystems.empty() && !repeated.contains(i) &&
        !system_may_go_on_unread(context.model, i)) {
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
    .bad_example = examples::empty_system.bad,
    .good_example = examples::empty_system.good,
    .check = check,
};

} // namespace bizmap::rules
