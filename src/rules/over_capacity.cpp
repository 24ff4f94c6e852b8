#include "flow/workload.hpp"
#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace bizmap::rules {
namespace {

constexpr RuleOption max_option{"max", 100,
                                "the most percent of its capacity a role's work may take"};
constexpr RuleOption options[] = {max_option};

// The three processes that take the most are enough to act on.
constexpr std::size_t processes_noted = 3;

struct Taken {
  const ProcessLoad* load;
  std::string_view as_role; ///< empty: the role's own work
};

std::vector<Taken> biggest(const Workload& workload, const RoleLoad& load) {
  std::vector<Taken> taken;
  auto add = [&taken](const RoleLoad& of, std::string_view as_role) {
    for (const ProcessLoad& process : of.processes) {
      if (process.hours_per_week && *process.hours_per_week > 0) {
        taken.push_back({&process, as_role});
      }
    }
  };
  add(load, "");
  for (std::string_view other : load.fills_in_for) {
    add(workload.of(other), other);
  }
  std::stable_sort(taken.begin(), taken.end(), [](const Taken& a, const Taken& b) {
    return *a.load->hours_per_week > *b.load->hours_per_week;
  });
  return taken;
}

std::string capacity_words(const RoleLoad& load) {
  return fmt::format("{} hours ({} {} × {})", hours_text(*load.capacity_hours_per_week),
                     *load.people, *load.people == 1 ? "person" : "people",
                     hours_text(*load.capacity_hours_per_week / *load.people));
}

void report(const RuleContext& context, const Workload& workload, const Role& role,
            const RoleLoad& load, double max, Findings& findings) {
  double capacity = *load.capacity_hours_per_week;
  bool average_over = load.hours_per_week * 100 > max * capacity;
  bool peak_over = load.peak_hours_per_week && *load.peak_hours_per_week * 100 > max * capacity;
  if (!average_over && !peak_over) {
    return;
  }
  const Model& model = context.model;
  std::string message;
  if (average_over) {
    message = fmt::format("role '{}' has {} hours of work a week, {} of its capacity of {}, more "
                          "than {}%",
                          role.id.id, hours_text(load.hours_per_week),
                          percent_text(load.hours_per_week, capacity), capacity_words(load), max);
  } else {
    const Process& peak = model.processes[*load.peak_process];
    message =
        fmt::format("role '{}' has {} hours of work a week at its busiest, when process "
                    "'{}' does a whole round's runs within its due time: {} of its "
                    "capacity of {}, more than {}%",
                    role.id.id, hours_text(*load.peak_hours_per_week), peak.id.id,
                    percent_text(*load.peak_hours_per_week, capacity), capacity_words(load), max);
  }
  Diagnostic& finding = findings.report(role.id.at, message).about(ElementKind::role, role.id.id);
  std::vector<Taken> taken = biggest(workload, load);
  for (std::size_t i = 0; i < taken.size() && i < processes_noted; ++i) {
    const Process& process = model.processes[taken[i].load->process];
    finding.note(process.id.at, fmt::format("process '{}' takes {} hours a week{}", process.id.id,
                                            hours_text(*taken[i].load->hours_per_week),
                                            taken[i].as_role.empty()
                                                ? ""
                                                : fmt::format(" as role '{}'", taken[i].as_role)));
  }
  if (average_over && peak_over) {
    const Process& peak = model.processes[*load.peak_process];
    finding.note(peak.id.at, fmt::format("at its busiest, when process '{}' does a whole round's "
                                         "runs within its due time, {} hours a week ({})",
                                         peak.id.id, hours_text(*load.peak_hours_per_week),
                                         percent_text(*load.peak_hours_per_week, capacity)));
  }
}

void check(const RuleContext& context, Findings& findings) {
  double max = static_cast<double>(std::max(0LL, context.option(max_option)));
  Workload workload(context.model);
  for (const Role& role : context.model.roles) {
    if (context.references.role(role.id.id) != &role) {
      continue; // a duplicate id: duplicate-id reports it
    }
    const RoleLoad& load = workload.of(role.id.id);
    if (!load.capacity_hours_per_week || *load.capacity_hours_per_week <= 0 || !load.people) {
      continue;
    }
    report(context, workload, role, load, max, findings);
  }
}

} // namespace

extern const Rule over_capacity{
    .id = "over-capacity",
    .severity = Severity::warning,
    .summary = "a role's work is more than 'max' percent (default 100) of its capacity",
    .details = R"md(
## What it does

Reports a role whose hours of work per week are more than `max` percent
(100 unless configured) of its capacity, once, at the role in the `roles`
catalogue. The hours are those the report's role pages show: each step the
role performs, its `duration` times the share of runs that do it, times the
process's runs per week; automated steps, software, outside parties and
processes owned by an `external` role are left out, and the work of roles it
fills in for (`filled_by`) is added. Capacity is `people` × `hours_per_week`
(a `person` is one person; hours default to the calendar's full week).

The same comparison is made for the busiest week: a periodic process with a
`due` does its whole round's runs within the working time the due allows
(a monthly run for 140 clients due in 10 days), so in that window the role
works that process's hours per round divided by the due in working weeks,
plus its other work at its average rate.

The processes that take the most hours are noted with their places. A team
without `people`, a vendor, and a role filled by another have no capacity of
their own and are not reported. Configure it in `.bizmap.yaml`:
`rules: {over-capacity: {severity: warning, max: 85}}`.

## Why it matters

Work that needs more hours than the people have is done late, badly or by
someone working unpaid evenings. Either the volume, the durations or the
people in the model are wrong, or the business needs more hands.
)md",
    .bad_example = examples::over_capacity.bad,
    .good_example = examples::over_capacity.good,
    .check = check,
    .options = options,
};

} // namespace bizmap::rules
