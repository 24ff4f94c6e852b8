#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>
#include <unordered_set>

namespace bizmap::rules {
namespace {

void check(const RuleContext& context, Findings& findings) {
  // Not unused when a misspelt reference meant it, or the unread lines may use it.
  std::unordered_set<std::string_view> meant = meant_by_undeclared(context, ElementKind::tool);
  meant.merge(used_by_repeated_processes(context.model, ElementKind::tool));
  for (const Tool& tool : context.model.tools) {
    if (meant.contains(tool.id.id) || context.model.may_be_unread(tool.id.id)) {
      continue;
    }
    if (!is_referenced(context, ElementKind::tool, tool.id.id,
                       {RefField::data_system_of_record, RefField::system_tool,
                        RefField::process_tool, RefField::step_tool})) {
      findings.report(tool.id.at, fmt::format("tool '{}' is used nowhere", tool.id.id))
          .about(ElementKind::tool, tool.id.id);
    }
  }
}

} // namespace

extern const Rule unused_tool{
    .id = "unused-tool",
    .severity = Severity::info,
    .summary = "a declared tool is used nowhere",
    .details = R"md(
## What it does

Reports a tool of the `tools` catalogue that no system, process or step uses
and that is no data item's `system_of_record`.

## Why it matters

A tool that no process runs on is either undocumented work or a subscription
the business pays for and no longer needs.
)md",
    .bad_example = examples::unused_tool.bad,
    .good_example = examples::unused_tool.good,
    .check = check,
};

} // namespace bizmap::rules
