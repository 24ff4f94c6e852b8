#include "rules/examples.hpp"
#include "rules/rules.hpp"

namespace bizmap::rules {

extern const Rule duplicate_id{
    .id = "duplicate-id",
    .severity = Severity::error,
    .summary = "two things of one kind share an id",
    .details = R"md(
## What it does

Reports the second element of a kind (system, process, role, tool, data item)
whose id is already taken in the model, in any of its files, and names where
the first one is. The second element is left out of the model.

## Why it matters

An id is how handoffs and owners refer to things: two processes called
`onboard-client` make every reference to it ambiguous.
)md",
    .bad_example = examples::duplicate_id.bad,
    .good_example = examples::duplicate_id.good,
};

} // namespace bizmap::rules
