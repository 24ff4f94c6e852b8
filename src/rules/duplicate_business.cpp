#include "rules/examples.hpp"
#include "rules/rules.hpp"

namespace bizmap::rules {

extern const Rule duplicate_business{
    .id = "duplicate-business",
    .severity = Severity::error,
    .summary = "'business:' appears in more than one file",
    .details = R"md(
## What it does

Reports `business:` in a second file of the same model, naming the file that
already describes the business.

## Why it matters

All files given to one command form one business. Two descriptions of it
contradict each other, and bizmap cannot tell which one is right.
)md",
    .bad_example = examples::duplicate_business.bad,
    .good_example = examples::duplicate_business.good,
};

} // namespace bizmap::rules
