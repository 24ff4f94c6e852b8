#include "rules/examples.hpp"
#include "rules/rules.hpp"

namespace bizmap::rules {

extern const Rule unused_suppression{
    .id = "unused-suppression",
    .severity = Severity::info,
    .summary = "a suppression comment that suppresses nothing",
    .details = R"md(
## What it does

Reports a `# bizmap-ignore(...)`, `# bizmap-ignore-next-line(...)` or bare
`# bizmap-ignore` comment that suppressed no finding, and every rule named in
one that had no finding on its line. A rule name that does not exist is
reported too, with the closest rule suggested.

Suppression comments work like this: `# bizmap-ignore(rule-a, rule-b)` at the
end of a line suppresses those rules' findings on that line;
`# bizmap-ignore-next-line(rule-a)` on its own line suppresses them on the
next line; a bare `# bizmap-ignore` suppresses every rule on its line. A
reason may follow after ` -- `: `# bizmap-ignore(isolated-process) -- runs alone`.

## Why it matters

Suppressions outlive the problems they hid. A stale one hides the next real
problem on that line without anyone deciding it should.
)md",
    .bad_example = examples::unused_suppression.bad,
    .good_example = examples::unused_suppression.good,
};

} // namespace bizmap::rules
