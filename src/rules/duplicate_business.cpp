#include "rules/rules.hpp"

namespace bizmap::rules {

extern const Rule duplicate_business{
    .id = "duplicate-business",
    .severity = Severity::error,
    .summary = "'business:' appears in more than one file",
    .details = R"md(
## What it does

Reports `business:` in a second file of the same model, naming the file that
already describes the business. Examples with several files separate them
with a `# file: NAME` line.

## Why it matters

All files given to one command form one business. Two descriptions of it
contradict each other, and bizmap cannot tell which one is right.
)md",
    .bad_example = R"yaml(# file: business.yaml
bizmap: 1
business:
  name: Brightside Studio
# file: sales.yaml
bizmap: 1
business:
  name: Brightside Sales
)yaml",
    .good_example = R"yaml(# file: business.yaml
bizmap: 1
business:
  name: Brightside Studio
# file: sales.yaml
bizmap: 1
systems: []
)yaml",
};

} // namespace bizmap::rules
