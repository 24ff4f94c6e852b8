#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>
#include <unordered_set>

namespace bizmap::rules {
namespace {

// Walks the steps in order, keeping what is at hand: the process inputs and
// everything earlier steps produced.
void check_process(const Process& process, Findings& findings) {
  std::unordered_set<std::string_view> available;
  for (const Ref& input : process.inputs) {
    available.insert(input.id);
  }
  for (std::size_t i = 0; i < process.steps.size(); ++i) {
    const Step& step = process.steps[i];
    for (const Ref& input : step.inputs) {
      if (available.contains(input.id)) {
        continue;
      }
      std::vector<std::string_view> at_hand(available.begin(), available.end());
      std::optional<std::string_view> near = closest(input.id, at_hand);
      findings
          .report(input.at,
                  fmt::format("step {} of process '{}' uses '{}', which is neither an input "
                              "of the process nor an output of an earlier step{}",
                              i + 1, process.id.id, input.id, did_you_mean(near)),
                  suggestion_text(near))
          .about(ElementKind::process, process.id.id);
    }
    for (const Ref& output : step.outputs) {
      available.insert(output.id);
    }
  }
}

void check(const RuleContext& context, Findings& findings) {
  for (const Process& process : context.model.processes) {
    check_process(process, findings);
  }
}

} // namespace

extern const Rule step_input_unavailable{
    .id = "step-input-unavailable",
    .severity = Severity::warning,
    .summary = "a step's input is neither a process input nor an output of an earlier step",
    .details = R"md(
## What it does

Reports a step input that is not among the process's `inputs` and that no
earlier step of the same process outputs.

## Why it matters

Steps run in order. A step that needs something the process never receives,
or that a later step only produces, cannot be done as written.
)md",
    .bad_example = R"yaml(bizmap: 1
external:
  inputs: [inquiry]
  outputs: [proposal]
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - id: write-proposal
        owner: founder
        inputs: [inquiry]
        outputs: [proposal]
        steps:
          - do: Write the proposal
            inputs: [call-notes]
            outputs: [proposal]
          - do: Hold a discovery call
            inputs: [inquiry]
            outputs: [call-notes]
)yaml",
    .good_example = R"yaml(bizmap: 1
external:
  inputs: [inquiry]
  outputs: [proposal]
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - id: write-proposal
        owner: founder
        inputs: [inquiry]
        outputs: [proposal]
        steps:
          - do: Hold a discovery call
            inputs: [inquiry]
            outputs: [call-notes]
          - do: Write the proposal
            inputs: [call-notes]
            outputs: [proposal]
)yaml",
    .check = check,
};

} // namespace bizmap::rules
