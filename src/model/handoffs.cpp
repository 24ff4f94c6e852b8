#include "model/handoffs.hpp"

#include <algorithm>

namespace bizmap {

Handoffs::Handoffs(const Model& model, const ReferenceIndex& references) {
  for (const Reference& reference : references.references()) {
    const std::string_view data = reference.ref->id;
    switch (reference.field) {
    case Field::process_output:
      producers_[data].push_back({reference.holder->index, reference.ref});
      break;
    case Field::process_input:
      consumers_[data].push_back({reference.holder->index, reference.ref});
      break;
    case Field::external_input:
      external_inputs_.insert(data);
      break;
    case Field::external_output:
      external_outputs_.insert(data);
      break;
    case Field::system_outcome:
      outcomes_.insert(data);
      break;
    default:
      break;
    }
  }
  index_repeated_processes(model);
  managers_.resize(model.systems.size());
  for (std::size_t i = 0; i < model.systems.size(); ++i) {
    const System& system = model.systems[i];
    // Parents come before their subsystems, so a parent's manager is known.
    managers_[i] = system.manager || !system.parent ? system.manager : managers_[*system.parent];
  }
}

// A process whose id another one has is left out of the model, but the data
// it takes and hands over still flows: its uses count as the first's.
void Handoffs::index_repeated_processes(const Model& model) {
  if (model.processes_with_taken_ids.empty()) {
    return;
  }
  std::unordered_map<std::string_view, std::size_t> first;
  for (std::size_t i = 0; i < model.processes.size(); ++i) {
    first.emplace(model.processes[i].id.id, i);
  }
  for (const Process& again : model.processes_with_taken_ids) {
    auto found = first.find(again.id.id);
    if (found == first.end()) {
      continue;
    }
    for (const Ref& output : again.outputs) {
      producers_[output.id].push_back({found->second, &output, true});
    }
    for (const Ref& input : again.inputs) {
      consumers_[input.id].push_back({found->second, &input, true});
    }
  }
}

namespace {

std::span<const Handoffs::Use>
uses_of(const std::unordered_map<std::string_view, std::vector<Handoffs::Use>>& uses,
        std::string_view data) {
  auto found = uses.find(data);
  return found == uses.end() ? std::span<const Handoffs::Use>() : found->second;
}

bool involves_other(std::span<const Handoffs::Use> uses, std::size_t process) {
  return std::any_of(uses.begin(), uses.end(), [&](const Handoffs::Use& use) {
    return use.process != process || use.taken_id;
  });
}

std::vector<std::string_view>
keys_of(const std::unordered_map<std::string_view, std::vector<Handoffs::Use>>& uses) {
  std::vector<std::string_view> keys;
  keys.reserve(uses.size());
  for (const auto& [data, _] : uses) {
    keys.push_back(data);
  }
  return keys;
}

} // namespace

std::span<const Handoffs::Use> Handoffs::producers(std::string_view data) const {
  return uses_of(producers_, data);
}

std::span<const Handoffs::Use> Handoffs::consumers(std::string_view data) const {
  return uses_of(consumers_, data);
}

bool Handoffs::is_produced_by_other(std::string_view data, std::size_t process) const {
  return involves_other(producers(data), process);
}

bool Handoffs::is_consumed_by_other(std::string_view data, std::size_t process) const {
  return involves_other(consumers(data), process);
}

std::vector<std::string_view> Handoffs::produced() const {
  return keys_of(producers_);
}

std::vector<std::string_view> Handoffs::consumed() const {
  return keys_of(consumers_);
}

} // namespace bizmap
