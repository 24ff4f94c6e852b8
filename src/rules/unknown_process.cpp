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
    .bad_example = R"yaml(bizmap: 1
external:
  inputs: [new-patient]
  outputs: [arrival]
systems:
  - id: front-desk
    goal: Every patient seen on time
    manager: practice-manager
    processes:
      - id: register-patient
        owner: reception
        inputs: [new-patient]
        outputs: [patient-record]
        steps: [Take their details, Create the record]
      - id: check-in-patient
        owner: reception
        inputs: [patient-record]
        outputs: [arrival]
        steps:
          - do: Find the booking
            what_ifs:
              - if: The patient has no record
                then: Run `register-pateint` first
)yaml",
    .good_example = R"yaml(bizmap: 1
external:
  inputs: [new-patient]
  outputs: [arrival]
systems:
  - id: front-desk
    goal: Every patient seen on time
    manager: practice-manager
    processes:
      - id: register-patient
        owner: reception
        inputs: [new-patient]
        outputs: [patient-record]
        steps: [Take their details, Create the record]
      - id: check-in-patient
        owner: reception
        inputs: [patient-record]
        outputs: [arrival]
        steps:
          - do: Find the booking
            what_ifs:
              - if: The patient has no record
                then: Run `register-patient` first
)yaml",
    .check = check,
};

} // namespace bizmap::rules
