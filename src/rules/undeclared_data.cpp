#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

class DataCheck {
public:
  DataCheck(const RuleContext& context, Findings& findings)
      : context_(context), findings_(findings), data_(context.model.data, "data item") {}

  void check(const std::vector<Ref>& refs, std::string_view owner) {
    for (const Ref& ref : refs) {
      if (context_.handoffs.has_data(ref.id) || context_.model.may_be_unread(ref.id)) {
        continue;
      }
      std::string suggestion;
      std::string hint = data_.hint(ref.id, suggestion);
      findings_.report(ref.at,
                       fmt::format("'{}' ({}) is not a declared data item{}", ref.id, owner, hint),
                       std::move(suggestion));
    }
  }

private:
  const RuleContext& context_;
  Findings& findings_;
  CatalogueSuggester data_;
};

void check(const RuleContext& context, Findings& findings) {
  const Model& model = context.model;
  if (!model.declares_data) {
    return;
  }
  DataCheck data(context, findings);
  data.check(model.external_inputs, "external input");
  data.check(model.external_outputs, "external output");
  for (const System& system : model.systems) {
    data.check(system.outcomes, fmt::format("outcome of system '{}'", system.id.id));
  }
  for (const Process& process : model.processes) {
    data.check(process.inputs, fmt::format("input of process '{}'", process.id.id));
    data.check(process.outputs, fmt::format("output of process '{}'", process.id.id));
    for (std::size_t i = 0; i < process.steps.size(); ++i) {
      std::string where = fmt::format("step {} of process '{}'", i + 1, process.id.id);
      data.check(process.steps[i].inputs, "input of " + where);
      data.check(process.steps[i].outputs, "output of " + where);
    }
  }
}

} // namespace

extern const Rule undeclared_data{
    .id = "undeclared-data",
    .severity = Severity::error,
    .summary = "an input, output or outcome names no declared data item",
    .details = R"md(
## What it does

Once the model declares a `data` catalogue, reports every data id used as an
input, output or outcome (of a process, a step, a system or the business's
`external` lists) that the catalogue does not declare, with the closest
declared id suggested. Without a catalogue, data ids are free names.

## Why it matters

The catalogue says what each piece of information is and where it lives. A
name outside it is usually a typo that breaks a handoff without anyone
noticing.
)md",
    .bad_example = R"yaml(bizmap: 1
data:
  - {id: inquiry}
  - {id: proposal}
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
            outputs: [propsal]
)yaml",
    .good_example = R"yaml(bizmap: 1
data:
  - {id: inquiry}
  - {id: proposal}
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
            outputs: [proposal]
)yaml",
    .check = check,
};

} // namespace bizmap::rules
