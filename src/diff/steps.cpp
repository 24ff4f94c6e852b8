// Steps have no ids. They are matched by their action first; a step left
// over in each model at the same position is the same step, edited. Of the
// steps matched by action, those outside the longest run kept in order are
// the ones that moved.
#include "diff/comparison.hpp"

#include <algorithm>
#include <deque>
#include <fmt/format.h>
#include <unordered_map>

namespace bizmap {
namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

// How a step's references read: an old step's under their new ids, so that
// a rename elsewhere does not show as an edit of the step.
struct Ids {
  const Renames* renames = nullptr; ///< null for a step of the new model

  std::string_view operator()(ElementKind kind, const std::string& id) const {
    return renames ? renames->new_id(kind, id) : std::string_view(id);
  }
};

// One key of a step in words, "by: cook", or one element of a list of them,
// "what_ifs: if the oven fails: call the engineer".
void add_parts(const ShownField& key, const Ids& ids, std::vector<std::string>& parts) {
  const FieldFormat& format = *key.format;
  if (format.kind == ValueKind::elements) {
    for (const ShownItem& item : key.value) {
      parts.push_back(fmt::format("{}: {}", key.key, item.text));
    }
    return;
  }
  bool names = format.kind == ValueKind::reference || format.kind == ValueKind::references;
  std::vector<std::string_view> values;
  for (const ShownItem& item : key.value) {
    values.push_back(names ? ids(format.names, item.text) : std::string_view(item.text));
  }
  if (!values.empty()) {
    parts.push_back(fmt::format("{}: {}", key.key, fmt::join(values, ", ")));
  }
}

// What a step says besides its action, one part each: "by: cook", "duration: 30m".
std::vector<std::string> parts_of(const ShownItem& step, const Ids& ids) {
  std::vector<std::string> parts;
  for (const ShownField& key : step.parts) {
    add_parts(key, ids, parts);
  }
  return parts;
}

// A step in one line: its action, then what else it says.
std::string described(const ShownItem& step, const Ids& ids) {
  std::vector<std::string> parts = parts_of(step, ids);
  return parts.empty() ? step.match : fmt::format("{} ({})", step.match, fmt::join(parts, "; "));
}

// The parts of `step` that `other` does not have, in one line.
std::string parts_missing_from(const ShownItem& step, const Ids& ids, const ShownItem& other,
                               const Ids& other_ids) {
  std::vector<std::string> theirs = parts_of(other, other_ids);
  std::vector<std::string> mine;
  for (std::string& part : parts_of(step, ids)) {
    if (std::find(theirs.begin(), theirs.end(), part) == theirs.end()) {
      mine.push_back(std::move(part));
    }
  }
  return fmt::format("{}", fmt::join(mine, "; "));
}

// For each new step, the old step it is (or `none`).
std::vector<std::size_t> match_steps(const ShownValue& before, const ShownValue& after) {
  std::unordered_map<std::string_view, std::deque<std::size_t>> by_action;
  for (std::size_t i = 0; i < before.size(); ++i) {
    by_action[before[i].match].push_back(i);
  }
  std::vector<std::size_t> old_of(after.size(), none);
  std::vector<bool> taken(before.size(), false);
  for (std::size_t j = 0; j < after.size(); ++j) {
    auto found = by_action.find(after[j].match);
    if (found != by_action.end() && !found->second.empty()) {
      old_of[j] = found->second.front();
      taken[old_of[j]] = true;
      found->second.pop_front();
    }
  }
  for (std::size_t j = 0; j < after.size() && j < before.size(); ++j) {
    if (old_of[j] == none && !taken[j]) {
      old_of[j] = j;
      taken[j] = true;
    }
  }
  return old_of;
}

// The new steps matched by action that stay in order: the longest run of
// increasing old positions (patience sorting, n log n).
std::vector<bool> kept_in_order(const std::vector<std::size_t>& old_of,
                                const std::vector<bool>& same_action) {
  std::vector<std::size_t> tails; // new positions ending the runs of each length
  std::vector<std::size_t> before(old_of.size(), none);
  for (std::size_t j = 0; j < old_of.size(); ++j) {
    if (!same_action[j]) {
      continue;
    }
    auto at =
        std::lower_bound(tails.begin(), tails.end(), old_of[j],
                         [&](std::size_t tail, std::size_t old) { return old_of[tail] < old; });
    before[j] = at == tails.begin() ? none : *(at - 1);
    if (at == tails.end()) {
      tails.push_back(j);
    } else {
      *at = j;
    }
  }
  std::vector<bool> kept(old_of.size(), false);
  for (std::size_t j = tails.empty() ? none : tails.back(); j != none; j = before[j]) {
    kept[j] = true;
  }
  return kept;
}

// Whether two steps say the same: most steps of a change are unchanged.
bool same_step(const ShownItem& before, const Ids& old_ids, const ShownItem& after) {
  return before.match == after.match && parts_of(before, old_ids) == parts_of(after, Ids{});
}

} // namespace

void compare_steps(const Renames& renames, const ShownValue& before, const ShownValue& after,
                   std::vector<Detail>& details) {
  Ids old_ids{&renames};
  Ids new_ids{};
  if (std::equal(
          before.begin(), before.end(), after.begin(), after.end(),
          [&](const ShownItem& a, const ShownItem& b) { return same_step(a, old_ids, b); })) {
    return;
  }
  std::vector<std::size_t> old_of = match_steps(before, after);
  std::vector<bool> same_action(after.size(), false);
  std::vector<bool> matched(before.size(), false);
  for (std::size_t j = 0; j < after.size(); ++j) {
    if (old_of[j] != none) {
      matched[old_of[j]] = true;
      same_action[j] = before[old_of[j]].match == after[j].match;
    }
  }
  std::vector<bool> kept = kept_in_order(old_of, same_action);
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (!matched[i]) {
      details.push_back({Change::removed,
                         "steps",
                         described(before[i], old_ids),
                         "",
                         i + 1,
                         0,
                         place(Side::old_model, before[i].at.value_or(Location{})),
                         {}});
    }
  }
  for (std::size_t j = 0; j < after.size(); ++j) {
    Place at = place(Side::new_model, after[j].at.value_or(Location{}));
    std::string is = described(after[j], new_ids);
    if (old_of[j] == none) {
      details.push_back({Change::added, "steps", "", is, 0, j + 1, at, {}});
      continue;
    }
    const ShownItem& old_step = before[old_of[j]];
    std::string was = described(old_step, old_ids);
    if (same_action[j] && !kept[j]) {
      details.push_back(
          {Change::reordered, "steps", was, is, old_of[j] + 1, j + 1, at, after[j].match});
    } else if (!same_action[j]) {
      details.push_back({Change::edited, "steps", was, is, old_of[j] + 1, j + 1, at, {}});
    } else if (was != is) {
      // Only what changed, under the step's action.
      details.push_back({Change::edited, "steps",
                         parts_missing_from(old_step, old_ids, after[j], new_ids),
                         parts_missing_from(after[j], new_ids, old_step, old_ids), old_of[j] + 1,
                         j + 1, at, after[j].match});
    }
  }
}

} // namespace bizmap
