#pragma once

#include "flow/hands_on.hpp"
#include "flow/workload.hpp"

#include <bizmap/model.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bizmap {

/// The hands-on time of one run: the durations of the steps that are not
/// automated (software does those by itself).
struct HandsOnPerRun {
  std::uint64_t minutes = 0;
  std::size_t timed = 0;   ///< steps with a duration that count
  std::size_t untimed = 0; ///< steps without a duration that count
};
HandsOnPerRun hands_on_per_run(const Process& process, const WorkingTime& time);

/// "45 min", "2 h 15 min", "3 days 2 h", in the business's working days.
std::string working_time_words(std::uint64_t minutes, const WorkingTime& time);

/// The steps one role performs in one process.
struct PerformedSteps {
  std::size_t process;
  std::vector<std::size_t> steps; ///< in order
};

/// What one role does across the model, gathered in one pass.
struct RoleInvolvement {
  std::vector<std::size_t> owns;        ///< processes, in model order
  std::vector<std::size_t> manages;     ///< systems it names as manager
  std::vector<std::size_t> consulted;   ///< processes
  std::vector<std::size_t> informed;    ///< processes
  std::vector<PerformedSteps> performs; ///< by process, in model order
  std::size_t steps = 0;                ///< steps it performs
};

/// The work of every role by id, in one pass over the model.
std::unordered_map<std::string_view, RoleInvolvement> role_involvement(const Model& model);

} // namespace bizmap
