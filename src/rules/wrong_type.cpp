#include "rules/examples.hpp"
#include "rules/rules.hpp"

namespace bizmap::rules {

extern const Rule wrong_type{
    .id = "wrong-type",
    .severity = Severity::error,
    .summary = "a value of the wrong YAML type",
    .details = R"md(
## What it does

Reports a value of the wrong kind: a single value where a list belongs
(`inputs: lead` instead of `inputs: [lead]`), a list or map where a single
value belongs, or a list item that should be a map.

Where the intent is plain, bizmap reads it so after the finding: a single
value where a list belongs as a list of one (`inputs: lead, referral` as a
list of two), a map where a list of maps belongs (its items written without
`- `) as a list of one item, and a list item `- lead: from the website` (a
note after an id) as its id. Nothing else then reports the value as missing.

## Why it matters

A value of the wrong shape says something other than what its author meant;
other tools that read the model will not read it as bizmap does.
)md",
    .bad_example = examples::wrong_type.bad,
    .good_example = examples::wrong_type.good,
};

} // namespace bizmap::rules
