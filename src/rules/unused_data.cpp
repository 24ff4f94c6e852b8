#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>
#include <unordered_set>

namespace bizmap::rules {
namespace {

void check(const RuleContext& context, Findings& findings) {
  // Not unused when a misspelt reference meant it, or the unread lines may use it.
  std::unordered_set<std::string_view> meant = meant_by_undeclared(context, ElementKind::data);
  meant.merge(used_by_repeated_processes(context.model, ElementKind::data));
  for (const DataItem& item : context.model.data) {
    if (meant.contains(item.id.id) || context.model.may_be_unread(item.id.id)) {
      continue;
    }
    if (!is_referenced(context, ElementKind::data, item.id.id,
                       {RefField::system_outcome, RefField::process_input, RefField::process_output,
                        RefField::step_input, RefField::step_output})) {
      findings
          .report(item.id.at,
                  fmt::format("data item '{}' is never an input, output or outcome", item.id.id))
          .about(ElementKind::data, item.id.id);
    }
  }
}

} // namespace

extern const Rule unused_data{
    .id = "unused-data",
    .severity = Severity::info,
    .summary = "a declared data item is never an input, output or outcome",
    .details = R"md(
## What it does

Reports a data item of the `data` catalogue that no process or step takes
in or puts out and that is no system's outcome. Being listed in `external`
alone does not count: some process still has to receive or deliver it.

## Why it matters

Information that nothing produces or uses is either a missing handoff or a
leftover from how the business used to work.
)md",
    .bad_example = examples::unused_data.bad,
    .good_example = examples::unused_data.good,
    .check = check,
};

} // namespace bizmap::rules
