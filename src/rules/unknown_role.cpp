#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

class RoleCheck {
public:
  RoleCheck(const RuleContext& context, Findings& findings)
      : context_(context), findings_(findings), roles_(context.model.roles, "role") {}

  void check(const std::optional<Ref>& role, std::string_view what) {
    if (role && !context_.handoffs.role(role->id) && !context_.model.may_be_unread(role->id)) {
      std::string suggestion;
      std::string hint = roles_.hint(role->id, suggestion);
      findings_.report(role->at,
                       fmt::format("{} '{}', which is not a declared role{}", what, role->id, hint),
                       std::move(suggestion));
    }
  }

private:
  const RuleContext& context_;
  Findings& findings_;
  CatalogueSuggester roles_;
};

void check(const RuleContext& context, Findings& findings) {
  if (!context.model.declares_roles) {
    return;
  }
  RoleCheck roles(context, findings);
  for (const System& system : context.model.systems) {
    roles.check(system.manager, fmt::format("system '{}' is managed by", system.id.id));
  }
  for (const Process& process : context.model.processes) {
    roles.check(process.owner, fmt::format("process '{}' is owned by", process.id.id));
    for (std::size_t i = 0; i < process.steps.size(); ++i) {
      roles.check(process.steps[i].by,
                  fmt::format("step {} of process '{}' is done by", i + 1, process.id.id));
    }
  }
}

} // namespace

extern const Rule unknown_role{
    .id = "unknown-role",
    .severity = Severity::error,
    .summary = "an owner, by or manager names no declared role",
    .details = R"md(
## What it does

Once the model declares a `roles` catalogue, reports every `owner` of a
process, `by` of a step and `manager` of a system that names no declared
role, with the closest declared role suggested. Without a catalogue, role
names are free.

## Why it matters

A misspelt role hands the work to nobody. The catalogue is the list of people
and teams who can answer for work; a name outside it is a slip or a role
that still has to be agreed.
)md",
    .bad_example = R"yaml(bizmap: 1
roles: [{id: founder}, {id: designer}]
systems:
  - id: delivery
    goal: Deliver what we promised
    manager: founder
    processes:
      - id: build-site
        owner: desginer
        steps: [Design, Build]
)yaml",
    .good_example = R"yaml(bizmap: 1
roles: [{id: founder}, {id: designer}]
systems:
  - id: delivery
    goal: Deliver what we promised
    manager: founder
    processes:
      - id: build-site
        owner: designer
        steps: [Design, Build]
)yaml",
    .check = check,
};

} // namespace bizmap::rules
