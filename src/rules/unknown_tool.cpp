#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

std::string message(const Model& model, const Reference& reference, std::string_view hint) {
  std::string user =
      reference.field == RefField::data_system_of_record
          ? fmt::format("system of record of '{}'", model.data[reference.holder->index].id.id)
          : "used by " + holder_phrase(model, reference);
  return fmt::format("tool '{}' ({}) is not a declared tool{}", reference.ref->id, user, hint);
}

void check(const RuleContext& context, Findings& findings) {
  report_undeclared(context, ElementKind::tool, message, findings);
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
    .bad_example = examples::unknown_tool.bad,
    .good_example = examples::unknown_tool.good,
    .check = check,
};

} // namespace bizmap::rules
