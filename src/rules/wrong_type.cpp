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

## Why it matters

bizmap cannot guess what a value of the wrong shape was meant to say, so it
leaves the value out; everything that depends on it goes unchecked.
)md",
    .bad_example = R"yaml(bizmap: 1
external:
  inputs: inquiry
)yaml",
    .good_example = R"yaml(bizmap: 1
external:
  inputs: [inquiry]
)yaml",
};

} // namespace bizmap::rules
