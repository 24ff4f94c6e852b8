#pragma once

#include "flow/hands_on.hpp"
#include "flow/working_time.hpp"

#include <bizmap/model.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace bizmap {

class FlowAnalysis;

/// A run's own time, in working minutes: its steps' hands-on durations and
/// the waits before them (docs/quantities.md, "Lead time").
struct RunTime {
  HandsOn work;                   ///< the durations, and the steps that have none
  std::uint64_t wait_minutes = 0; ///< the steps' waits
  /// Owned by an external role: what the outside world does takes elapsed
  /// time, but it is not the business's hands-on time.
  bool outside = false;

  std::uint64_t minutes() const { return add_minutes(work.minutes, wait_minutes); }
};

/// The own time of a run of a process in the business's working time.
RunTime run_time(const Process& process, const WorkingTime& time, bool outside);

/// The time one case takes along a chain of handoffs up to and through a
/// process, counted one way: the expected figure or the longest way. The
/// way it names is followed back through `previous`.
struct LeadFigure {
  static constexpr std::uint32_t none = UINT32_MAX;

  double hands_on = 0; ///< minutes of the business's hands-on work
  double outside = 0;  ///< minutes of work done by outside parties (external roles)
  double waits = 0;    ///< minutes of waiting
  std::uint32_t steps_without_duration = 0;  ///< on the way, not counted
  std::uint32_t processes_without_steps = 0; ///< on the way, nothing to count
  std::uint32_t processes = 0;               ///< on the way named, this one included
  std::uint32_t changes_of_hands = 0;        ///< handoffs on it between different owners
  std::uint32_t slowest = none;              ///< the process on it with the most own time
  std::uint32_t previous = none;             ///< the handoff into this process on the way named
  /// The `one_of` of this process (a position in Process::choices) the
  /// figure goes through, when one decides it; `weighted` when it counts
  /// the share-weighted mean of its alternatives rather than the longest.
  std::uint32_t choice = none;
  bool weighted = false;

  /// Hands-on time, outside parties' time and waits: the lead time.
  double minutes() const { return hands_on + outside + waits; }
  /// Every step on the way has a duration and every process steps.
  bool is_known() const { return steps_without_duration == 0 && processes_without_steps == 0; }
  /// The business's hands-on time over the lead time; none without a lead time.
  std::optional<double> flow_efficiency() const;
};

/// The lead time to a process: the expected figure, with `one_of` inputs
/// weighed by their shares, and the longest way.
struct PathTime {
  static constexpr std::uint32_t none = LeadFigure::none;

  LeadFigure expected;
  LeadFigure longest;
};

/// The lead time to `process`, from the lead times to the producers of the
/// handoffs into it: `before[k]` belongs to flow.handoffs_into(process)[k],
/// null where the way may not take that handoff (a loop's feedback, a
/// process outside a trace). Handoffs of records are never taken. Takes
/// time in proportion to the process's inputs and handoffs.
PathTime lead_time_through(const Model& model, const FlowAnalysis& flow, std::uint32_t process,
                           std::span<const PathTime* const> before);

/// A `one_of` a way goes through, and how it was counted there.
struct ChoiceOnWay {
  std::uint32_t process = 0;
  std::uint32_t choice = 0;                 ///< a position in Process::choices
  bool weighted = false;                    ///< the share-weighted mean of its alternatives
  std::uint32_t handoff = LeadFigure::none; ///< the alternative the way goes on through
};

/// Whether figure `a` is longer than `b`; of equal ones the first found stays.
inline bool is_longer(const LeadFigure& a, const LeadFigure& b) {
  return a.minutes() > b.minutes();
}

/// Whole minutes of a figure, as they are shown.
std::uint64_t whole_minutes(double minutes);

/// A lead time in words: "at least 3d 2h (4.4 calendar days): 1h 10m
/// hands-on + 3d waiting + 50m by outside parties; flow efficiency 4%".
std::string lead_figure_text(const LeadFigure& figure, const WorkingTime& time);

/// What a figure leaves out, in words ("2 steps have no duration"); empty
/// when nothing is left out.
std::string lead_figure_gaps(const LeadFigure& figure);

/// A run's own time in words: "5d 30m", "at least 3h".
std::string run_time_text(const RunTime& run, const WorkingTime& time);

/// A `one_of` on a way in words: "at take-payment, one of paid-by-card
/// (95%) or paid-by-invoice (5%), weighed by share"; "... the longest:
/// paid-by-invoice".
std::string choice_text(const Model& model, const FlowAnalysis& flow, const ChoiceOnWay& at);

/// How working time is counted, for the end of a listing: "a day (d) is 8
/// working hours, a week (w) 5 days; a calendar day is 5/7 of a working day".
std::string working_time_note(const WorkingTime& time);

} // namespace bizmap
