#pragma once

#include "flow/working_time.hpp"

#include <bizmap/model.hpp>
#include <cstdint>
#include <string>

namespace bizmap {

/// The working minutes a step's duration stands for in the business's
/// working time, to the nearest minute: a step's `1d` is a day of work, not
/// 24 hours (docs/trace.md).
std::uint64_t working_minutes(const Duration& duration, const WorkingTime& time);
/// The minutes of one working day, to the nearest minute (at least 1).
std::uint64_t minutes_per_working_day(const WorkingTime& time);

/// Adds two counts of minutes; a hostile model must not wrap around.
std::uint64_t add_minutes(std::uint64_t a, std::uint64_t b);

/// The hands-on time of a process, or of the processes along a path: the
/// step durations added up, and what could not be added because a step has
/// no duration or a process has no steps.
struct HandsOn {
  std::uint64_t minutes = 0;                 ///< of the steps that have a duration
  std::uint32_t steps = 0;                   ///< steps counted
  std::uint32_t steps_without_duration = 0;  ///< not in `minutes`
  std::uint32_t processes_without_steps = 0; ///< nothing to add up at all

  /// Every step has a duration and every process has steps.
  bool is_known() const { return steps_without_duration == 0 && processes_without_steps == 0; }
  HandsOn& operator+=(const HandsOn& other);
};

/// The sum of a process's step durations, in the business's working time.
HandsOn hands_on(const Process& process, const WorkingTime& time);

/// Minutes as hours and minutes: "45m", "2h", "7h 55m"; "0m" for none.
std::string minutes_text(std::uint64_t minutes);

/// Minutes as the business's working days, hours and minutes: "10d 2h 17m"
/// at 8 hours a day; "2d 3h" at 7.5 hours a day is 2 × 450 + 180 minutes; as
/// minutes_text below one working day.
std::string working_days_text(std::uint64_t minutes, const WorkingTime& time);

/// What a hands-on time leaves out, in words: "2 steps have no duration,
/// 1 process has no steps"; empty when nothing is left out.
std::string hands_on_gaps(const HandsOn& time);

/// A hands-on time for a label: "1h 30m", "at least 1h 30m", "time unknown".
std::string hands_on_brief(const HandsOn& time);

/// A hands-on time in words: "1h 30m"; "at least 1h 30m (2 steps have no
/// duration)"; "unknown (no step has a duration)"; "unknown (no steps)".
std::string hands_on_text(const HandsOn& time);

} // namespace bizmap
