#include "model/review.hpp"

#include <charconv>
#include <ctime>
#include <fmt/format.h>

namespace bizmap {
namespace {

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

int number(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
long days_from_civil(const Date& date) {
  int year = date.month <= 2 ? date.year - 1 : date.year;
  long era = (year >= 0 ? year : year - 399) / 400;
  long year_of_era = year - era * 400;
  long day_of_year = (153L * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

Date civil_from_days(long days) {
  days += 719468;
  long era = (days >= 0 ? days : days - 146096) / 146097;
  long day_of_era = days - era * 146097;
  long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  long shifted_month = (5 * day_of_year + 2) / 153;
  int day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  int month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

Date add_months(const Date& from, long months) {
  long index = from.year * 12L + (from.month - 1) + months;
  int year = static_cast<int>(index / 12);
  int month = static_cast<int>(index % 12) + 1;
  return {year, month, std::min(from.day, days_in_month(year, month))};
}

} // namespace

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !all_digits(text.substr(0, 4)) ||
      !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2))) {
    return std::nullopt;
  }
  Date date{number(text.substr(0, 4)), number(text.substr(5, 2)), number(text.substr(8, 2))};
  if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > days_in_month(date.year, date.month)) {
    return std::nullopt;
  }
  return date;
}

std::string iso_date(const Date& date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

Date local_today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::optional<ReviewCadence> parse_cadence(std::string_view text) {
  std::size_t digits = text.find_first_not_of("0123456789");
  if (digits == 0 || digits == std::string_view::npos || digits > 4) {
    return std::nullopt;
  }
  std::string_view unit = text.substr(digits);
  ReviewCadence cadence;
  cadence.amount = static_cast<std::uint32_t>(number(text.substr(0, digits)));
  if (unit == "w") {
    cadence.unit = ReviewCadence::Unit::weeks;
  } else if (unit == "mo") {
    cadence.unit = ReviewCadence::Unit::months;
  } else if (unit == "y") {
    cadence.unit = ReviewCadence::Unit::years;
  } else {
    return std::nullopt;
  }
  return cadence.amount == 0 ? std::nullopt : std::optional(cadence);
}

std::string cadence_words(const ReviewCadence& cadence) {
  std::string_view unit = cadence.unit == ReviewCadence::Unit::weeks    ? "week"
                          : cadence.unit == ReviewCadence::Unit::months ? "month"
                                                                        : "year";
  if (cadence.amount == 1) {
    return std::string(unit);
  }
  return fmt::format("{} {}s", cadence.amount, unit);
}

Date add_cadence(const Date& from, const ReviewCadence& cadence) {
  switch (cadence.unit) {
  case ReviewCadence::Unit::weeks:
    return civil_from_days(days_from_civil(from) + 7L * cadence.amount);
  case ReviewCadence::Unit::months:
    return add_months(from, cadence.amount);
  case ReviewCadence::Unit::years:
    break;
  }
  return add_months(from, 12L * cadence.amount);
}

const ReviewCadence* review_cadence(const Model& model, const Process& process) {
  if (process.review_every) {
    return &*process.review_every;
  }
  if (model.business && model.business->review_every) {
    return &*model.business->review_every;
  }
  return nullptr;
}

std::optional<Date> last_review(const Model& model, const Process& process) {
  if (process.reviewed_at || !model.business) {
    return process.reviewed;
  }
  return model.business->reviewed;
}

std::optional<Date> next_review(const Model& model, const Process& process) {
  const ReviewCadence* cadence = review_cadence(model, process);
  std::optional<Date> last = last_review(model, process);
  if (cadence == nullptr || !last) {
    return std::nullopt;
  }
  return add_cadence(*last, *cadence);
}

} // namespace bizmap
