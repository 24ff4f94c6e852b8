#pragma once

#include "model/index.hpp"

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// Which of the two models compared a place is in.
enum class Side : std::uint8_t { old_model, new_model };

/// A place in one of the two models.
struct Place {
  Side side = Side::new_model;
  Location at;
};

/// A place in one model.
inline Place place(Side side, const Location& at) {
  return {side, at};
}

/// What happened to an element, one of its details, a handoff or a finding.
enum class Change : std::uint8_t {
  added,
  removed,
  renamed,   ///< the same content under a new id
  moved,     ///< into another system
  changed,   ///< a field, or the element through its fields
  edited,    ///< a step
  reordered, ///< a step, in a new position among the others
  broken,    ///< a handoff whose consumer lost its producer
  introduced,
  fixed,
};

/// "added", "removed", ...
std::string_view to_string(Change change);

/// One difference inside an element: a field's value, an item of one of its
/// lists, a step or a what-if.
struct Detail {
  Change change = Change::changed; ///< added, removed, changed, edited or reordered
  std::string field;               ///< the key: "owner", "inputs", "steps", "what_ifs", ...
  std::string old_value;           ///< empty for an addition
  std::string new_value;           ///< empty for a removal
  std::size_t old_position = 0;    ///< a step's 1-based position before, 0 if none
  std::size_t new_position = 0;    ///< and after
  Place at;
  /// For a step that kept its action: the action. Its values are then only
  /// what changed in the step ("outputs: invoice" and nothing, say).
  std::string step = {};
  bool names_ids = false; ///< the values are ids of elements
};

/// A system, process, role, tool or data item that differs between the models.
struct ElementChange {
  Change change = Change::changed; ///< added, removed, renamed, moved or changed
  ElementKind kind = ElementKind::process;
  std::string id;     ///< its id in the new model; in the old one for a removal
  std::string old_id; ///< the id it had before a rename, else empty
  std::string name;   ///< as reports show it
  /// The system it is in (a system's parent); in the old model for a removal.
  /// Empty for a top-level system, a role, a tool or a data item.
  std::string system;
  bool moved = false;     ///< it is in another system (subsystem: under another parent)
  std::string old_system; ///< the system it moved from; empty: the top level
  Place at;               ///< its id
  std::vector<Detail> details;
};

/// A handoff the change adds, removes or breaks.
struct HandoffChange {
  Change change = Change::added; ///< added, removed or broken
  std::string data;
  std::string producer; ///< a process id; empty: the data arrived from outside the business
  std::string consumer; ///< a process id
  Place at;             ///< the consumer's input
};

/// What a model leaves out of a role's hours (docs/quantities.md): processes
/// whose runs a week it does not say, and steps without a duration.
struct UncountedWork {
  std::vector<std::string> processes_without_runs; ///< process ids, under their new names
  std::uint32_t steps_without_duration = 0;
  bool empty() const { return processes_without_runs.empty() && steps_without_duration == 0; }
};

/// One role's work in one of the two models.
struct RoleWork {
  /// The processes it owns or performs a step in, in model order, under
  /// their ids in the new model.
  std::vector<std::string> processes;
  /// The counted hours a week of its own steps; none when none of its work
  /// could be counted (`not_counted` says why), or for a role that takes no hours.
  std::optional<double> hours_per_week;
  UncountedWork not_counted;
  /// False for an automation or an external role: its steps take none of
  /// the business's hours.
  bool takes_hours = true;
};

/// A role whose work differs: processes gained and lost, hours before and after.
struct RoleWorkChange {
  std::string role; ///< its id in the new model; in the old one if it is only there
  std::string name; ///< as reports show it
  RoleWork before, after;
  std::vector<std::string> gained; ///< in the new model's order
  std::vector<std::string> lost;   ///< in the old model's order, under their new ids
  Place at;                        ///< where the role is declared, else first named
};

/// Processes one role lost and another gained: a reorganisation, one line each.
struct WorkMove {
  std::string from; ///< the role that lost them
  std::string to;   ///< the role that gained them
  std::vector<std::string> processes;
  /// The counted hours a week `from` put into them in the old model, and
  /// `to` puts into them in the new one; none when none of that work could be
  /// counted, or for an automation or an external role.
  std::optional<double> hours_before, hours_after;
  UncountedWork not_counted_before, not_counted_after;
};

/// How each role's work changed, worked out when either model has counted
/// hours; empty otherwise.
struct WorkChanges {
  std::vector<WorkMove> moves;
  std::vector<RoleWorkChange> roles; ///< the new model's order of roles, then the old one's
};

/// Everything that differs between two models, in the business's terms.
struct ModelDiff {
  std::vector<ElementChange> elements;
  std::vector<Detail> business; ///< the business's keys and the `external` lists
  std::vector<HandoffChange> handoffs;
  std::vector<Diagnostic> introduced; ///< findings of the new model, in its order
  std::vector<Diagnostic> fixed;      ///< findings of the old model, in its order
  WorkChanges work;
};

/// One of the two models: the model, its indexes, its findings, and each
/// file's key (its path relative to the model's root folder), by which
/// findings are matched.
struct DiffSide {
  const Model& model;
  const ModelIndex& index;
  std::span<const Diagnostic> findings;
  std::span<const std::string> files;
};

/// Compares two models. Elements are matched by id; an added and a removed
/// element with the same content are a rename. Findings are matched by their
/// key (rule, file, element, message), never by line. Time in proportion to
/// the models, and to the handoffs of the data whose handoffs changed.
ModelDiff compare_models(const DiffSide& old_side, const DiffSide& new_side);

} // namespace bizmap
