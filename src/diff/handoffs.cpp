// Handoffs are compared data item by data item, and only where the producers
// or consumers of the item changed: the rest of the graph costs nothing.
// Process and data ids of the old model are read under their new ids, so a
// rename alone changes no handoff.
#include "diff/comparison.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_set>

namespace bizmap {
namespace {

using Edge = std::pair<std::string_view, std::string_view>; // producer, consumer

// The producers and consumers of one data item, as process ids of the new model.
struct Ends {
  std::vector<std::string_view> producers;
  std::vector<std::string_view> consumers;
  bool supplied = false;

  friend bool operator==(const Ends&, const Ends&) = default;
};

std::vector<std::string_view> processes_of(const Comparison& comparison, const DiffSide& side,
                                           std::span<const Handoffs::Use> uses) {
  std::vector<std::string_view> ids;
  for (const Handoffs::Use& use : uses) {
    ids.push_back(
        comparison.renames.new_id(ElementKind::process, side.model.processes[use.process].id.id));
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

Ends ends_of(const Comparison& comparison, const DiffSide& side, std::string_view data) {
  const Handoffs& handoffs = side.index.handoffs;
  return {processes_of(comparison, side, handoffs.producers(data)),
          processes_of(comparison, side, handoffs.consumers(data)), handoffs.is_supplied(data)};
}

std::set<Edge> edges_of(const Ends& ends) {
  std::set<Edge> edges;
  for (std::string_view producer : ends.producers) {
    for (std::string_view consumer : ends.consumers) {
      if (producer != consumer) {
        edges.emplace(producer, consumer);
      }
    }
  }
  return edges;
}

// Where `consumer` (a new id) lists `data` among its inputs in a side.
Place consumer_input(const Comparison& comparison, const DiffSide& side, std::string_view data,
                     std::string_view consumer) {
  Side which = &side == &comparison.old_side ? Side::old_model : Side::new_model;
  for (const Handoffs::Use& use : side.index.handoffs.consumers(data)) {
    if (comparison.renames.new_id(ElementKind::process, side.model.processes[use.process].id.id) ==
        consumer) {
      return place(which, use.ref->at);
    }
  }
  return {};
}

bool contains(const std::vector<std::string_view>& sorted, std::string_view id) {
  return std::binary_search(sorted.begin(), sorted.end(), id);
}

// The same processes in the same order (under their new ids): most data.
bool same_uses(const Comparison& comparison, std::span<const Handoffs::Use> before,
               std::span<const Handoffs::Use> after) {
  return std::equal(before.begin(), before.end(), after.begin(), after.end(),
                    [&](const Handoffs::Use& a, const Handoffs::Use& b) {
                      return comparison.renames.new_id(
                                 ElementKind::process,
                                 comparison.old_model().processes[a.process].id.id) ==
                             comparison.new_model().processes[b.process].id.id;
                    });
}

// The same producers and consumers, and the same supply from outside: the
// data's handoffs did not change (the cheap way to tell, for most data).
bool unchanged(const Comparison& comparison, std::string_view old_data, std::string_view data) {
  const Handoffs& before = comparison.old_side.index.handoffs;
  const Handoffs& after = comparison.new_side.index.handoffs;
  return same_uses(comparison, before.producers(old_data), after.producers(data)) &&
         same_uses(comparison, before.consumers(old_data), after.consumers(data)) &&
         before.is_external_input(old_data) == after.is_external_input(data);
}

void compare_data_handoffs(Comparison& comparison, std::string_view data) {
  std::string_view old_data = comparison.renames.old_id(ElementKind::data, data);
  if (unchanged(comparison, old_data, data)) {
    return;
  }
  Ends before = ends_of(comparison, comparison.old_side, old_data);
  Ends after = ends_of(comparison, comparison.new_side, data);
  if (before == after) {
    return;
  }
  std::set<Edge> old_edges = edges_of(before);
  std::set<Edge> new_edges = edges_of(after);
  auto report = [&](Change change, std::string_view producer, std::string_view consumer, Place at) {
    comparison.diff.handoffs.push_back(
        {change, std::string(data), std::string(producer), std::string(consumer), at});
  };
  for (const auto& [producer, consumer] : old_edges) {
    if (new_edges.contains({producer, consumer})) {
      continue;
    }
    bool still_needed = contains(after.consumers, consumer);
    if (still_needed && !after.supplied) {
      report(Change::broken, producer, consumer,
             consumer_input(comparison, comparison.new_side, data, consumer));
    } else {
      report(Change::removed, producer, consumer,
             consumer_input(comparison, comparison.old_side, old_data, consumer));
    }
  }
  for (const auto& [producer, consumer] : new_edges) {
    if (!old_edges.contains({producer, consumer})) {
      report(Change::added, producer, consumer,
             consumer_input(comparison, comparison.new_side, data, consumer));
    }
  }
  // Data that came from outside the business and no longer comes from anywhere.
  bool was_external = comparison.old_side.index.handoffs.is_external_input(old_data);
  if (!was_external || after.supplied) {
    return;
  }
  for (std::string_view consumer : after.consumers) {
    bool had_producer = std::any_of(before.producers.begin(), before.producers.end(),
                                    [&](std::string_view p) { return p != consumer; });
    if (contains(before.consumers, consumer) && !had_producer) {
      report(Change::broken, "", consumer,
             consumer_input(comparison, comparison.new_side, data, consumer));
    }
  }
}

} // namespace

// Every data id either model hands off, each once: the new model's, then the
// old model's that the new one lacks. The changes are then sorted, so their
// order does not depend on the order ids were met in.
void compare_handoffs(Comparison& comparison) {
  std::unordered_set<std::string_view> seen;
  auto compare = [&](std::string_view id) {
    if (seen.insert(id).second) {
      compare_data_handoffs(comparison, id);
    }
  };
  for (const auto& ids : {comparison.new_side.index.handoffs.produced(),
                          comparison.new_side.index.handoffs.consumed()}) {
    for (std::string_view id : ids) {
      compare(id);
    }
  }
  for (const auto& ids : {comparison.old_side.index.handoffs.produced(),
                          comparison.old_side.index.handoffs.consumed()}) {
    for (std::string_view id : ids) {
      compare(comparison.renames.new_id(ElementKind::data, id));
    }
  }
  std::sort(comparison.diff.handoffs.begin(), comparison.diff.handoffs.end(),
            [](const HandoffChange& a, const HandoffChange& b) {
              return std::tie(a.data, a.producer, a.consumer) <
                     std::tie(b.data, b.producer, b.consumer);
            });
}

} // namespace bizmap
