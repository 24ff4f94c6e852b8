#pragma once

#include <bizmap/model.hpp>
#include <optional>

namespace bizmap {

/// A step with a `wait` and no `duration` is time passing, not work: it
/// lacks no duration.
inline bool only_waits(const Step& step) {
  return !step.duration && step.wait.has_value();
}

/// The business's working time, from its calendar (docs/quantities.md):
/// every duration, wait and `due` counts in it, and so do runs per week.
class WorkingTime {
public:
  explicit WorkingTime(const std::optional<Calendar>& calendar);
  /// The working time of a model: its business's calendar, else 8-hour
  /// days and 5-day weeks.
  static WorkingTime of(const Model& model);

  double hours_per_day() const { return hours_per_day_; }
  double days_per_week() const { return days_per_week_; }
  double minutes_per_day() const { return hours_per_day_ * 60; }
  double minutes_per_week() const { return minutes_per_day() * days_per_week_; }

  /// The working minutes a duration stands for: `1d` is a working day.
  double minutes(const Duration& duration) const;
  /// The working minutes a step takes in one run of its process: its
  /// duration times the share of runs that do it; none without a duration.
  std::optional<double> minutes_per_run(const Step& step) const;
  /// The hours a week a step takes: minutes per run × runs per week / 60;
  /// none without a duration or without the runs. Workload, the health
  /// check and what-if all count a step's hours this one way.
  std::optional<double> hours_per_week(const Step& step, std::optional<double> runs_per_week) const;
  /// Working minutes as calendar days: working days × 7 / days per week.
  double calendar_days(double minutes) const;
  /// How many times a week a process runs: from its volume and frequency;
  /// none where the model does not say (on demand without a volume, no
  /// frequency and no rate).
  std::optional<double> runs_per_week(const Process& process) const;
  /// How many runs one round of a periodic frequency has (`volume: 140`
  /// monthly: 140); none for a rate or work that is not periodic.
  static std::optional<double> runs_per_round(const Process& process);

private:
  double hours_per_day_ = 8;
  double days_per_week_ = 5;
};

} // namespace bizmap
