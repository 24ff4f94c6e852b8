#include "diff/work_words.hpp"

#include "flow/workload.hpp"

#include <cmath>
#include <fmt/format.h>

namespace bizmap {
namespace {

// Tenths of an hour as hours_text rounds them.
long long tenths(double hours) {
  return static_cast<long long>(std::floor(hours * 10 + 0.5 + 1e-9));
}

std::string shown(const std::optional<double>& hours) {
  return hours ? hours_text(*hours) : std::string("not counted");
}

std::string uncounted(const UncountedWork& work, Quote quote) {
  std::vector<std::string> parts;
  std::size_t processes = work.processes_without_runs.size();
  if (processes > 0) {
    parts.push_back(fmt::format("{} {} no volume", id_list(work.processes_without_runs, quote),
                                processes == 1 ? "has" : "have"));
  }
  std::uint32_t steps = work.steps_without_duration;
  if (steps > 0) {
    parts.push_back(fmt::format("{} step{} {} no duration", steps, steps == 1 ? "" : "s",
                                steps == 1 ? "has" : "have"));
  }
  return fmt::format("{}", fmt::join(parts, " and "));
}

std::string shown(const RoleWork& work) {
  return work.takes_hours ? shown(work.hours_per_week) : std::string("none");
}

} // namespace

std::string id_list(const std::vector<std::string>& ids, Quote quote) {
  std::string text;
  for (const std::string& id : ids) {
    text += (text.empty() ? "" : ", ") + quote(id);
  }
  return text;
}

std::string gained_and_lost(const RoleWorkChange& change, Quote quote) {
  std::vector<std::string> parts;
  if (!change.gained.empty()) {
    parts.push_back("gained " + id_list(change.gained, quote));
  }
  if (!change.lost.empty()) {
    parts.push_back("lost " + id_list(change.lost, quote));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string hours_change(const RoleWork& before, const RoleWork& after, std::string_view arrow) {
  if (!before.takes_hours && !after.takes_hours) {
    return "none of the business's hours (an automation or an outside role)";
  }
  std::string text = fmt::format("{} {} {} h a week", shown(before), arrow, shown(after));
  if (before.hours_per_week && after.hours_per_week) {
    long long change = tenths(*after.hours_per_week) - tenths(*before.hours_per_week);
    text += change == 0 ? std::string(" (no change)")
                        : fmt::format(" ({}{})", change > 0 ? "+" : "-",
                                      hours_text(static_cast<double>(std::llabs(change)) / 10));
  }
  return text;
}

std::string hours_moved(const WorkMove& move) {
  if (!move.hours_before && !move.hours_after) {
    return "";
  }
  if (!move.hours_before || !move.hours_after) {
    const std::optional<double>& counted = move.hours_before ? move.hours_before : move.hours_after;
    return fmt::format("{} h a week {}", hours_text(*counted),
                       move.hours_before ? "before" : "after");
  }
  std::string before = hours_text(*move.hours_before);
  std::string after = hours_text(*move.hours_after);
  return before == after ? fmt::format("{} h a week", before)
                         : fmt::format("{} h a week before, {} h after", before, after);
}

std::string not_counted(const UncountedWork& before, const UncountedWork& after, Quote quote) {
  std::string was = before.empty() ? "" : uncounted(before, quote);
  std::string is = after.empty() ? "" : uncounted(after, quote);
  if (was == is) {
    return was.empty() ? was : "before and after, " + was;
  }
  std::vector<std::string> parts;
  if (!was.empty()) {
    parts.push_back("before, " + was);
  }
  if (!is.empty()) {
    parts.push_back("after, " + is);
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

} // namespace bizmap
