#pragma once

// What a scenario does to the business: what stops, what nobody answers for,
// what no longer reaches its customer, the hours that need a new home, the
// load of each role it touches and the lead times it changes.

#include "whatif/lead_times.hpp"
#include "whatif/role_loads.hpp"
#include "whatif/scenario.hpp"

#include <bizmap/model.hpp>
#include <string>
#include <vector>

namespace bizmap {

/// A system outcome or outside delivery that the business reached before the
/// changes and no longer does, with the first break on its way.
struct LostDelivery {
  std::string data;
  std::size_t process = 0; ///< the process whose input no longer arrives
  std::string input;       ///< that input
  /// The processes that supplied the input before and stop now; empty when
  /// the input's supply broke further up.
  std::vector<std::size_t> stopped_suppliers;
};

/// The hours a week of steps whose performer is gone with no backup: work
/// that needs a new home.
struct HomelessWork {
  double hours_per_week = 0;
  std::size_t steps = 0;
  /// Steps left out of the hours: no duration, or a process whose runs per
  /// week the model does not say.
  std::size_t steps_without_duration = 0;
  std::size_t steps_without_runs = 0;
};

struct Consequences {
  std::vector<std::size_t> stopped;       ///< processes, in model order
  std::vector<std::size_t> unaccountable; ///< processes, in model order
  std::vector<LostDelivery> lost;
  HomelessWork homeless;
  std::vector<RoleLoadChange> loads;      ///< roles whose load or capacity changes
  std::vector<LeadTimeChange> lead_times; ///< value streams whose lead time changes
  /// With a `--scale`: the processes it leaves as they were, having no volume.
  std::size_t processes_without_volume = 0;
};

/// The consequences of a scenario for the model it was made from.
Consequences consequences_of(const Model& before, const Scenario& after);

} // namespace bizmap
