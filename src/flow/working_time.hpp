#pragma once

#include <bizmap/model.hpp>
#include <optional>

namespace bizmap {

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
