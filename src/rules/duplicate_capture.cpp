#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

void check(const RuleContext& context, Findings& findings) {
  const Model& model = context.model;
  for (std::size_t i = 0; i < model.processes.size(); ++i) {
    const Process& process = model.processes[i];
    for (const Ref& output : process.outputs) {
      const Handoffs::Use& first = context.handoffs.producers(output.id).front();
      if (first.process == i) {
        continue;
      }
      std::string_view producer = model.processes[first.process].id.id;
      findings
          .report(output.at, fmt::format("process '{}' outputs '{}', which process '{}' already "
                                         "produces: the same information is captured twice",
                                         process.id.id, output.id, producer))
          .about(ElementKind::process, process.id.id)
          .note(first.ref->at, fmt::format("process '{}' produces '{}' here", producer, output.id));
    }
  }
}

} // namespace

extern const Rule duplicate_capture{
    .id = "duplicate-capture",
    .severity = Severity::warning,
    .summary = "the same data id is output by two or more processes",
    .details = R"md(
## What it does

Reports every process that outputs a data id which an earlier process (in
file order) already outputs, naming the first producer.

## Why it matters

Data should be captured once and carried forward. When two processes both
produce the client's details, they are typed in twice, drift apart, and
nobody knows which copy is right.
)md",
    .bad_example = examples::duplicate_capture.bad,
    .good_example = examples::duplicate_capture.good,
    .check = check,
};

} // namespace bizmap::rules
