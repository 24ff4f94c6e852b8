#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

// The inputs nobody supplies are the likeliest intended receivers of an
// output nobody uses: 'client-brief-draft' and 'client-brief'.
std::vector<std::string_view> unsupplied_inputs(const RuleContext& context) {
  std::vector<std::string_view> inputs;
  for (std::string_view data : context.handoffs.consumed()) {
    if (!context.handoffs.is_supplied(data)) {
      inputs.push_back(data);
    }
  }
  return inputs;
}

void check(const RuleContext& context, Findings& findings) {
  std::shared_ptr<const Suggester> suggester;
  for (const Process& process : context.model.processes) {
    for (const Ref& output : process.outputs) {
      if (context.handoffs.is_used(output.id)) {
        continue;
      }
      if (!suggester) {
        suggester = shared_suggester(unsupplied_inputs(context));
      }
      std::optional<std::string_view> near = suggester->closest(output.id);
      std::string hint;
      if (near) {
        std::size_t consumer = context.handoffs.consumers(*near).front().process;
        hint = did_you_mean(near,
                            fmt::format("input of '{}'", context.model.processes[consumer].id.id));
      }
      findings
          .report(output.at,
                  fmt::format("process '{}' outputs '{}', but no process uses it and it is "
                              "neither an external output nor a system outcome{}",
                              process.id.id, output.id, hint),
                  suggestion_text(near))
          .about(ElementKind::process, process.id.id);
    }
  }
}

} // namespace

extern const Rule unconsumed_output{
    .id = "unconsumed-output",
    .severity = Severity::warning,
    .summary = "a process output that nothing uses: a handoff to nobody",
    .details = R"md(
## What it does

Reports a process output that no process takes as an input and that is
neither listed in `external.outputs` nor an outcome of any system. When an
input elsewhere is supplied by nobody and has a close name, it is suggested.

## Why it matters

Work whose result nobody receives is either wasted, or the handoff exists in
people's heads but not in the model, where it breaks when they leave.
)md",
    .bad_example = R"yaml(bizmap: 1
external:
  inputs: [inquiry]
systems:
  - id: sales
    goal: Win clients
    manager: founder
    outcomes: [signed-contract]
    processes:
      - id: qualify-lead
        owner: founder
        inputs: [inquiry]
        outputs: [signed-contract, call-notes]
        steps: [Call the lead, Send the contract]
)yaml",
    .good_example = R"yaml(bizmap: 1
external:
  inputs: [inquiry]
systems:
  - id: sales
    goal: Win clients
    manager: founder
    outcomes: [signed-contract]
    processes:
      - id: qualify-lead
        owner: founder
        inputs: [inquiry]
        outputs: [signed-contract]
        steps: [Call the lead, Send the contract]
)yaml",
    .check = check,
};

} // namespace bizmap::rules
