#pragma once

#include "flow/hands_on.hpp"

#include <bizmap/model.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bizmap {

/// Working time assumed when durations and frequencies become hours per
/// week (docs/report.md): a day is 8 working hours (`working_minutes`), a
/// week 5 working days.
inline constexpr std::uint64_t working_days_per_week =
    minutes_per_working_week / minutes_per_working_day;

/// How many times a year a process of this frequency runs: daily is every
/// working day (260), weekly 52, monthly 12, quarterly 4, yearly 1; none for
/// on-demand and unset frequencies, whose number of runs the model does not
/// say.
std::optional<std::uint64_t> runs_per_year(Frequency frequency);

/// The hands-on time of one run: the durations of the steps that are not
/// automated (software does those by itself).
struct HandsOnPerRun {
  std::uint64_t minutes = 0;
  std::size_t timed = 0;   ///< steps with a duration that count
  std::size_t untimed = 0; ///< steps without a duration that count
};
HandsOnPerRun hands_on_per_run(const Process& process);

/// "45 min", "2 h 15 min", "3 days 2 h" (a day of 8 working hours).
std::string working_time_words(std::uint64_t minutes);
/// Hours with one decimal, "12.5"; from minutes of work per year.
std::string hours_per_week_text(std::uint64_t minutes_per_year);

/// The steps one role performs in one process.
struct PerformedSteps {
  std::size_t process;
  std::vector<std::size_t> steps; ///< in order
  std::uint64_t minutes = 0;      ///< hands-on minutes per run: timed steps that are not automated
};

/// What one role does across the model, gathered in one pass.
struct RoleWork {
  std::vector<std::size_t> owns;        ///< processes, in model order
  std::vector<std::size_t> manages;     ///< systems it names as manager
  std::vector<std::size_t> consulted;   ///< processes
  std::vector<std::size_t> informed;    ///< processes
  std::vector<PerformedSteps> performs; ///< by process, in model order
  std::size_t steps = 0;                ///< steps it performs
  std::uint64_t minutes_per_year = 0;   ///< hands-on work of processes with a frequency
  std::uint64_t on_demand_minutes = 0;  ///< hands-on minutes per run of the others, summed
};

/// The performer of a step: its `by`, else the owner of the process.
const std::optional<Ref>& performer(const Process& process, const Step& step);

/// The work of every role by id, in one pass over the model.
std::unordered_map<std::string_view, RoleWork> role_work(const Model& model);

} // namespace bizmap
