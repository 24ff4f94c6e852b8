#pragma once

// The value streams whose lead time the scenario changes: each system
// outcome and outside delivery, timed through its slowest producer as the
// value streams page times it.

#include "flow/lead_time.hpp"

#include <string>
#include <vector>

namespace bizmap {

class FlowAnalysis;

/// A delivery reached before and after the changes whose expected or
/// longest lead time is not the same whole minutes.
struct LeadTimeChange {
  std::string data;
  std::size_t producer = 0; ///< before: the producer the lead time runs through
  PathTime before;
  PathTime after;
};

/// Deliveries no longer reached are left out: the lost deliveries name them.
std::vector<LeadTimeChange> lead_time_changes(const FlowAnalysis& before,
                                              const FlowAnalysis& after);

} // namespace bizmap
