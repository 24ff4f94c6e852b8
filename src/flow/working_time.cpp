#include "flow/working_time.hpp"

namespace bizmap {
namespace {

// How many times a week a periodic frequency comes round.
std::optional<double> rounds_per_week(Frequency frequency, double days_per_week) {
  switch (frequency) {
  case Frequency::daily:
    return days_per_week;
  case Frequency::weekly:
    return 1.0;
  case Frequency::fortnightly:
    return 0.5;
  case Frequency::monthly:
    return 12.0 / 52;
  case Frequency::quarterly:
    return 4.0 / 52;
  case Frequency::yearly:
    return 1.0 / 52;
  case Frequency::on_demand:
  case Frequency::unspecified:
    break;
  }
  return std::nullopt;
}

// How many of a period fit in a week.
double periods_per_week(Volume::Per per, double days_per_week) {
  switch (per) {
  case Volume::Per::day:
    return days_per_week;
  case Volume::Per::month:
    return 12.0 / 52;
  case Volume::Per::quarter:
    return 4.0 / 52;
  case Volume::Per::year:
    return 1.0 / 52;
  case Volume::Per::week:
  case Volume::Per::round:
    break;
  }
  return 1.0;
}

} // namespace

WorkingTime::WorkingTime(const std::optional<Calendar>& calendar) {
  if (calendar) {
    hours_per_day_ = calendar->hours_per_day;
    days_per_week_ = calendar->days_per_week;
  }
}

WorkingTime WorkingTime::of(const Model& model) {
  return WorkingTime(model.business ? model.business->calendar : std::nullopt);
}

std::optional<double> WorkingTime::minutes_per_run(const Step& step) const {
  if (!step.duration) {
    return std::nullopt;
  }
  return minutes(*step.duration) * step.share.value_or(100) / 100.0;
}

std::optional<double> WorkingTime::hours_per_week(const Step& step,
                                                  std::optional<double> runs_per_week) const {
  std::optional<double> minutes = minutes_per_run(step);
  if (!minutes || !runs_per_week) {
    return std::nullopt;
  }
  return *minutes * *runs_per_week / 60;
}

double WorkingTime::minutes(const Duration& duration) const {
  double amount = duration.amount;
  switch (duration.unit) {
  case 'h':
    return amount * 60;
  case 'd':
    return amount * minutes_per_day();
  case 'w':
    return amount * minutes_per_week();
  default:
    return amount;
  }
}

double WorkingTime::calendar_days(double minutes) const {
  return minutes / minutes_per_day() * 7 / days_per_week_;
}

std::optional<double> WorkingTime::runs_per_week(const Process& process) const {
  if (process.volume && process.volume->per != Volume::Per::round) {
    return process.volume->amount * periods_per_week(process.volume->per, days_per_week_);
  }
  std::optional<double> rounds = rounds_per_week(process.frequency, days_per_week_);
  if (!rounds) {
    return std::nullopt; // a bare volume here is an invalid-value finding already
  }
  return *rounds * (process.volume ? process.volume->amount : 1.0);
}

std::optional<double> WorkingTime::runs_per_round(const Process& process) {
  if (process.volume && process.volume->per != Volume::Per::round) {
    return std::nullopt;
  }
  if (!rounds_per_week(process.frequency, 5)) {
    return std::nullopt;
  }
  return process.volume ? process.volume->amount : 1.0;
}

} // namespace bizmap
