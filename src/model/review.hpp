#pragma once

#include <bizmap/model.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace bizmap {

/// An ISO date, `YYYY-MM-DD`, that exists in the calendar (no 2026-02-30).
std::optional<Date> parse_date(std::string_view text);
/// The date as `YYYY-MM-DD`.
std::string iso_date(const Date& date);
/// Today's date on this machine's clock, in its time zone.
Date local_today();

/// A review cadence, `<number><w|mo|y>` (`2w`, `6mo`, `1y`).
std::optional<ReviewCadence> parse_cadence(std::string_view text);
/// The cadence in words, as they follow "every": "2 weeks", "6 months", "year".
std::string cadence_words(const ReviewCadence& cadence);
/// The date one cadence after `from`; a month end that does not exist in the
/// target month becomes that month's last day (31 January + 1mo: 28 February).
Date add_cadence(const Date& from, const ReviewCadence& cadence);

/// The cadence a process is reviewed at: its own, else the business's.
const ReviewCadence* review_cadence(const Model& model, const Process& process);
/// The day a process was last reviewed: its own `reviewed` date, else the
/// business's.
std::optional<Date> last_review(const Model& model, const Process& process);
/// When the process is next due for review: its last review plus its
/// cadence; none when either is missing.
std::optional<Date> next_review(const Model& model, const Process& process);

} // namespace bizmap
