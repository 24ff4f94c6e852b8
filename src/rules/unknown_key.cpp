#include "rules/examples.hpp"
#include "rules/rules.hpp"

namespace bizmap::rules {

extern const Rule unknown_key{
    .id = "unknown-key",
    .severity = Severity::warning,
    .summary = "a key the format does not define",
    .details = R"md(
## What it does

Reports a key that the model format does not define for that element, and
suggests the closest valid key. When the element lacks that key and it is the
only one close, bizmap reads the value as that key (`ownr: chef` as the
owner), so nothing else reports the key as missing; a key in the wrong case
(`Owner`) or with an invisible character pasted into it is read as the key
too.

## Why it matters

A misspelt key is ignored: `ownr: founder` leaves the process without an
owner, even though the author meant to give it one.
)md",
    .bad_example = examples::unknown_key.bad,
    .good_example = examples::unknown_key.good,
};

} // namespace bizmap::rules
