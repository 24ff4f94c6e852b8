// Findings introduced and fixed, matched one to one by their key, so that a
// finding that only moved to another line is neither.
#include "baseline/finding_key.hpp"
#include "diff/comparison.hpp"

#include <map>

namespace bizmap {
namespace {

using Counts = std::map<FindingKey, std::size_t>;

Counts count_keys(const DiffSide& side) {
  Counts counts;
  for (const Diagnostic& finding : side.findings) {
    ++counts[finding_key(side.model, finding, side.files)];
  }
  return counts;
}

// The findings of `side` beyond those with the same key in `other`.
std::vector<Diagnostic> beyond(const DiffSide& side, const DiffSide& other) {
  Counts left = count_keys(other);
  std::vector<Diagnostic> extra;
  for (const Diagnostic& finding : side.findings) {
    auto found = left.find(finding_key(side.model, finding, side.files));
    if (found != left.end() && found->second > 0) {
      --found->second;
    } else {
      extra.push_back(finding);
    }
  }
  return extra;
}

} // namespace

void compare_findings(Comparison& comparison) {
  comparison.diff.introduced = beyond(comparison.new_side, comparison.old_side);
  comparison.diff.fixed = beyond(comparison.old_side, comparison.new_side);
}

} // namespace bizmap
