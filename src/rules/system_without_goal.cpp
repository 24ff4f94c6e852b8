#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

void check(const RuleContext& context, Findings& findings) {
  for (std::size_t i = 0; i < context.model.systems.size(); ++i) {
    const System& system = context.model.systems[i];
    if (system.goal.empty() && !system_may_go_on_unread(context.model, i)) {
      findings
          .report(system.id.at,
                  fmt::format("system '{}' has no goal: nothing says what it is for", system.id.id))
          .about(ElementKind::system, system.id.id);
    }
  }
}

} // namespace

extern const Rule system_without_goal{
    .id = "system-without-goal",
    .severity = Severity::warning,
    .summary = "a system has no goal",
    .details = R"md(
## What it does

Reports a system without a `goal`, at the system's id.

## Why it matters

A system is the *what*: its goal is the reason its processes exist and the
measure its manager answers to. Without one, nobody can tell whether the
system works.
)md",
    .bad_example = examples::system_without_goal.bad,
    .good_example = examples::system_without_goal.good,
    .check = check,
};

} // namespace bizmap::rules
