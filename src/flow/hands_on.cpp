#include "flow/hands_on.hpp"

#include "flow/working_time.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <limits>
#include <vector>

namespace bizmap {
namespace {

// Durations are whole numbers a user wrote; adding thousands of them in
// weeks still fits, but a hostile model must not wrap around.
std::uint64_t add_capped(std::uint64_t a, std::uint64_t b) {
  constexpr std::uint64_t most = std::numeric_limits<std::uint64_t>::max();
  return a > most - b ? most : a + b;
}

std::string plural(std::uint64_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

} // namespace

std::string hands_on_gaps(const HandsOn& time) {
  std::vector<std::string> gaps;
  if (time.steps_without_duration > 0) {
    gaps.push_back(fmt::format("{} no duration",
                               plural(time.steps_without_duration, "step has", "steps have")));
  }
  if (time.processes_without_steps > 0) {
    gaps.push_back(fmt::format(
        "{} no steps", plural(time.processes_without_steps, "process has", "processes have")));
  }
  return fmt::format("{}", fmt::join(gaps, ", "));
}

HandsOn& HandsOn::operator+=(const HandsOn& other) {
  minutes = add_capped(minutes, other.minutes);
  steps += other.steps;
  steps_without_duration += other.steps_without_duration;
  processes_without_steps += other.processes_without_steps;
  return *this;
}

std::uint64_t working_minutes(const Duration& duration, const WorkingTime& time) {
  double minutes = std::round(time.minutes(duration));
  constexpr double most = 1e18; // far beyond any real duration, and exact in a double
  return minutes >= most ? static_cast<std::uint64_t>(most) : static_cast<std::uint64_t>(minutes);
}

std::uint64_t add_minutes(std::uint64_t a, std::uint64_t b) {
  return add_capped(a, b);
}

HandsOn hands_on(const Process& process, const WorkingTime& working_time) {
  HandsOn time;
  time.processes_without_steps = process.steps.empty() ? 1 : 0;
  for (const Step& step : process.steps) {
    ++time.steps;
    if (step.duration) {
      time.minutes = add_capped(time.minutes, working_minutes(*step.duration, working_time));
    } else if (!only_waits(step)) {
      // "Wait for the statements to land" lacks no hands-on time.
      ++time.steps_without_duration;
    }
  }
  return time;
}

std::string minutes_text(std::uint64_t minutes) {
  std::uint64_t hours = minutes / 60;
  std::uint64_t rest = minutes % 60;
  if (hours == 0) {
    return fmt::format("{}m", rest);
  }
  return rest == 0 ? fmt::format("{}h", hours) : fmt::format("{}h {}m", hours, rest);
}

std::uint64_t minutes_per_working_day(const WorkingTime& time) {
  // A day of a fraction of a minute (7.33 hours) counts to the nearest minute.
  return std::max<std::uint64_t>(1,
                                 static_cast<std::uint64_t>(std::llround(time.minutes_per_day())));
}

std::string working_days_text(std::uint64_t minutes, const WorkingTime& time) {
  std::uint64_t per_day = minutes_per_working_day(time);
  std::uint64_t days = minutes / per_day;
  if (days == 0) {
    return minutes_text(minutes);
  }
  std::uint64_t rest = minutes % per_day;
  return rest == 0 ? fmt::format("{}d", days) : fmt::format("{}d {}", days, minutes_text(rest));
}

std::string hands_on_brief(const HandsOn& time) {
  if (time.is_known()) {
    return minutes_text(time.minutes);
  }
  return time.minutes == 0 ? "time unknown" : "at least " + minutes_text(time.minutes);
}

std::string hands_on_text(const HandsOn& time) {
  if (time.is_known()) {
    return minutes_text(time.minutes);
  }
  if (time.processes_without_steps == 1 && time.steps == 0) {
    return "unknown (no steps)";
  }
  if (time.steps > 0 && time.steps_without_duration == time.steps &&
      time.processes_without_steps == 0) {
    return "unknown (no step has a duration)";
  }
  return fmt::format("at least {} ({})", minutes_text(time.minutes), hands_on_gaps(time));
}

} // namespace bizmap
