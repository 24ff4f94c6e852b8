#pragma once

#include "flow/working_time.hpp"

#include <bizmap/model.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bizmap {

/// The performer of a step: its `by`, else the owner of the process.
const std::optional<Ref>& performer(const Process& process, const Step& step);

/// The role a model declares with this id, or nullptr.
class RoleCatalogue {
public:
  explicit RoleCatalogue(const Model& model);
  const Role* find(std::string_view id) const;
  /// A role outside the business (`kind: external`): a customer, an authority.
  bool is_external(std::string_view id) const;
  /// A process owned by an outside party: what the outside world does. It
  /// counts for no workload and no ownership or completeness rule.
  bool is_outside_party(const Process& process) const;

private:
  std::unordered_map<std::string_view, const Role*> roles_;
};

/// One process's work for one role: the steps it performs there.
struct ProcessLoad {
  std::uint32_t process = 0;
  double minutes_per_run = 0; ///< hands-on, each step × its share / 100
  /// Runs per week × minutes per run / 60; none when the runs are not known.
  std::optional<double> hours_per_week;
  /// The rate this work goes at when a periodic process's `due` squeezes a
  /// whole period's runs into the window it allows: hours per period /
  /// min(due, period) in working weeks. None without a `due`.
  std::optional<double> due_hours_per_week;
  std::uint32_t untimed_steps = 0; ///< steps it performs here that have no duration
};

/// The work one role does and the capacity it has, worked out once for the
/// report pages and the rules alike (docs/quantities.md, "Workload and
/// capacity").
struct RoleLoad {
  /// Each process where the role performs counted steps, in model order.
  std::vector<ProcessLoad> processes;
  /// The counted hours per week of the role's own steps.
  double own_hours_per_week = 0;
  /// Roles `filled_by` this one: their hours count here, in model order.
  std::vector<std::string_view> fills_in_for;
  /// Own hours plus those of the roles it fills in for.
  double hours_per_week = 0;
  /// people × hours per week; none for a team without `people`, a role
  /// filled by another, a vendor, an automation or an external role.
  std::optional<double> capacity_hours_per_week;
  std::optional<std::uint32_t> people; ///< a person is 1
  /// The busiest week a `due` makes: the role's average hours per week with
  /// one periodic process's work done at its due rate instead; none when no
  /// process it performs (or fills in for) has a `due`.
  std::optional<double> peak_hours_per_week;
  std::optional<std::uint32_t> peak_process; ///< the process that makes the peak
  /// Where the role's hours are counted when it is filled by another role.
  std::optional<std::string_view> counted_in;
  /// What could not be counted: processes whose runs per week the model
  /// does not say, and steps without a duration.
  std::vector<std::uint32_t> processes_without_runs;
  std::uint32_t steps_without_duration = 0;
};

/// Every role's workload and capacity, in one pass over the model, in time
/// linear in its steps.
class Workload {
public:
  explicit Workload(const Model& model);

  /// The load of a role by id; an empty load for a role that does nothing.
  const RoleLoad& of(std::string_view role) const;
  const WorkingTime& time() const { return time_; }
  /// Processes whose runs per week the model does not say, among those
  /// that have counted work (for "not counted: N processes have no volume").
  std::size_t processes_without_runs() const { return processes_without_runs_; }
  /// Counted steps (not automated, not an outside party's) without a duration.
  std::size_t steps_without_duration() const { return steps_without_duration_; }

private:
  void count_process(const Model& model, const RoleCatalogue& roles, std::uint32_t p);
  void fill_in(const Model& model, const RoleCatalogue& roles);
  void set_capacity(const Model& model, const RoleCatalogue& roles);
  void find_peaks();

  WorkingTime time_;
  std::unordered_map<std::string_view, RoleLoad> loads_;
  std::size_t processes_without_runs_ = 0;
  std::size_t steps_without_duration_ = 0;
};

/// Hours with one decimal, "12.5", rounded half up.
std::string hours_text(double hours);
/// Working minutes in hours and minutes, "2 h 15 min", "45 min", rounded
/// to the minute.
std::string minutes_words(double minutes);
/// A whole percent, "85%", rounded half up.
std::string percent_text(double part, double whole);

} // namespace bizmap
