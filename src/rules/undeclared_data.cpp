#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

std::string_view role_of_data(RefField field) {
  switch (field) {
  case RefField::external_input:
    return "external input";
  case RefField::external_output:
    return "external output";
  case RefField::system_outcome:
    return "outcome of ";
  case RefField::process_input:
  case RefField::step_input:
    return "input of ";
  default:
    break;
  }
  return "output of ";
}

std::string message(const Model& model, const Reference& reference, std::string_view hint) {
  return fmt::format("'{}' ({}{}) is not a declared data item{}", reference.ref->id,
                     role_of_data(reference.field), holder_phrase(model, reference), hint);
}

void check(const RuleContext& context, Findings& findings) {
  report_undeclared(context, ElementKind::data, message, findings);
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
    .bad_example = examples::undeclared_data.bad,
    .good_example = examples::undeclared_data.good,
    .check = check,
};

} // namespace bizmap::rules
