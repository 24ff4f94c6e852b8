#pragma once

// The changes of `bizmap what-if` (docs/what-if.md), and the model they leave.

#include <bizmap/model.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// One change, as the command line gives it.
struct ScenarioChange {
  enum class Kind : std::uint8_t { without, move, people, scale, volume };
  Kind kind = Kind::without;
  std::optional<ElementKind> element; ///< without: the kind of what is gone, when written
  std::string id;      ///< without: what is gone; move: the role that leaves; people, volume
  std::string to;      ///< move: the role that takes over
  double number = 0;   ///< people, scale
  Volume volume;       ///< volume
  std::string written; ///< as given, "--without role:payroll", for messages
};

/// Reads a change from its option and value (`--without`, `role:payroll`); a
/// value that cannot be one is a UsageError that says how to write it.
ScenarioChange parse_change(std::string_view option, std::string_view value);

/// A step of a process, by position.
struct StepPlace {
  std::size_t process = 0;
  std::size_t step = 0;
};

/// The work one role had that changed hands in the scenario.
struct ShiftedWork {
  std::string from;               ///< the role gone or moved
  std::optional<std::string> to;  ///< the role that took it over; none: it needs a new home
  std::vector<StepPlace> steps;   ///< the steps it performed, in model order
  std::vector<std::size_t> owned; ///< the processes it owned
};

/// Why a process is touched by the scenario.
enum class ProcessFate : std::uint8_t {
  runs,          ///< as before, or with its work taken over
  stops,         ///< gone, or a performer or tool of one of its steps is gone with no backup
  unaccountable, ///< runs, but lost its owner, its manager, or a consulted or informed role
};

/// The model after the changes, and what they did to it. Processes keep
/// their positions: a process that stops stays in the model without
/// outputs, so that nothing downstream receives its work.
struct Scenario {
  Model model;
  std::vector<ProcessFate> fates; ///< by process
  /// What each process lost, in words, by process: "its owner 'payroll' is
  /// gone", "step 2 uses 'xero', which is gone".
  std::vector<std::vector<std::string>> reasons;
  std::vector<ShiftedWork> shifts;
  std::vector<Subject> gone; ///< what the changes removed, in their order
  bool scaled = false;       ///< a `--scale` applied
};

/// Applies the changes in order to a copy of the model. A change that cannot
/// apply (an unknown id, work moved to an automation or an outside role or
/// to a role an earlier change removed) is a UsageError with a suggestion.
Scenario apply_changes(const Model& model, std::span<const ScenarioChange> changes);

/// Whether a change of the scenario removed the element.
bool is_gone(const Scenario& scenario, ElementKind kind, std::string_view id);

} // namespace bizmap
