#include "model/handoffs.hpp"

#include "model/suggest.hpp"

#include <algorithm>

namespace bizmap {

Handoffs::Handoffs(const Model& model, const ReferenceIndex& references) {
  for (const Reference& reference : references.references()) {
    const std::string_view data = reference.ref->id;
    switch (reference.field) {
    case RefField::process_output:
      producers_[data].push_back({reference.holder->index, reference.ref});
      break;
    case RefField::process_input:
      consumers_[data].push_back({reference.holder->index, reference.ref});
      break;
    case RefField::external_input:
      external_inputs_.insert(data);
      break;
    case RefField::external_output:
      external_outputs_.insert(data);
      break;
    case RefField::system_outcome:
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
  find_near_misses(model);
}

const InputChoice* choice_of(const Process& process, std::size_t input) {
  for (const InputChoice& choice : process.choices) {
    if (input >= choice.first && input < choice.first + choice.count) {
      return &choice;
    }
  }
  return nullptr;
}

bool Handoffs::is_supplied_input(const Process& process, std::size_t input) const {
  if (is_supplied(process.inputs[input].id)) {
    return true;
  }
  const InputChoice* choice = choice_of(process, input);
  if (choice == nullptr) {
    return false;
  }
  for (std::size_t i = choice->first; i < choice->first + choice->count; ++i) {
    if (is_supplied(process.inputs[i].id)) {
      return true;
    }
  }
  return false;
}

// Lines left unread may supply the input or use the output: then neither is
// a near miss.
void Handoffs::find_near_misses(const Model& model) {
  std::vector<std::string_view> unsupplied;
  for (const auto& [data, _] : consumers_) {
    if (!is_supplied(data) && !model.may_be_unread(data)) {
      unsupplied.push_back(data);
    }
  }
  std::vector<std::string_view> unused;
  for (const auto& [data, _] : producers_) {
    if (!is_used(data) && !model.may_be_unread(data)) {
      unused.push_back(data);
    }
  }
  if (unsupplied.empty() || unused.empty()) {
    return;
  }
  Suggester inputs(unsupplied);
  Suggester outputs(unused);
  for (std::string_view input : unsupplied) {
    std::optional<std::string_view> output = outputs.closest(input);
    if (output && inputs.closest(*output) == input) {
      near_misses_.push_back({input, *output});
      near_miss_partner_.emplace(input, *output);
      near_miss_partner_.emplace(*output, input);
    }
  }
  std::sort(near_misses_.begin(), near_misses_.end(),
            [](const NearMiss& a, const NearMiss& b) { return a.input < b.input; });
}

std::optional<std::string_view> Handoffs::near_miss_of(std::string_view data) const {
  auto found = near_miss_partner_.find(data);
  return found == near_miss_partner_.end() ? std::nullopt : std::optional(found->second);
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
