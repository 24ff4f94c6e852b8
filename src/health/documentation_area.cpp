#include "flow/working_time.hpp"
#include "health/basis.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

// A process with inputs starts when they arrive, so it has a trigger, as
// missing-trigger has it.
bool has_trigger(const Process& process) {
  return !process.trigger.empty() || !process.inputs.empty();
}

struct Tally {
  std::size_t processes = 0, owners = 0, with_steps = 0, triggers = 0, volumes = 0;
  std::size_t steps = 0, durations = 0;
};

// What one process lacks of what documentation counts, in words.
std::vector<std::string> lacks_of(const HealthBasis& basis, const Process& process, Tally& tally) {
  std::vector<std::string> lacks;
  auto count = [&lacks](bool has, std::size_t& tallied, std::string_view missing) {
    if (has) {
      ++tallied;
    } else {
      lacks.emplace_back(missing);
    }
  };
  ++tally.processes;
  count(process.owner.has_value(), tally.owners, "no owner");
  count(!process.steps.empty(), tally.with_steps, "no steps");
  count(has_trigger(process), tally.triggers, "no trigger or inputs");
  count(basis.workload.time().runs_per_week(process).has_value(), tally.volumes,
        "no volume (runs a week unknown)");
  std::size_t untimed = 0;
  for (const Step& step : process.steps) {
    if (only_waits(step)) {
      continue; // a wait is written down; it has no hands-on time to give
    }
    ++tally.steps;
    step.duration ? ++tally.durations : ++untimed;
  }
  if (untimed > 0) {
    lacks.push_back(fmt::format("{} no duration", count_words(untimed, "step has", "steps have")));
  }
  return lacks;
}

} // namespace

// The model's completeness: each process's owner, steps, trigger and
// volume, and each step's duration, written down. Outside parties'
// processes are what the outside world does and are not counted.
HealthArea documentation_area(const HealthSources& in) {
  const HealthBasis& basis = in.basis;
  HealthArea area = empty_area("documentation", "Documentation");
  Tally tally;
  for (std::size_t p : in.scope.processes) {
    const Process& process = basis.model.processes[p];
    if (basis.roles.is_outside_party(process)) {
      continue;
    }
    std::vector<std::string> lacks = lacks_of(basis, process, tally);
    if (!lacks.empty()) {
      area.facts.push_back(process_fact(basis.model, p, fmt::format("{}", fmt::join(lacks, ", "))));
    }
  }
  area.good = static_cast<double>(tally.owners + tally.with_steps + tally.triggers + tally.volumes +
                                  tally.durations);
  area.counted = static_cast<double>(4 * tally.processes + tally.steps);
  area.detail =
      fmt::format("of {} processes, {} have an owner, {} steps, {} a trigger or inputs, "
                  "{} a volume; {} of {} have a duration",
                  tally.processes, tally.owners, tally.with_steps, tally.triggers, tally.volumes,
                  tally.durations, count_words(tally.steps, "step", "steps"));
  area.nothing_to_count = "no process of the business's own";
  return area;
}

} // namespace bizmap
