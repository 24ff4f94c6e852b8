#include "cli/run_date.hpp"

#include "model/review.hpp"

#include <CLI/CLI.hpp>
#include <bizmap/load.hpp>
#include <fmt/format.h>

namespace bizmap {

void add_today_option(CLI::App& app, std::optional<std::string>& today) {
  app.add_option("--today", today,
                 "The date review-overdue compares with (default: today), so that a run can be "
                 "reproduced")
      ->type_name("YYYY-MM-DD");
}

Date run_date(const std::optional<std::string>& today) {
  if (!today) {
    return local_today();
  }
  std::optional<Date> date = parse_date(*today);
  if (!date) {
    throw UsageError(
        fmt::format("--today '{}': expected a date written YYYY-MM-DD, like 2026-03-01", *today));
  }
  return *date;
}

} // namespace bizmap
