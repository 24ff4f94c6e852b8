#include "diff/comparison.hpp"

#include <array>

namespace bizmap {
namespace {

constexpr std::array change_names = {
    "added",  "removed",   "renamed", "moved",      "changed",
    "edited", "reordered", "broken",  "introduced", "fixed",
};

} // namespace

std::string_view to_string(Change change) {
  return change_names[static_cast<std::size_t>(change)];
}

ModelDiff compare_models(const DiffSide& old_side, const DiffSide& new_side) {
  Comparison comparison{old_side, new_side, {}, {}};
  find_renames(comparison);
  compare_elements(comparison);
  compare_business(comparison);
  compare_handoffs(comparison);
  compare_findings(comparison);
  compare_work(comparison);
  return std::move(comparison.diff);
}

} // namespace bizmap
