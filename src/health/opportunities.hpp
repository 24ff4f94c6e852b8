#pragma once

#include "flow/workload.hpp"

#include <bizmap/model.hpp>
#include <cstddef>
#include <string_view>
#include <vector>

namespace bizmap {

/// A step worth automating or delegating, and the hours a week it takes.
struct Opportunity {
  std::size_t process = 0; ///< in Model::processes
  std::size_t step = 0;    ///< in the process's steps
  std::string_view role;   ///< who performs it; empty when nobody is named
  double hours_per_week = 0;
};

/// The steps a person does by hand that could be handed off, ranked.
struct Opportunities {
  std::vector<Opportunity> ranked;  ///< most hours first; of equal hours, model order
  std::size_t without_runs = 0;     ///< steps not ranked: the process's runs are unknown
  std::size_t without_duration = 0; ///< steps not ranked: no duration
};

/// Steps ranked by hands-on minutes × share × runs per week / 60, leaving
/// out `stays-manual`, automated and delegated steps, steps of external and
/// automation roles, and processes of outside parties (docs/health.md).
Opportunities opportunities(const Model& model, const Workload& workload);

} // namespace bizmap
