#pragma once

// What every format of `bizmap diff` reads: the diff, with the two models to
// name places and elements, and the changes grouped by system.
#include "diff/model_diff.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// The changes in one system (its own, its processes', and the handoffs to
/// its processes), or in the catalogues: roles, tools and data.
struct ChangeGroup {
  std::string system; ///< empty for the catalogues
  std::string name;   ///< as reports show it
  std::vector<const ElementChange*> elements;
  std::vector<const HandoffChange*> handoffs; ///< broken first, then removed, then added
};

/// How many changes of each kind a diff holds.
struct DiffCounts {
  std::size_t added = 0, removed = 0, renamed = 0, moved = 0, changed = 0;
  std::size_t handoffs_added = 0, handoffs_removed = 0, handoffs_broken = 0;
  std::size_t introduced = 0, fixed = 0;
};

class DiffView {
public:
  DiffView(const DiffSide& old_side, const DiffSide& new_side, const ModelDiff& diff)
      : old_side_(old_side), new_side_(new_side), diff_(diff) {}

  const ModelDiff& diff() const { return diff_; }
  const DiffSide& side(Side side) const { return side == Side::old_model ? old_side_ : new_side_; }

  /// The path of the file a place is in.
  const std::string& file(const Place& place) const;
  /// "file:line:column".
  std::string location(const Place& place) const;

  /// The display name of an element, looked up in the new model, else the old.
  std::string name(ElementKind kind, std::string_view id) const;
  /// The system a process is in (the new model's, else the old one's).
  std::string system_of_process(std::string_view id) const;

  std::vector<ChangeGroup> groups() const;
  DiffCounts counts() const;
  /// "2 added, 1 removed, ...; handoffs: ...; findings: ...".
  std::string summary() const;

private:
  const DiffSide& old_side_;
  const DiffSide& new_side_;
  const ModelDiff& diff_;
};

/// The words of a detail's field for a reader: "owner", "input", "step".
std::string_view field_words(const Detail& detail);

} // namespace bizmap
