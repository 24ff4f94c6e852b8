#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "yaml/tree.hpp"

namespace bizmap::rules {

extern const Rule yaml_syntax{
    .id = yaml::syntax_rule,
    .severity = Severity::error,
    .summary = "the file is not valid YAML",
    .details = R"md(
## What it does

Reports a mistake that keeps a file from reading as YAML, in plain words, at
the mistake itself, and says what to do: a tab or a non-breaking space in the
indentation, a key that does not line up with the keys it belongs with, a list
item without its `- `, a key without the space after its colon, a colon or a
` #` inside a value, a quote or a bracket left open (at the place it opens),
curly quotes from a word processor, a `---` or `...` line, a file saved as
UTF-16, Windows-1252 or Latin-1 instead of UTF-8.

bizmap then reads the file as if the mistake were fixed, so that the rest of
the model is still checked. What even so cannot be read is named in the
summary line, and the checks across the model (handoffs, unused catalogue
entries, isolated processes) leave out what those lines may explain.

Some findings are warnings: the file reads, but most likely not as its author
meant it (curly quotes around a value, a ` #` that cuts a value short, a
colon in a step). Files that nest deeper than 400 levels, whose aliases
expand to more than 1,000,000 nodes, or that hold a second YAML document are
reported here too. The catalogue of mistakes, with what bizmap says about
each and the fix, is `docs/yaml-mistakes.md`.

## Why it matters

A file that cannot be read hides every other problem in it, and without it
the rest of the model looks broken where it is not: one mistake should give
one finding.
)md",
    .bad_example = examples::yaml_syntax.bad,
    .good_example = examples::yaml_syntax.good,
};

} // namespace bizmap::rules
