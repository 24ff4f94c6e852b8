#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

// A subsystem inherits its parent's manager, so only the highest system
// without one is reported: naming it fixes the whole branch.
void check(const RuleContext& context, Findings& findings) {
  const std::vector<System>& systems = context.model.systems;
  for (std::size_t i = 0; i < systems.size(); ++i) {
    bool managed_above = systems[i].parent && context.handoffs.manager_of(*systems[i].parent);
    if (!context.handoffs.manager_of(i) && !managed_above && !systems[i].parent &&
        !system_may_go_on_unread(context.model, i)) {
      findings
          .report(systems[i].id.at,
                  fmt::format("system '{}' has no manager: nobody answers for its outcomes",
                              systems[i].id.id))
          .about(ElementKind::system, systems[i].id.id);
    }
  }
}

} // namespace

extern const Rule system_without_manager{
    .id = "system-without-manager",
    .severity = Severity::warning,
    .summary = "a system has no manager (subsystems inherit their parent's manager)",
    .details = R"md(
## What it does

Reports a system that has no `manager` and no system above it with one. A
subsystem without a manager of its own is managed by its parent's manager, so
only the top system of an unmanaged branch is reported.

## Why it matters

A system manager answers for the system's outcomes, across all of its
processes. Without one, each process can work and the whole can still fail.
)md",
    .bad_example = examples::system_without_manager.bad,
    .good_example = examples::system_without_manager.good,
    .check = check,
};

} // namespace bizmap::rules
