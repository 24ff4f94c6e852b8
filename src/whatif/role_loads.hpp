#pragma once

// Each role whose work or capacity the scenario changes: its load and
// capacity before and after, as the workload of docs/quantities.md counts
// them.

#include "whatif/scenario.hpp"

#include <bizmap/model.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bizmap {

/// Why a role has no capacity to compare its hours with.
enum class NoCapacity : std::uint8_t {
  known,     ///< it has one
  filled_by, ///< its hours are counted in the role that fills it
  vendor,    ///< a vendor's hours are its own, not staff capacity
  no_people, ///< a team without `people`
};

/// One role's counted hours and capacity in one model.
struct RoleFigures {
  double hours_per_week = 0; ///< counted hours, its own and those of the hats it wears
  std::optional<double> capacity_hours_per_week;
  NoCapacity no_capacity = NoCapacity::known;
  std::optional<std::string> counted_in; ///< the role its hours are counted in
  /// What the hours leave out: steps without a duration, and processes
  /// whose runs a week the model does not say (its own and its hats').
  std::uint32_t steps_without_duration = 0;
  std::uint32_t processes_without_runs = 0;
  /// The busiest week a `due` makes: the hours a week while one periodic
  /// process does a whole period's runs within its due, and that process.
  std::optional<double> peak_hours_per_week;
  std::optional<std::size_t> peak_process;

  /// More work than capacity; a capacity of 0 (everyone away) is exceeded
  /// by any work.
  bool over_capacity() const;
  /// Within capacity on average, but not in the busiest week a `due` makes.
  bool over_capacity_at_peak() const;
  /// Hours over capacity; none without a capacity above 0.
  std::optional<double> use() const;
};

/// A role whose hours, capacity or uncounted work differ after the changes.
struct RoleLoadChange {
  std::size_t role = 0; ///< in the model before
  RoleFigures before;
  std::optional<RoleFigures> after; ///< none: the role is gone
};

/// The roles of the business (not automations or outside parties) whose
/// load changes, in the order the model lists them. A process that stops
/// counts for nobody's hours after: its work is not done.
std::vector<RoleLoadChange> role_load_changes(const Model& before, const Scenario& after);

/// How many periodic processes of the business have no `volume` written:
/// a `--scale` leaves their runs as they were.
std::size_t processes_without_volume(const Model& model);

} // namespace bizmap
