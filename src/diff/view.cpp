#include "diff/view.hpp"

#include "graph/names.hpp"

#include <fmt/format.h>
#include <unordered_map>

namespace bizmap {
namespace {

std::string element_name(const Model& model, ElementRef element) {
  switch (element.kind) {
  case ElementKind::system:
    return display_name(model.systems[element.index].name, model.systems[element.index].id);
  case ElementKind::process:
    return display_name(model.processes[element.index].name, model.processes[element.index].id);
  case ElementKind::role:
    return display_name(model.roles[element.index].name, model.roles[element.index].id);
  case ElementKind::tool:
    return display_name(model.tools[element.index].name, model.tools[element.index].id);
  case ElementKind::data:
    break;
  }
  return display_name(model.data[element.index].name, model.data[element.index].id);
}

int handoff_order(Change change) {
  return change == Change::broken ? 0 : change == Change::removed ? 1 : 2;
}

std::string group_of(const ElementChange& change) {
  if (change.kind == ElementKind::system) {
    return change.id;
  }
  return change.kind == ElementKind::process ? change.system : std::string();
}

} // namespace

const std::string& DiffView::file(const Place& place) const {
  return side(place.side).model.files[place.at.file].path;
}

std::string DiffView::location(const Place& place) const {
  return fmt::format("{}:{}:{}", file(place), place.at.line, place.at.column);
}

std::string DiffView::name(ElementKind kind, std::string_view id) const {
  for (const DiffSide* side : {&new_side_, &old_side_}) {
    if (const Definition* definition = side->index.references.definition(kind, id)) {
      return element_name(side->model, definition->element);
    }
  }
  return std::string(id);
}

std::string DiffView::system_of_process(std::string_view id) const {
  for (const DiffSide* side : {&new_side_, &old_side_}) {
    if (const Definition* definition =
            side->index.references.definition(ElementKind::process, id)) {
      const Process& process = side->model.processes[definition->element.index];
      return process.system ? side->model.systems[*process.system].id.id : std::string();
    }
  }
  return {};
}

// Groups in the new model's order of systems, then systems only the old
// model has, then the catalogues.
std::vector<ChangeGroup> DiffView::groups() const {
  std::unordered_map<std::string, std::vector<const ElementChange*>> elements;
  std::unordered_map<std::string, std::vector<const HandoffChange*>> handoffs;
  for (const ElementChange& change : diff_.elements) {
    elements[group_of(change)].push_back(&change);
  }
  for (int order = 0; order < 3; ++order) {
    for (const HandoffChange& change : diff_.handoffs) {
      if (handoff_order(change.change) == order) {
        handoffs[system_of_process(change.consumer)].push_back(&change);
      }
    }
  }
  std::vector<ChangeGroup> groups;
  auto add_group = [&](const std::string& system) {
    auto changes = elements.find(system);
    auto deliveries = handoffs.find(system);
    if (changes == elements.end() && deliveries == handoffs.end()) {
      return;
    }
    ChangeGroup& group = groups.emplace_back();
    group.system = system;
    group.name = system.empty() ? "" : name(ElementKind::system, system);
    if (changes != elements.end()) {
      group.elements = std::move(changes->second);
      elements.erase(changes);
    }
    if (deliveries != handoffs.end()) {
      group.handoffs = std::move(deliveries->second);
      handoffs.erase(deliveries);
    }
  };
  for (const DiffSide* side : {&new_side_, &old_side_}) {
    for (const System& system : side->model.systems) {
      add_group(system.id.id);
    }
  }
  add_group("");
  return groups;
}

DiffCounts DiffView::counts() const {
  DiffCounts counts;
  for (const ElementChange& change : diff_.elements) {
    switch (change.change) {
    case Change::added:
      ++counts.added;
      break;
    case Change::removed:
      ++counts.removed;
      break;
    case Change::renamed:
      ++counts.renamed;
      break;
    case Change::moved:
      ++counts.moved;
      break;
    default:
      ++counts.changed;
    }
  }
  for (const HandoffChange& change : diff_.handoffs) {
    std::size_t& count = change.change == Change::added     ? counts.handoffs_added
                         : change.change == Change::removed ? counts.handoffs_removed
                                                            : counts.handoffs_broken;
    ++count;
  }
  counts.changed += diff_.business.empty() ? 0 : 1;
  counts.introduced = diff_.introduced.size();
  counts.fixed = diff_.fixed.size();
  return counts;
}

std::string DiffView::summary() const {
  DiffCounts c = counts();
  return fmt::format("{} added, {} removed, {} renamed, {} moved, {} changed; handoffs: {} added, "
                     "{} removed, {} broken; findings: {} introduced, {} fixed",
                     c.added, c.removed, c.renamed, c.moved, c.changed, c.handoffs_added,
                     c.handoffs_removed, c.handoffs_broken, c.introduced, c.fixed);
}

std::string_view field_words(const Detail& detail) {
  static const std::unordered_map<std::string_view, std::string_view> words{
      {"inputs", "input"},
      {"outputs", "output"},
      {"tools", "tool"},
      {"outcomes", "outcome"},
      {"steps", "step"},
      {"what_ifs", "what-if"},
      {"fields", "field"},
      {"system_of_record", "system of record"},
      {"links", "link"},
      {"external.inputs", "external input"},
      {"external.outputs", "external output"}};
  auto found = words.find(detail.field);
  return found == words.end() ? std::string_view(detail.field) : found->second;
}

} // namespace bizmap
