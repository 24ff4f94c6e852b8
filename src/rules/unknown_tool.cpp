#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

class ToolCheck {
public:
  ToolCheck(const RuleContext& context, Findings& findings)
      : context_(context), findings_(findings), tools_(context.model.tools, "tool") {}

  void check(const Ref& tool, std::string_view user) {
    if (context_.handoffs.has_tool(tool.id) || context_.model.may_be_unread(tool.id)) {
      return;
    }
    std::string suggestion;
    std::string hint = tools_.hint(tool.id, suggestion);
    findings_.report(tool.at,
                     fmt::format("tool '{}' ({}) is not a declared tool{}", tool.id, user, hint),
                     std::move(suggestion));
  }

  void check(const std::vector<Ref>& tools, std::string_view user) {
    for (const Ref& tool : tools) {
      check(tool, user);
    }
  }

private:
  const RuleContext& context_;
  Findings& findings_;
  CatalogueSuggester tools_;
};

void check(const RuleContext& context, Findings& findings) {
  const Model& model = context.model;
  if (!model.declares_tools) {
    return;
  }
  ToolCheck tools(context, findings);
  for (const DataItem& item : model.data) {
    if (item.system_of_record) {
      tools.check(*item.system_of_record, fmt::format("system of record of '{}'", item.id.id));
    }
  }
  for (const System& system : model.systems) {
    tools.check(system.tools, fmt::format("used by system '{}'", system.id.id));
  }
  for (const Process& process : model.processes) {
    tools.check(process.tools, fmt::format("used by process '{}'", process.id.id));
    for (std::size_t i = 0; i < process.steps.size(); ++i) {
      if (process.steps[i].tool) {
        tools.check(*process.steps[i].tool,
                    fmt::format("used by step {} of process '{}'", i + 1, process.id.id));
      }
    }
  }
}

} // namespace

extern const Rule unknown_tool{
    .id = "unknown-tool",
    .severity = Severity::error,
    .summary = "a tool reference names no declared tool",
    .details = R"md(
## What it does

Once the model declares a `tools` catalogue, reports every tool named by a
system, a process, a step or a data item's `system_of_record` that the
catalogue does not declare, with the closest declared tool suggested.
Without a catalogue, tool names are free.

## Why it matters

The tools catalogue is the list of what the business pays for and depends on.
A tool outside it is a typo, or software that nobody has agreed to rely on.
)md",
    .bad_example = R"yaml(bizmap: 1
tools:
  - {id: crm, name: HubSpot CRM}
systems:
  - id: sales
    goal: Win clients
    manager: founder
    tools: [crn]
)yaml",
    .good_example = R"yaml(bizmap: 1
tools:
  - {id: crm, name: HubSpot CRM}
systems:
  - id: sales
    goal: Win clients
    manager: founder
    tools: [crm]
)yaml",
    .check = check,
};

} // namespace bizmap::rules
