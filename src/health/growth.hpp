#pragma once

#include "flow/workload.hpp"

#include <bizmap/model.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// How far one role's work may grow before it is more than its capacity.
struct RoleGrowth {
  std::string_view role;
  Location at;      ///< the role in the catalogue
  double hours = 0; ///< counted hours of work a week
  double capacity = 0;
  /// capacity / hours; none when there are no counted hours or they leave
  /// work out (`why_none` says which).
  std::optional<double> factor;
  std::string why_none;

  bool is_over() const { return factor && *factor < 1; }
};

/// "What breaks first as you grow": every role with a known capacity,
/// those with a factor smallest first, then those without one, in model order.
std::vector<RoleGrowth> growth_limits(const Model& model, const Workload& workload);

} // namespace bizmap
