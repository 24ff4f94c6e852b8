// Findings introduced and fixed, matched one to one by their key, so that a
// finding that only moved to another line is neither. The old model's keys
// are read under the new ids of renamed elements: a finding about a process
// that was only renamed is neither fixed nor introduced.
#include "baseline/finding_key.hpp"
#include "diff/comparison.hpp"
#include "model/enum_names.hpp"

#include <map>

namespace bizmap {
namespace {

using Counts = std::map<FindingKey, std::size_t>;

// The message with every quoted id that was renamed ('old-id') quoted under
// its new id: messages name elements by id, in single quotes.
std::string renamed_in(const std::string& message, const Renames& renames) {
  std::string text;
  text.reserve(message.size());
  for (std::size_t at = 0; at < message.size();) {
    std::size_t open = message.find('\'', at);
    std::size_t close = open == std::string::npos ? open : message.find('\'', open + 1);
    if (close == std::string::npos) {
      text.append(message, at);
      break;
    }
    text.append(message, at, open + 1 - at);
    text.append(
        renames.new_id_of_any(std::string_view(message).substr(open + 1, close - open - 1)));
    text += '\'';
    at = close + 1;
  }
  return text;
}

FindingKey key_of(const DiffSide& side, const Diagnostic& finding, const Renames* renames) {
  FindingKey key = finding_key(side.model, finding, side.files);
  if (renames != nullptr && !renames->empty()) {
    if (std::optional<ElementKind> kind =
            value_named<ElementKind>(key.subject_kind, element_kind_names)) {
      key.subject_id = std::string(renames->new_id(*kind, key.subject_id));
    }
    key.message = renamed_in(key.message, *renames);
  }
  return key;
}

Counts count_keys(const DiffSide& side, const Renames* renames) {
  Counts counts;
  for (const Diagnostic& finding : side.findings) {
    ++counts[key_of(side, finding, renames)];
  }
  return counts;
}

// The findings of `side` beyond those with the same key in `other`; the keys
// of the old side, whichever it is, are read under the new ids.
std::vector<Diagnostic> beyond(const DiffSide& side, const Renames* side_renames,
                               const DiffSide& other, const Renames* other_renames) {
  Counts left = count_keys(other, other_renames);
  std::vector<Diagnostic> extra;
  for (const Diagnostic& finding : side.findings) {
    auto found = left.find(key_of(side, finding, side_renames));
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
  const Renames* renames = &comparison.renames;
  comparison.diff.introduced = beyond(comparison.new_side, nullptr, comparison.old_side, renames);
  comparison.diff.fixed = beyond(comparison.old_side, renames, comparison.new_side, nullptr);
}

} // namespace bizmap
