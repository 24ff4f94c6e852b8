#include "rules/rules.hpp"
#include "yaml/tree.hpp"

namespace bizmap::rules {

extern const Rule yaml_syntax{
    .id = yaml::syntax_rule,
    .severity = Severity::error,
    .summary = "the file is not valid YAML",
    .details = R"md(
## What it does

Reports a file that cannot be read as YAML, at the place where the parser gave
up. Files that are not UTF-8 text, that nest deeper than 400 levels, whose
aliases expand to more than 1,000,000 nodes, or that hold a second YAML
document are reported here too.

## Why it matters

Nothing in a file that cannot be parsed can be checked: a broken bracket hides
every other problem in it.
)md",
    .bad_example = R"yaml(bizmap: 1
systems: [{id: sales, goal: Win clients}
)yaml",
    .good_example = R"yaml(bizmap: 1
systems: [{id: sales, goal: Win clients}]
)yaml",
};

} // namespace bizmap::rules
