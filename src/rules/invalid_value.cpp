#include "rules/examples.hpp"
#include "rules/rules.hpp"

namespace bizmap::rules {

extern const Rule invalid_value{
    .id = "invalid-value",
    .severity = Severity::error,
    .summary = "an enum, duration or id that does not match its format",
    .details = R"md(
## What it does

Reports a value outside its allowed set: an id that is not lower-case
kebab-case, a `kind`, `layer`, `frequency` or `automation` that is not one of
its choices, or a `duration` that is not a whole number followed by `m`, `h`,
`d` or `w`. Where a valid value is close, it is suggested.

A duration written as people say it (`1h30m`, `1.5h`, `90 minutes`, `2 hours`)
is read as what it says, and the message gives it in the format (`write
90m`). A yes or no where a choice belongs (`automation: yes`) is read as the
choice it answers (`automated`).

## Why it matters

Reports, graphs and other tools rely on these values meaning one thing:
`weekly` and `every week` cannot both be understood.
)md",
    .bad_example = examples::invalid_value.bad,
    .good_example = examples::invalid_value.good,
};

} // namespace bizmap::rules
