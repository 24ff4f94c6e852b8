#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>
#include <unordered_set>

namespace bizmap::rules {
namespace {

std::unordered_set<std::string_view> used_tools(const Model& model) {
  std::unordered_set<std::string_view> used;
  auto add = [&](const std::vector<Ref>& tools) {
    for (const Ref& tool : tools) {
      used.insert(tool.id);
    }
  };
  for (const DataItem& item : model.data) {
    if (item.system_of_record) {
      used.insert(item.system_of_record->id);
    }
  }
  for (const System& system : model.systems) {
    add(system.tools);
  }
  for (const Process& process : model.processes) {
    add(process.tools);
    for (const Step& step : process.steps) {
      if (step.tool) {
        used.insert(step.tool->id);
      }
    }
  }
  return used;
}

void check(const RuleContext& context, Findings& findings) {
  if (context.model.tools.empty()) {
    return;
  }
  std::unordered_set<std::string_view> used = used_tools(context.model);
  add_meant_entries(context.model.tools, "tool", used);
  for (const Tool& tool : context.model.tools) {
    if (!used.contains(tool.id.id) && !context.model.may_be_unread(tool.id.id)) {
      findings.report(tool.id.at, fmt::format("tool '{}' is used nowhere", tool.id.id));
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
    .bad_example = R"yaml(bizmap: 1
tools: [{id: crm}, {id: fax-machine}]
systems:
  - id: sales
    goal: Win clients
    manager: founder
    tools: [crm]
    processes:
      - {id: call-leads, owner: founder, trigger: Every Monday, steps: [Call]}
)yaml",
    .good_example = R"yaml(bizmap: 1
tools: [{id: crm}]
systems:
  - id: sales
    goal: Win clients
    manager: founder
    tools: [crm]
    processes:
      - {id: call-leads, owner: founder, trigger: Every Monday, steps: [Call]}
)yaml",
    .check = check,
};

} // namespace bizmap::rules
