#include "rules/examples.hpp"
#include "rules/rules.hpp"

namespace bizmap::rules {

extern const Rule missing_field{
    .id = "missing-field",
    .severity = Severity::error,
    .summary = "a required field is absent",
    .details = R"md(
## What it does

Reports an element without a field it cannot do without: the `id` of a
system, process, role, tool or data item, the `name` of the business, or the
`do` of a step written as a map.

## Why it matters

An element without an id cannot be referred to, so it is left out of the
model; a step without `do` says nothing about what to do.
)md",
    .bad_example = examples::missing_field.bad,
    .good_example = examples::missing_field.good,
};

} // namespace bizmap::rules
