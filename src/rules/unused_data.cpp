#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>
#include <unordered_set>

namespace bizmap::rules {
namespace {

std::unordered_set<std::string_view> flowing_data(const Model& model) {
  std::unordered_set<std::string_view> used;
  auto add = [&](const std::vector<Ref>& data) {
    for (const Ref& item : data) {
      used.insert(item.id);
    }
  };
  for (const System& system : model.systems) {
    add(system.outcomes);
  }
  for (const Process& process : model.processes) {
    add(process.inputs);
    add(process.outputs);
    for (const Step& step : process.steps) {
      add(step.inputs);
      add(step.outputs);
    }
  }
  return used;
}

void check(const RuleContext& context, Findings& findings) {
  if (context.model.data.empty()) {
    return;
  }
  std::unordered_set<std::string_view> used = flowing_data(context.model);
  add_meant_entries(context.model.data, "data item", used);
  for (const DataItem& item : context.model.data) {
    if (!used.contains(item.id.id) && !context.model.may_be_unread(item.id.id)) {
      findings.report(item.id.at, fmt::format("data item '{}' is never an input, output or outcome",
                                              item.id.id));
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
    .bad_example = R"yaml(bizmap: 1
data: [{id: timesheet}, {id: fax-log}]
systems:
  - id: admin
    goal: Pay people right
    manager: founder
    outcomes: [timesheet]
    processes:
      - {id: log-hours, owner: founder, trigger: Every Friday, outputs: [timesheet], steps: [Log]}
)yaml",
    .good_example = R"yaml(bizmap: 1
data: [{id: timesheet}]
systems:
  - id: admin
    goal: Pay people right
    manager: founder
    outcomes: [timesheet]
    processes:
      - {id: log-hours, owner: founder, trigger: Every Friday, outputs: [timesheet], steps: [Log]}
)yaml",
    .check = check,
};

} // namespace bizmap::rules
