#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

std::string message(const Model& model, const Reference& reference, std::string_view hint) {
  std::string_view verb = reference.field == RefField::system_manager      ? "is managed by"
                          : reference.field == RefField::process_owner     ? "is owned by"
                          : reference.field == RefField::process_consulted ? "consults"
                          : reference.field == RefField::process_informed  ? "informs"
                          : reference.field == RefField::role_backup       ? "is backed up by"
                          : reference.field == RefField::role_filled_by    ? "is filled by"
                                                                           : "is done by";
  return fmt::format("{} {} '{}', which is not a declared role{}", holder_phrase(model, reference),
                     verb, reference.ref->id, hint);
}

void check(const RuleContext& context, Findings& findings) {
  report_undeclared(context, ElementKind::role, message, findings);
}

} // namespace

extern const Rule unknown_role{
    .id = "unknown-role",
    .severity = Severity::error,
    .summary = "an owner, by, manager, consulted or informed entry names no declared role",
    .details = R"md(
## What it does

Once the model declares a `roles` catalogue, reports every `owner` of a
process, `by` of a step, `manager` of a system, entry of a process's
`consulted` and `informed` lists, and entry of a role's `backup` and
`filled_by` that names no declared role, with the closest declared role
suggested. Without a catalogue, role names are free.

## Why it matters

A misspelt role hands the work to nobody. The catalogue is the list of people
and teams who can answer for work; a name outside it is a slip or a role
that still has to be agreed.
)md",
    .bad_example = examples::unknown_role.bad,
    .good_example = examples::unknown_role.good,
    .check = check,
};

} // namespace bizmap::rules
