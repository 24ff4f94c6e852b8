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

  std::string operator()(ElementKind kind, const Ref& ref) const {
    return std::string(renames ? renames->new_id(kind, ref.id) : std::string_view(ref.id));
  }
  std::string operator()(ElementKind kind, const std::vector<Ref>& refs) const {
    std::vector<std::string> ids;
    for (const Ref& ref : refs) {
      ids.push_back((*this)(kind, ref));
    }
    return fmt::format("{}", fmt::join(ids, ", "));
  }
};

// What a step says besides its action, one part each: "by cook", "30m".
std::vector<std::string> parts_of(const Step& step, const Ids& ids) {
  std::vector<std::string> parts;
  if (step.by) {
    parts.push_back("by " + ids(ElementKind::role, *step.by));
  }
  if (step.tool) {
    parts.push_back("with " + ids(ElementKind::tool, *step.tool));
  }
  if (!step.inputs.empty()) {
    parts.push_back("inputs " + ids(ElementKind::data, step.inputs));
  }
  if (!step.outputs.empty()) {
    parts.push_back("outputs " + ids(ElementKind::data, step.outputs));
  }
  if (step.duration) {
    parts.push_back(fmt::format("{}{}", step.duration->amount, step.duration->unit));
  }
  if (step.automation != Automation::manual) {
    parts.push_back(step.automation == Automation::automated ? "automated" : "delegated");
  }
  for (const WhatIf& what_if : step.what_ifs) {
    parts.push_back(fmt::format("if {}: {}", what_if.condition, what_if.response));
  }
  return parts;
}

// A step in one line: its action, then what else it says.
std::string described(const Step& step, const Ids& ids) {
  std::vector<std::string> parts = parts_of(step, ids);
  return parts.empty() ? step.action : fmt::format("{} ({})", step.action, fmt::join(parts, "; "));
}

// The parts of `step` that `other` does not have, in one line.
std::string parts_missing_from(const Step& step, const Ids& ids, const Step& other,
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
std::vector<std::size_t> match_steps(const std::vector<Step>& before,
                                     const std::vector<Step>& after) {
  std::unordered_map<std::string_view, std::deque<std::size_t>> by_action;
  for (std::size_t i = 0; i < before.size(); ++i) {
    by_action[before[i].action].push_back(i);
  }
  std::vector<std::size_t> old_of(after.size(), none);
  std::vector<bool> taken(before.size(), false);
  for (std::size_t j = 0; j < after.size(); ++j) {
    auto found = by_action.find(after[j].action);
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

bool same_ref(const Renames& renames, ElementKind kind, const std::optional<Ref>& before,
              const std::optional<Ref>& after) {
  return before.has_value() == after.has_value() &&
         (!before || renames.new_id(kind, before->id) == after->id);
}

bool same_refs(const Renames& renames, ElementKind kind, const std::vector<Ref>& before,
               const std::vector<Ref>& after) {
  return std::equal(before.begin(), before.end(), after.begin(), after.end(),
                    [&](const Ref& a, const Ref& b) { return renames.new_id(kind, a.id) == b.id; });
}

// Whether two steps say the same, without describing them: most steps of a
// change are unchanged.
bool same_step(const Renames& renames, const Step& before, const Step& after) {
  auto same_duration = [](const std::optional<Duration>& a, const std::optional<Duration>& b) {
    return a.has_value() == b.has_value() && (!a || (a->amount == b->amount && a->unit == b->unit));
  };
  return before.action == after.action && before.automation == after.automation &&
         same_ref(renames, ElementKind::role, before.by, after.by) &&
         same_ref(renames, ElementKind::tool, before.tool, after.tool) &&
         same_refs(renames, ElementKind::data, before.inputs, after.inputs) &&
         same_refs(renames, ElementKind::data, before.outputs, after.outputs) &&
         same_duration(before.duration, after.duration) &&
         std::equal(before.what_ifs.begin(), before.what_ifs.end(), after.what_ifs.begin(),
                    after.what_ifs.end(), [](const WhatIf& a, const WhatIf& b) {
                      return a.condition == b.condition && a.response == b.response;
                    });
}

} // namespace

void compare_steps(const Renames& renames, const Process& old_process, const Process& new_process,
                   std::vector<Detail>& details) {
  const std::vector<Step>& before = old_process.steps;
  const std::vector<Step>& after = new_process.steps;
  if (std::equal(before.begin(), before.end(), after.begin(), after.end(),
                 [&](const Step& a, const Step& b) { return same_step(renames, a, b); })) {
    return;
  }
  Ids old_ids{&renames};
  Ids new_ids{};
  std::vector<std::size_t> old_of = match_steps(before, after);
  std::vector<bool> same_action(after.size(), false);
  std::vector<bool> matched(before.size(), false);
  for (std::size_t j = 0; j < after.size(); ++j) {
    if (old_of[j] != none) {
      matched[old_of[j]] = true;
      same_action[j] = before[old_of[j]].action == after[j].action;
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
                         place(Side::old_model, before[i].at),
                         {}});
    }
  }
  for (std::size_t j = 0; j < after.size(); ++j) {
    Place at = place(Side::new_model, after[j].at);
    std::string is = described(after[j], new_ids);
    if (old_of[j] == none) {
      details.push_back({Change::added, "steps", "", is, 0, j + 1, at, {}});
      continue;
    }
    const Step& old_step = before[old_of[j]];
    std::string was = described(old_step, old_ids);
    if (same_action[j] && !kept[j]) {
      details.push_back(
          {Change::reordered, "steps", was, is, old_of[j] + 1, j + 1, at, after[j].action});
    } else if (!same_action[j]) {
      details.push_back({Change::edited, "steps", was, is, old_of[j] + 1, j + 1, at, {}});
    } else if (was != is) {
      // Only what changed, under the step's action.
      details.push_back({Change::edited, "steps",
                         parts_missing_from(old_step, old_ids, after[j], new_ids),
                         parts_missing_from(after[j], new_ids, old_step, old_ids), old_of[j] + 1,
                         j + 1, at, after[j].action});
    }
  }
}

} // namespace bizmap
