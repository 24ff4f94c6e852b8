#include "rules/examples.hpp"
#include "rules/rules.hpp"

namespace bizmap::rules {

extern const Rule not_a_model{
    .id = "not-a-model",
    .severity = Severity::error,
    .summary = "a file named on the command line lacks 'bizmap: 1', or has an unsupported version",
    .details = R"md(
## What it does

Reports a file named on the command line that does not start with the format
version `bizmap: 1`, or that asks for a version this bizmap does not read.
Files found while searching a folder are skipped silently instead.

## Why it matters

The version line tells bizmap (and people) that a YAML file describes the
business. Without it, bizmap cannot tell a model from any other YAML file.
)md",
    .bad_example = examples::not_a_model.bad,
    .good_example = examples::not_a_model.good,
};

} // namespace bizmap::rules
