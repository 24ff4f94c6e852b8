#include "whatif/lead_times.hpp"

#include "flow/flow.hpp"

namespace bizmap {
namespace {

// Figures as they are shown: whole minutes, and whether all was counted.
bool same(const LeadFigure& a, const LeadFigure& b) {
  return whole_minutes(a.minutes()) == whole_minutes(b.minutes()) && a.is_known() == b.is_known();
}

} // namespace

std::vector<LeadTimeChange> lead_time_changes(const FlowAnalysis& before_flow,
                                              const FlowAnalysis& after_flow) {
  std::vector<LeadTimeChange> changes;
  for (const Ref* delivery : before_flow.deliveries()) {
    if (!before_flow.is_reachable(delivery->id) || !after_flow.is_reachable(delivery->id)) {
      continue;
    }
    std::optional<std::uint32_t> was = before_flow.slowest_producer(delivery->id);
    std::optional<std::uint32_t> is = after_flow.slowest_producer(delivery->id);
    if (!was || !is) {
      continue;
    }
    const PathTime& then = before_flow.lead_time(*was);
    const PathTime& now = after_flow.lead_time(*is);
    if (same(then.expected, now.expected) && same(then.longest, now.longest)) {
      continue;
    }
    changes.push_back({delivery->id, *was, then, now});
  }
  return changes;
}

} // namespace bizmap
