#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>
#include <unordered_set>

namespace bizmap::rules {
namespace {

std::unordered_set<std::string_view> working_roles(const Model& model) {
  std::unordered_set<std::string_view> used;
  for (const System& system : model.systems) {
    if (system.manager) {
      used.insert(system.manager->id);
    }
  }
  for (const Process& process : model.processes) {
    if (process.owner) {
      used.insert(process.owner->id);
    }
    for (const Step& step : process.steps) {
      if (step.by) {
        used.insert(step.by->id);
      }
    }
  }
  return used;
}

void check(const RuleContext& context, Findings& findings) {
  if (context.model.roles.empty()) {
    return;
  }
  std::unordered_set<std::string_view> used = working_roles(context.model);
  add_meant_entries(context.model.roles, "role", used);
  for (const Role& role : context.model.roles) {
    if (!used.contains(role.id.id) && !context.model.may_be_unread(role.id.id)) {
      findings.report(role.id.at,
                      fmt::format("role '{}' owns, manages and performs nothing", role.id.id));
    }
  }
}

} // namespace

extern const Rule unused_role{
    .id = "unused-role",
    .severity = Severity::info,
    .summary = "a declared role owns, manages and performs nothing",
    .details = R"md(
## What it does

Reports a role of the `roles` catalogue that owns no process, manages no
system and performs no step.

## Why it matters

Either the role's work is missing from the model, or the role is gone and
the catalogue is out of date. Both make the model less true.
)md",
    .bad_example = R"yaml(bizmap: 1
roles: [{id: founder}, {id: intern}]
systems:
  - id: admin
    goal: Keep the books
    manager: founder
    processes:
      - {id: file-receipts, owner: founder, trigger: Every Friday, steps: [File them]}
)yaml",
    .good_example = R"yaml(bizmap: 1
roles: [{id: founder}, {id: intern}]
systems:
  - id: admin
    goal: Keep the books
    manager: founder
    processes:
      - id: file-receipts
        owner: founder
        trigger: Every Friday
        steps:
          - {do: Scan the receipts, by: intern}
          - File them
)yaml",
    .check = check,
};

} // namespace bizmap::rules
