#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

// One side of a handoff written two ways: the data id, and who needs or
// outputs it.
struct HandoffEnd {
  std::string_view data;
  std::span<const Handoffs::Use> uses;
  std::string_view verb; ///< "needs" or "outputs"
  std::string_view lack; ///< "nobody produces" or "nobody uses"
};

std::string_view process_id(const RuleContext& context, const Handoffs::Use& use) {
  return context.model.processes[use.process].id.id;
}

// The spelling of the data catalogue, when it declares exactly one of the two.
std::optional<std::string_view> catalogue_spelling(const RuleContext& context,
                                                   const Handoffs::NearMiss& miss) {
  const ReferenceIndex& index = context.references;
  if (!index.is_checked(ElementKind::data)) {
    return std::nullopt;
  }
  bool input = index.definition(ElementKind::data, miss.input) != nullptr;
  bool output = index.definition(ElementKind::data, miss.output) != nullptr;
  if (input == output) {
    return std::nullopt;
  }
  return input ? miss.input : miss.output;
}

std::string message(const RuleContext& context, const HandoffEnd& at, const HandoffEnd& other,
                    std::optional<std::string_view> spelling) {
  std::string both =
      fmt::format("process '{}' {} '{}', which {}, and process '{}' {} '{}', which {}: one handoff "
                  "written two ways",
                  process_id(context, at.uses.front()), at.verb, at.data, at.lack,
                  process_id(context, other.uses.front()), other.verb, other.data, other.lack);
  if (spelling) {
    return both + did_you_mean(spelling, "as the data catalogue writes it");
  }
  const ReferenceIndex& index = context.references;
  bool undeclared = index.is_checked(ElementKind::data) &&
                    index.definition(ElementKind::data, at.data) == nullptr;
  return both + (undeclared ? "? Write the same id in both places and declare it in the data "
                              "catalogue"
                            : "? Write the same id in both places");
}

void report(const RuleContext& context, const Handoffs::NearMiss& miss, Findings& findings) {
  HandoffEnd input{miss.input, context.handoffs.consumers(miss.input), "needs", "nobody produces"};
  HandoffEnd output{miss.output, context.handoffs.producers(miss.output), "outputs", "nobody uses"};
  std::optional<std::string_view> spelling = catalogue_spelling(context, miss);
  // The finding stands where the id differs from the catalogue; without
  // one, where the handoff breaks: at the process that lacks its input.
  bool at_output = spelling && *spelling == miss.input;
  const HandoffEnd& at = at_output ? output : input;
  const HandoffEnd& other = at_output ? input : output;
  const Handoffs::Use& first = at.uses.front();
  Diagnostic& finding =
      findings
          .report(first.ref->at, message(context, at, other, spelling), suggestion_text(spelling))
          .about(ElementKind::process, process_id(context, first));
  for (const HandoffEnd* side : {&at, &other}) {
    for (const Handoffs::Use& use : side->uses) {
      if (&use != &first && !use.taken_id) {
        finding.note(use.ref->at, fmt::format("process '{}' {} '{}' here", process_id(context, use),
                                              side->verb, side->data));
      }
    }
  }
}

void check(const RuleContext& context, Findings& findings) {
  for (const Handoffs::NearMiss& miss : context.handoffs.near_misses()) {
    report(context, miss, findings);
  }
}

} // namespace

extern const Rule broken_handoff{
    .id = "broken-handoff",
    .severity = Severity::error,
    .summary = "an input nobody produces and an output nobody uses, written almost alike",
    .details = R"md(
## What it does

Reports an input that no process outputs (and that is not an external input)
together with an output that no process uses (and that is neither an external
output nor an outcome) when their ids are each other's closest match: most
likely one handoff, written two ways. It is one finding, with both places.

When the model has a `data` catalogue that declares one of the two ids, the
finding stands at the other one and suggests the catalogue's spelling.
Otherwise it stands at the input and does not choose a side: either spelling
may be the right one. The two ids are then not reported again by
unproduced-input, unconsumed-output, undeclared-data or isolated-process.

## Why it matters

A typo on either side of a handoff breaks it: the receiving process waits
for information that, as far as the model says, never comes, while the
producing one hands it to nobody. Fixing one spelling repairs both.
)md",
    .bad_example = examples::broken_handoff.bad,
    .good_example = examples::broken_handoff.good,
    .check = check,
};

} // namespace bizmap::rules
