#include "model/suggest.hpp"
#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>
#include <unordered_map>

namespace bizmap::rules {
namespace {

// Where each name of a process is first at hand: 0 for the process inputs,
// i + 1 for the outputs of step i (the steps after it).
std::unordered_map<std::string_view, std::size_t> first_at_hand(const Process& process) {
  std::unordered_map<std::string_view, std::size_t> at_hand;
  for (const Ref& input : process.inputs) {
    at_hand.try_emplace(input.id, 0);
  }
  for (std::size_t i = 0; i < process.steps.size(); ++i) {
    for (const Ref& output : process.steps[i].outputs) {
      at_hand.try_emplace(output.id, i + 1);
    }
  }
  return at_hand;
}

// A step input is at hand when the process receives it or an earlier step
// produced it. One that a later step produces is used too early, and gets no
// suggestion; for any other, the suggestion comes from an index of every name
// of the process, kept only if that name was at hand already: a process of
// thousands of steps costs time in proportion to its steps.
void check_process(const Process& process, Findings& findings) {
  std::unordered_map<std::string_view, std::size_t> at_hand = first_at_hand(process);
  std::optional<Suggester> names;
  for (std::size_t i = 0; i < process.steps.size(); ++i) {
    for (const Ref& input : process.steps[i].inputs) {
      auto found = at_hand.find(input.id);
      if (found != at_hand.end() && found->second <= i) {
        continue;
      }
      if (found == at_hand.end() && !names) {
        std::vector<std::string_view> all;
        for (const auto& [name, step] : at_hand) {
          all.push_back(name);
        }
        names.emplace(std::move(all));
      }
      std::optional<std::string_view> near;
      if (found == at_hand.end()) {
        near = names->closest(input.id);
      }
      if (near && at_hand.at(*near) > i) {
        near.reset();
      }
      findings
          .report(input.at,
                  fmt::format("step {} of process '{}' uses '{}', which is neither an input "
                              "of the process nor an output of an earlier step{}",
                              i + 1, process.id.id, input.id, did_you_mean(near)),
                  suggestion_text(near))
          .about(ElementKind::process, process.id.id);
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
    .bad_example = examples::step_input_unavailable.bad,
    .good_example = examples::step_input_unavailable.good,
    .check = check,
};

} // namespace bizmap::rules
