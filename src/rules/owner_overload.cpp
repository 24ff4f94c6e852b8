#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_map>

namespace bizmap::rules {
namespace {

constexpr RuleOption max_option{"max", 8, "the most processes one person may own"};
constexpr RuleOption options[] = {max_option};

// Roles without a catalogue entry count as people, the default kind.
bool is_person(const RuleContext& context, std::string_view role) {
  const Role* declared = context.references.role(role);
  return declared == nullptr || declared->kind == RoleKind::person;
}

void check(const RuleContext& context, Findings& findings) {
  std::size_t max = static_cast<std::size_t>(std::max(0LL, context.option(max_option)));
  std::unordered_map<std::string_view, std::vector<const Process*>> owned;
  for (const Process& process : context.model.processes) {
    if (process.owner) {
      owned[process.owner->id].push_back(&process);
    }
  }
  for (const Process& process : context.model.processes) {
    if (!process.owner || !is_person(context, process.owner->id)) {
      continue;
    }
    const std::vector<const Process*>& processes = owned[process.owner->id];
    // Reported once per role, at the first process past the limit.
    if (processes.size() > max && processes[max] == &process) {
      findings
          .report(process.owner->at,
                  fmt::format("role '{}' owns {} process{}, more than {}: the business "
                              "leans on one person",
                              process.owner->id, processes.size(),
                              processes.size() == 1 ? "" : "es", max))
          .about(ElementKind::role, process.owner->id);
    }
  }
}

} // namespace

extern const Rule owner_overload{
    .id = "owner-overload",
    .severity = Severity::warning,
    .summary = "one person owns more than 'max' processes (default 8)",
    .details = R"md(
## What it does

Reports a role of kind `person` (the default kind) that owns more than `max`
processes (8 unless configured), at the owner of the first process past the
limit. Configure it in `.bizmap.yaml`:
`rules: {owner-overload: {severity: warning, max: 5}}`.

## Why it matters

When one person owns most of the processes, the business stops when that
person is ill, on holiday or gone. Spread ownership, or make a team the owner.
)md",
    .bad_example = examples::owner_overload.bad,
    .good_example = examples::owner_overload.good,
    .check = check,
    .options = options,
};

} // namespace bizmap::rules
