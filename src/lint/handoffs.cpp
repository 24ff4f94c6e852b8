#include "lint/handoffs.hpp"

namespace bizmap {

Handoffs::Handoffs(const Model& model) {
  for (std::size_t i = 0; i < model.processes.size(); ++i) {
    const Process& process = model.processes[i];
    for (const Ref& output : process.outputs) {
      producers_[output.id].push_back({i, &output});
    }
    for (const Ref& input : process.inputs) {
      consumers_[input.id].push_back({i, &input});
    }
  }
  index_repeated_processes(model);
  for (const Ref& data : model.external_inputs) {
    external_inputs_.insert(data.id);
  }
  for (const Ref& data : model.external_outputs) {
    external_outputs_.insert(data.id);
  }
  managers_.resize(model.systems.size());
  for (std::size_t i = 0; i < model.systems.size(); ++i) {
    const System& system = model.systems[i];
    for (const Ref& outcome : system.outcomes) {
      outcomes_.insert(outcome.id);
    }
    // Parents come before their subsystems, so a parent's manager is known.
    managers_[i] = system.manager || !system.parent ? system.manager : managers_[*system.parent];
  }
  for (const Role& role : model.roles) {
    roles_.emplace(role.id.id, &role);
  }
  for (const Tool& tool : model.tools) {
    tools_.insert(tool.id.id);
  }
  for (const DataItem& item : model.data) {
    data_.insert(item.id.id);
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

const Role* Handoffs::role(std::string_view id) const {
  auto found = roles_.find(id);
  return found == roles_.end() ? nullptr : found->second;
}

std::vector<std::string_view> Handoffs::produced() const {
  return keys_of(producers_);
}

std::vector<std::string_view> Handoffs::consumed() const {
  return keys_of(consumers_);
}

} // namespace bizmap
