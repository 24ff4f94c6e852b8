#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "yaml/tree.hpp"

namespace bizmap::rules {

extern const Rule duplicate_key{
    .id = yaml::duplicate_key_rule,
    .severity = Severity::error,
    .summary = "a map repeats a key",
    .details = R"md(
## What it does

Reports the second occurrence of a key within one map.

## Why it matters

YAML parsers keep only one of the two values and drop the other without a
word, so part of what was written is silently lost. bizmap reads the first.
)md",
    .bad_example = examples::duplicate_key.bad,
    .good_example = examples::duplicate_key.good,
};

} // namespace bizmap::rules
