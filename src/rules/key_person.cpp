#include "flow/flow.hpp"
#include "flow/people.hpp"
#include "flow/toward_delivery.hpp"
#include "flow/workload.hpp"
#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_map>

namespace bizmap::rules {
namespace {

// The model speaks of people: some role says how many fill it, their hours
// or who stands in. Before that, every person of a first draft would be
// reported, though no one has yet been asked who stands in for whom.
bool counts_people(const Model& model) {
  return std::any_of(model.roles.begin(), model.roles.end(), [](const Role& role) {
    return role.people || role.hours_per_week || !role.backup.empty();
  });
}

void check(const RuleContext& context, Findings& findings) {
  const Model& model = context.model;
  if (!counts_people(model)) {
    return;
  }
  RoleCatalogue roles(model);
  std::vector<bool> on_the_way =
      toward_delivery(context.flow, context.handoffs, model.processes.size());
  // The first step on the way to a delivery that each role performs, by the
  // role that wears it.
  std::unordered_map<std::string_view, const Process*> first_process;
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    const Process& process = model.processes[p];
    if (!on_the_way[p] || roles.is_outside_party(process)) {
      continue;
    }
    for (const Step& step : process.steps) {
      const std::optional<Ref>& by = performer(process, step);
      if (by && step.automation != Automation::automated) {
        first_process.try_emplace(wearer(roles, by->id, model.roles.size()), &process);
      }
    }
  }
  for (const Role& role : model.roles) {
    if (context.references.role(role.id.id) != &role || role.filled_by || !is_one_person(role) ||
        !role.backup.empty()) {
      continue;
    }
    auto found = first_process.find(role.id.id);
    if (found == first_process.end()) {
      continue;
    }
    findings
        .report(role.id.at,
                fmt::format("role '{}' is one person with no backup, and performs work on the "
                            "way to what the business delivers: the work stops when they are "
                            "away",
                            role.id.id),
                "")
        .about(ElementKind::role, role.id.id)
        .note(found->second->id.at,
              fmt::format("for example in process '{}'", found->second->id.id));
  }
}

} // namespace

extern const Rule key_person{
    .id = "key-person",
    .severity = Severity::info,
    .summary = "one person with no backup performs work on the way to an outcome",
    .details = R"md(
## What it does

Reports a role of one person (`kind: person`, the default, or a team of
`people: 1`) with no `backup` that performs a step of a process on the way
to what the business delivers: a system outcome or an external output is
reachable downstream of that process. Steps marked `automated` and
processes owned by an `external` role do not count; the steps of a hat the
role wears (`filled_by`) count as its own. One finding per role, at its
declaration in the `roles` catalogue, with the first such process noted.

The rule applies once the catalogue speaks of people: some role has
`people`, `hours_per_week` or `backup`. A first draft that names no one's
stand-in yet is not told that every person in it is a key person.

## Why it matters

When only one person can do a step that the customer's order or the month's
accounts go through, that person's holiday or illness stops the business.
Name who steps in (`backup: [other-role]`), or write the steps down well
enough that someone could.
)md",
    .bad_example = examples::key_person.bad,
    .good_example = examples::key_person.good,
    .check = check,
};

} // namespace bizmap::rules
