#include "rules/examples.hpp"
#include "rules/rules.hpp"

namespace bizmap::rules {

extern const Rule unused_baseline_entry{
    .id = "unused-baseline-entry",
    .severity = Severity::info,
    .summary = "a baseline entry that no longer matches a finding",
    .details = R"md(
## What it does

Reports an entry of the baseline file (`bizmap check --baseline FILE`, or
`baseline: FILE` in `.bizmap.yaml`) that hides fewer findings than it
records: the finding was fixed, or fewer of them are left. The finding points
at the entry in the baseline file.

A baseline records the findings a model had when a team adopted bizmap, or
turned a rule on, so that `bizmap check` reports only new ones. Each entry
names a finding by its rule, its file, the element it concerns and its
message, never by line, and counts how many such findings it hides.

## Why it matters

A stale entry would hide the next finding of the same kind on the same
element without anyone deciding it should. `bizmap check --write-baseline
FILE` keeps only the entries that still match, so the file shrinks as
people fix what it records.
)md",
    .bad_example = examples::unused_baseline_entry.bad,
    .good_example = examples::unused_baseline_entry.good,
};

} // namespace bizmap::rules
