#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>
#include <unordered_set>

namespace bizmap::rules {
namespace {

void check(const RuleContext& context, Findings& findings) {
  // Not unused when a misspelt reference meant it, or the unread lines may use it.
  std::unordered_set<std::string_view> meant = meant_by_undeclared(context, ElementKind::role);
  meant.merge(used_by_repeated_processes(context.model, ElementKind::role));
  for (const Role& role : context.model.roles) {
    if (meant.contains(role.id.id) || context.model.may_be_unread(role.id.id)) {
      continue;
    }
    if (!is_referenced(context, ElementKind::role, role.id.id,
                       {RefField::system_manager, RefField::process_owner, RefField::step_by,
                        RefField::role_backup, RefField::role_filled_by})) {
      findings
          .report(role.id.at,
                  fmt::format("role '{}' owns, manages and performs nothing", role.id.id))
          .about(ElementKind::role, role.id.id);
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
system and performs no step. A role that is another role's `backup`, or
whose hat another role wears (`filled_by`), is in use.

## Why it matters

Either the role's work is missing from the model, or the role is gone and
the catalogue is out of date. Both make the model less true.
)md",
    .bad_example = examples::unused_role.bad,
    .good_example = examples::unused_role.good,
    .check = check,
};

} // namespace bizmap::rules
