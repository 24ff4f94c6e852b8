#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

std::string message(const Model& model, const Reference& reference, std::string_view hint) {
  return fmt::format("a what-if of {} names process '{}', which does not exist{}",
                     holder_phrase(model, reference), reference.ref->id, hint);
}

void check(const RuleContext& context, Findings& findings) {
  report_undeclared(context, ElementKind::process, message, findings);
}

} // namespace

extern const Rule unknown_process{
    .id = "unknown-process",
    .severity = Severity::error,
    .summary = "a what-if's then names a process id (in backticks) that does not exist",
    .details = R"md(
## What it does

A what-if's `then` can send the reader to another process by writing its id
in backticks: ``then: Run `register-patient` first``. Reports every id in
backticks that is no process's id, with the closest process id suggested.
Only text that could be an id (lower-case kebab-case, like
`register-patient`) counts; other code in backticks, such as `Ctrl + S`, is
left alone.

## Why it matters

Reports turn these ids into links to the other process's page. A misspelt id
sends the person who is already in trouble to a page that does not exist.
)md",
    .bad_example = examples::unknown_process.bad,
    .good_example = examples::unknown_process.good,
    .check = check,
};

} // namespace bizmap::rules
