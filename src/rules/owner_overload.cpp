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

// Listing every process of a role that owns hundreds would bury the finding.
constexpr std::size_t processes_noted = 20;

// At the role where the catalogue declares it, else at its first process's owner.
Diagnostic& report(const RuleContext& context, const std::vector<const Process*>& processes,
                   std::size_t max, Findings& findings) {
  const Ref& owner = *processes.front()->owner;
  const Role* declared = context.references.role(owner.id);
  return findings
      .report(declared != nullptr ? declared->id.at : owner.at,
              fmt::format("role '{}' owns {} process{}, more than {}: the business "
                          "leans on one person",
                          owner.id, processes.size(), processes.size() == 1 ? "" : "es", max))
      .about(ElementKind::role, owner.id);
}

void check(const RuleContext& context, Findings& findings) {
  std::size_t max = static_cast<std::size_t>(std::max(0LL, context.option(max_option)));
  std::unordered_map<std::string_view, std::vector<const Process*>> owned;
  std::vector<std::string_view> owners; // in the order they first own a process
  for (const Process& process : context.model.processes) {
    if (process.owner && is_person(context, process.owner->id)) {
      std::vector<const Process*>& processes = owned[process.owner->id];
      if (processes.empty()) {
        owners.push_back(process.owner->id);
      }
      processes.push_back(&process);
    }
  }
  for (std::string_view owner : owners) {
    const std::vector<const Process*>& processes = owned[owner];
    if (processes.size() <= max) {
      continue;
    }
    Diagnostic& finding = report(context, processes, max, findings);
    for (std::size_t i = 0; i < processes.size() && i < processes_noted; ++i) {
      finding.note(processes[i]->owner->at,
                   fmt::format("'{}' owns process '{}'", owner, processes[i]->id.id));
    }
    if (processes.size() > processes_noted) {
      finding.note(processes[processes_noted]->owner->at,
                   fmt::format("and {} more processes", processes.size() - processes_noted));
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
processes (8 unless configured), once, at the role in the `roles` catalogue
(at its first process's `owner` when the catalogue does not declare it), with
each process it owns noted (the first 20, then how many more). Configure it in `.bizmap.yaml`:
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
