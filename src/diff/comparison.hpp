#pragma once

// What the parts of a comparison share: the two sides, the renames found so
// far, and the diff being built.
#include "diff/model_diff.hpp"
#include "load/format.hpp"

#include <string>
#include <string_view>
#include <unordered_map>

namespace bizmap {

/// Ids that changed with the content staying the same, by kind.
class Renames {
public:
  void add(ElementKind kind, std::string_view old_id, std::string_view new_id);
  /// The id an old id has in the new model: its new id if renamed, else itself.
  std::string_view new_id(ElementKind kind, std::string_view old_id) const;
  /// The id a new id had in the old model.
  std::string_view old_id(ElementKind kind, std::string_view new_id) const;
  /// The new id of an old id renamed in any kind, else the id itself.
  std::string_view new_id_of_any(std::string_view old_id) const;
  bool empty() const;

private:
  using Map = std::unordered_map<std::string_view, std::string_view>;
  Map to_new_[5];
  Map to_old_[5];
};

struct Comparison {
  const DiffSide& old_side;
  const DiffSide& new_side;
  Renames renames;
  ModelDiff diff;

  const Model& old_model() const { return old_side.model; }
  const Model& new_model() const { return new_side.model; }
};

/// The element of a kind defined with this id in a side, or null.
const Ref* defined_id(const DiffSide& side, ElementKind kind, std::string_view id);
/// Its position in the model's list of that kind.
std::optional<std::size_t> element_index(const DiffSide& side, ElementKind kind,
                                         std::string_view id);

/// Finds renames of every kind: an element only in the old model and one only
/// in the new one with the same content (all but the id and the place), when
/// no other element shares that content.
void find_renames(Comparison& comparison);

/// Element changes of every kind: added, removed, renamed, moved, changed.
void compare_elements(Comparison& comparison);

/// The steps of a process in each model (the value of its `steps`), as
/// details of its change.
void compare_steps(const Renames& renames, const ShownValue& before, const ShownValue& after,
                   std::vector<Detail>& details);

/// The business and the `external` lists, key by key.
void compare_business(Comparison& comparison);

/// Handoffs added, removed and broken.
void compare_handoffs(Comparison& comparison);

/// Findings introduced and fixed, matched by key.
void compare_findings(Comparison& comparison);

/// Each role's change of work, when either model has counted hours.
void compare_work(Comparison& comparison);

} // namespace bizmap
