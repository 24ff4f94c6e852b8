#include "flow/flow.hpp"
#include "flow/lead_time.hpp"

#include <cmath>
#include <fmt/format.h>
#include <vector>

namespace bizmap {
namespace {

std::string plural(std::uint64_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::string number_text(double value) {
  std::string text = fmt::format("{:.1f}", value);
  return text.ends_with(".0") ? text.substr(0, text.size() - 2) : text;
}

} // namespace

std::uint64_t whole_minutes(double minutes) {
  constexpr double most = 1e18;
  return minutes >= most ? static_cast<std::uint64_t>(most)
                         : static_cast<std::uint64_t>(std::llround(std::max(0.0, minutes)));
}

std::string lead_figure_gaps(const LeadFigure& figure) {
  std::vector<std::string> gaps;
  if (figure.steps_without_duration > 0) {
    gaps.push_back(fmt::format("{} no duration",
                               plural(figure.steps_without_duration, "step has", "steps have")));
  }
  if (figure.processes_without_steps > 0) {
    gaps.push_back(fmt::format(
        "{} no steps", plural(figure.processes_without_steps, "process has", "processes have")));
  }
  return fmt::format("{}", fmt::join(gaps, ", "));
}

std::string lead_figure_text(const LeadFigure& figure, const WorkingTime& time) {
  std::uint64_t lead = whole_minutes(figure.minutes());
  std::string text =
      fmt::format("{}{}", figure.is_known() ? "" : "at least ", working_days_text(lead, time));
  if (time.days_per_week() > 0 && time.minutes_per_day() > 0) {
    text += fmt::format(" ({} calendar days)",
                        number_text(time.calendar_days(static_cast<double>(lead))));
  }
  std::vector<std::string> parts{
      fmt::format("{} hands-on", working_days_text(whole_minutes(figure.hands_on), time))};
  if (figure.waits > 0) {
    parts.push_back(
        fmt::format("{} waiting", working_days_text(whole_minutes(figure.waits), time)));
  }
  if (figure.outside > 0) {
    parts.push_back(fmt::format("{} by outside parties",
                                working_days_text(whole_minutes(figure.outside), time)));
  }
  text += fmt::format(": {}", fmt::join(parts, " + "));
  // A share of a figure that leaves time out is no share anyone can stand behind.
  std::optional<double> efficiency = figure.flow_efficiency();
  if (efficiency && figure.is_known()) {
    text += fmt::format("; flow efficiency {}%", number_text(*efficiency * 100));
  }
  return text;
}

std::string run_time_text(const RunTime& run, const WorkingTime& time) {
  return fmt::format("{}{}", run.work.is_known() ? "" : "at least ",
                     working_days_text(run.minutes(), time));
}

std::string choice_text(const Model& model, const FlowAnalysis& flow, const ChoiceOnWay& at) {
  const Process& process = model.processes[at.process];
  const InputChoice& choice = process.choices[at.choice];
  std::vector<std::string> alternatives;
  for (std::size_t k = 0; k < choice.count; ++k) {
    const std::string& id = process.inputs[choice.first + k].id;
    alternatives.push_back(at.weighted ? fmt::format("{} ({}%)", id, choice.shares[k]) : id);
  }
  std::string text =
      fmt::format("at {}, one of {}", process.id.id, fmt::join(alternatives, " or "));
  if (at.weighted) {
    return text + ", weighed by share";
  }
  if (at.handoff == PathTime::none) {
    return text + ", the longest";
  }
  return text + ", the longest: " + flow.handoffs()[at.handoff].input->id;
}

std::string working_time_note(const WorkingTime& time) {
  return fmt::format("a day (d) is {} working hours, a week (w) {} days; calendar days are "
                     "working days × 7 / {}",
                     number_text(time.hours_per_day()), number_text(time.days_per_week()),
                     number_text(time.days_per_week()));
}

} // namespace bizmap
