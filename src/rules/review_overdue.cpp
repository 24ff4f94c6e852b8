#include "model/review.hpp"
#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

void report_unreviewed(const Process& process, const ReviewCadence& cadence, Findings& findings) {
  Diagnostic& finding =
      findings
          .report(process.id.at,
                  fmt::format("process '{}' is to be reviewed every {}, but has no 'reviewed' "
                              "date",
                              process.id.id, cadence_words(cadence)))
          .about(ElementKind::process, process.id.id);
  if (!process.review_every) {
    finding.note(cadence.at, "the business's review cadence is set here");
  }
}

void report_overdue(const Process& process, const ReviewCadence& cadence, Date due,
                    Findings& findings) {
  Diagnostic& finding =
      findings
          .report(*process.reviewed_at,
                  fmt::format("process '{}' was last reviewed on {} and was due for review on "
                              "{} (every {})",
                              process.id.id, iso_date(*process.reviewed), iso_date(due),
                              cadence_words(cadence)))
          .about(ElementKind::process, process.id.id);
  if (!process.review_every) {
    finding.note(cadence.at, "the business's review cadence is set here");
  }
}

void check(const RuleContext& context, Findings& findings) {
  for (const Process& process : context.model.processes) {
    const ReviewCadence* cadence = review_cadence(context.model, process);
    if (cadence == nullptr) {
      continue;
    }
    if (!process.reviewed_at) {
      report_unreviewed(process, *cadence, findings);
    } else if (process.reviewed) {
      Date due = add_cadence(*process.reviewed, *cadence);
      if (due < context.today) {
        report_overdue(process, *cadence, due, findings);
      }
    }
  }
}

} // namespace

extern const Rule review_overdue{
    .id = "review-overdue",
    .severity = Severity::warning,
    .summary = "a process's last review is older than its review cadence allows, or it has a "
               "cadence and no review date",
    .details = R"md(
## What it does

A process is reviewed every `review_every` (its own, or the business's
`review_every`), counted from its `reviewed` date. Reports a process whose
next review (its `reviewed` date plus the cadence) is before today, at the
`reviewed` date, and a process that has a cadence but no `reviewed` date, at
its id. A review is due on the day the cadence ends and overdue from the day
after.

Today is the date of the run, or the date given with `--today YYYY-MM-DD`,
so that a report or a CI run can be reproduced. The examples on this page are
checked as of 2026-06-01.

A cadence in months ends on the same day of the month, or on the month's last
day when it has no such day: reviewed on 31 August with `6mo`, the review is
due on 28 February (29 in a leap year).

## Why it matters

A procedure nobody has looked at for two years describes how the work used
to be done. ISO 9001 asks for documented information to be reviewed and kept
up to date; a cadence and a review date make that visible, and this rule
keeps them honest.
)md",
    .bad_example = examples::review_overdue.bad,
    .good_example = examples::review_overdue.good,
    .check = check,
};

} // namespace bizmap::rules
