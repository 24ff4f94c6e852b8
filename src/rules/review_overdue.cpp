#include "model/review.hpp"
#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>
#include <span>

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

// A cadence or a date of the business's is one mistake however many processes
// take it: one finding where it is written, with a few of them noted.
constexpr std::size_t processes_noted = 5;

void note_processes(Diagnostic& finding, std::span<const Process* const> processes,
                    std::string_view what) {
  for (std::size_t i = 0; i < processes.size() && i < processes_noted; ++i) {
    finding.note(processes[i]->id.at, fmt::format("process '{}' {}", processes[i]->id.id, what));
  }
  if (processes.size() > processes_noted) {
    finding.note(processes[processes_noted]->id.at,
                 fmt::format("and {} more", processes.size() - processes_noted));
  }
}

std::string processes_count(std::size_t count) {
  return count == 1 ? std::string("1 process") : fmt::format("{} processes", count);
}

void report_undated(const ReviewCadence& cadence, std::span<const Process* const> undated,
                    Findings& findings) {
  Diagnostic& finding = findings.report(
      cadence.at, fmt::format("every process is to be reviewed every {}, but {} {} no "
                              "'reviewed' date: set 'business.reviewed' to the day they were "
                              "last reviewed, or give each its own 'reviewed' date",
                              cadence_words(cadence), processes_count(undated.size()),
                              undated.size() == 1 ? "has" : "have"));
  note_processes(finding, undated, "has no 'reviewed' date");
}

void report_business_overdue(const Business& business, Date due,
                             std::span<const Process* const> overdue, Findings& findings) {
  Diagnostic& finding = findings.report(
      *business.reviewed_at,
      fmt::format("the business's 'reviewed' date, {}, is the last review of {} that {} due "
                  "for review on {}{}",
                  iso_date(*business.reviewed), processes_count(overdue.size()),
                  overdue.size() == 1 ? "was" : "were", iso_date(due),
                  overdue.size() == 1 ? "" : " or earlier"));
  note_processes(finding, overdue, "takes this date and is overdue");
}

void check(const RuleContext& context, Findings& findings) {
  const std::optional<Business>& business = context.model.business;
  bool business_dated = business && business->reviewed_at;
  std::vector<const Process*> undated, overdue_by_business;
  std::optional<Date> first_due;
  for (const Process& process : context.model.processes) {
    if (is_outside_party(context, process)) {
      continue; // the business does not review what the outside world does
    }
    const ReviewCadence* cadence = review_cadence(context.model, process);
    if (cadence == nullptr) {
      continue;
    }
    if (!process.reviewed_at && !business_dated) {
      if (process.review_every) {
        report_unreviewed(process, *cadence, findings);
      } else {
        undated.push_back(&process);
      }
      continue;
    }
    std::optional<Date> last = last_review(context.model, process);
    if (!last || !(add_cadence(*last, *cadence) < context.today)) {
      continue;
    }
    Date due = add_cadence(*last, *cadence);
    if (process.reviewed_at) {
      report_overdue(process, *cadence, due, findings);
    } else {
      overdue_by_business.push_back(&process);
      first_due = first_due ? std::min(*first_due, due) : due;
    }
  }
  if (!undated.empty()) {
    report_undated(*business->review_every, undated, findings);
  }
  if (!overdue_by_business.empty()) {
    report_business_overdue(*business, *first_due, overdue_by_business, findings);
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
`review_every`), counted from its `reviewed` date (its own, or the
business's `reviewed`). Reports a process whose next review (its `reviewed`
date plus the cadence) is before today, at the `reviewed` date, and a
process that has a cadence but no `reviewed` date, at its id. A review is due
on the day the cadence ends and overdue from the day after.

What the business's keys cause is one finding where they are written: the
business's `review_every` while processes have no `reviewed` date (how many,
the first five noted, and the fix, `business.reviewed`), and the business's
`reviewed` date once the processes that take it are overdue.

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
