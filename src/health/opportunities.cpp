#include "health/opportunities.hpp"

#include "health/basis.hpp"

#include <algorithm>

namespace bizmap {

Opportunities opportunities(const Model& model, const Workload& workload) {
  RoleCatalogue roles(model);
  const WorkingTime& time = workload.time();
  Opportunities found;
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    const Process& process = model.processes[p];
    std::optional<double> runs = time.runs_per_week(process);
    for (std::size_t s = 0; s < process.steps.size(); ++s) {
      const Step& step = process.steps[s];
      if (!may_hand_off(roles, process, step) || step.automation != Automation::manual) {
        continue;
      }
      if (!step.duration) {
        ++found.without_duration;
        continue;
      }
      if (!runs) {
        ++found.without_runs;
        continue;
      }
      const std::optional<Ref>& by = performer(process, step);
      found.ranked.push_back({p, s, by ? std::string_view(by->id) : std::string_view(),
                              *time.hours_per_week(step, runs)});
    }
  }
  std::stable_sort(found.ranked.begin(), found.ranked.end(),
                   [](const Opportunity& a, const Opportunity& b) {
                     return a.hours_per_week > b.hours_per_week;
                   });
  return found;
}

} // namespace bizmap
