#include "model/references.hpp"

#include <array>

namespace bizmap {
namespace {

constexpr std::array field_infos = {
    FieldInfo{RefField::system_manager, ElementKind::role, "manager"},
    FieldInfo{RefField::system_outcome, ElementKind::data, "outcomes"},
    FieldInfo{RefField::system_tool, ElementKind::tool, "tools"},
    FieldInfo{RefField::process_owner, ElementKind::role, "owner"},
    FieldInfo{RefField::process_input, ElementKind::data, "inputs"},
    FieldInfo{RefField::process_output, ElementKind::data, "outputs"},
    FieldInfo{RefField::process_tool, ElementKind::tool, "tools"},
    FieldInfo{RefField::process_consulted, ElementKind::role, "consulted"},
    FieldInfo{RefField::process_informed, ElementKind::role, "informed"},
    FieldInfo{RefField::what_if_process, ElementKind::process, "then"},
    FieldInfo{RefField::step_by, ElementKind::role, "by"},
    FieldInfo{RefField::step_tool, ElementKind::tool, "tool"},
    FieldInfo{RefField::step_input, ElementKind::data, "inputs"},
    FieldInfo{RefField::step_output, ElementKind::data, "outputs"},
    FieldInfo{RefField::data_system_of_record, ElementKind::tool, "system_of_record"},
    FieldInfo{RefField::external_input, ElementKind::data, "inputs"},
    FieldInfo{RefField::external_output, ElementKind::data, "outputs"},
    FieldInfo{RefField::role_backup, ElementKind::role, "backup"},
    FieldInfo{RefField::role_filled_by, ElementKind::role, "filled_by"},
};

constexpr bool in_field_order() {
  for (std::size_t i = 0; i < field_infos.size(); ++i) {
    if (static_cast<std::size_t>(field_infos[i].field) != i) {
      return false;
    }
  }
  return true;
}
static_assert(in_field_order(), "field_infos must list the fields in the order of RefField");

constexpr std::size_t slot(ElementKind kind) {
  return static_cast<std::size_t>(kind);
}

std::span<const std::size_t>
positions_of(const std::unordered_map<std::string_view, std::vector<std::size_t>>& map,
             std::string_view id) {
  auto found = map.find(id);
  return found == map.end() ? std::span<const std::size_t>() : found->second;
}

} // namespace

const FieldInfo& info(RefField field) {
  return field_infos[static_cast<std::size_t>(field)];
}

ReferenceIndex::ReferenceIndex(const Model& model) : model_(model) {
  for (std::size_t i = 0; i < model.roles.size(); ++i) {
    define(ElementKind::role, i, model.roles[i].id);
    refer(RefField::role_backup, model.roles[i].backup, ElementRef{ElementKind::role, i});
    refer(RefField::role_filled_by, model.roles[i].filled_by, ElementRef{ElementKind::role, i});
  }
  for (std::size_t i = 0; i < model.tools.size(); ++i) {
    define(ElementKind::tool, i, model.tools[i].id);
  }
  for (std::size_t i = 0; i < model.data.size(); ++i) {
    define(ElementKind::data, i, model.data[i].id);
    refer(RefField::data_system_of_record, model.data[i].system_of_record,
          ElementRef{ElementKind::data, i});
  }
  refer(RefField::external_input, model.external_inputs, std::nullopt);
  refer(RefField::external_output, model.external_outputs, std::nullopt);
  for (std::size_t i = 0; i < model.systems.size(); ++i) {
    const System& system = model.systems[i];
    ElementRef holder{ElementKind::system, i};
    define(ElementKind::system, i, system.id);
    refer(RefField::system_manager, system.manager, holder);
    refer(RefField::system_outcome, system.outcomes, holder);
    refer(RefField::system_tool, system.tools, holder);
  }
  for (std::size_t i = 0; i < model.processes.size(); ++i) {
    walk_process(model.processes[i], i);
  }
  find_undeclared();
}

void ReferenceIndex::find_undeclared() {
  for (std::size_t i = 0; i < references_.size(); ++i) {
    ElementKind kind = references_[i].names();
    if (definition(kind, references_[i].ref->id) == nullptr) {
      undeclared_[slot(kind)].push_back(i);
    }
  }
}

void ReferenceIndex::walk_process(const Process& process, std::size_t index) {
  ElementRef holder{ElementKind::process, index};
  define(ElementKind::process, index, process.id);
  refer(RefField::process_owner, process.owner, holder);
  refer(RefField::process_input, process.inputs, holder);
  refer(RefField::process_output, process.outputs, holder);
  refer(RefField::process_tool, process.tools, holder);
  refer(RefField::process_consulted, process.consulted, holder);
  refer(RefField::process_informed, process.informed, holder);
  for (const WhatIf& what_if : process.what_ifs) {
    refer(RefField::what_if_process, what_if.processes, holder);
  }
  for (std::size_t s = 0; s < process.steps.size(); ++s) {
    const Step& step = process.steps[s];
    refer(RefField::step_by, step.by, holder, s);
    refer(RefField::step_tool, step.tool, holder, s);
    refer(RefField::step_input, step.inputs, holder, s);
    refer(RefField::step_output, step.outputs, holder, s);
    for (const WhatIf& what_if : step.what_ifs) {
      refer(RefField::what_if_process, what_if.processes, holder, s);
    }
  }
}

void ReferenceIndex::define(ElementKind kind, std::size_t index, const Ref& id) {
  if (id.id.empty()) {
    return;
  }
  defined_[slot(kind)][id.id].push_back(definitions_.size());
  definitions_.push_back({{kind, index}, &id});
}

void ReferenceIndex::refer(RefField field, const Ref& ref, std::optional<ElementRef> holder,
                           std::optional<std::size_t> step) {
  referenced_[slot(info(field).names)][ref.id].push_back(references_.size());
  references_.push_back({field, &ref, holder, step});
}

void ReferenceIndex::refer(RefField field, const std::optional<Ref>& ref,
                           std::optional<ElementRef> holder, std::optional<std::size_t> step) {
  if (ref) {
    refer(field, *ref, holder, step);
  }
}

void ReferenceIndex::refer(RefField field, const std::vector<Ref>& refs,
                           std::optional<ElementRef> holder, std::optional<std::size_t> step) {
  for (const Ref& ref : refs) {
    refer(field, ref, holder, step);
  }
}

std::span<const std::size_t> ReferenceIndex::definitions_of(ElementKind kind,
                                                            std::string_view id) const {
  return positions_of(defined_[slot(kind)], id);
}

const Definition* ReferenceIndex::definition(ElementKind kind, std::string_view id) const {
  std::span<const std::size_t> found = definitions_of(kind, id);
  return found.empty() ? nullptr : &definitions_[found.front()];
}

std::span<const std::size_t> ReferenceIndex::references_to(ElementKind kind,
                                                           std::string_view id) const {
  return positions_of(referenced_[slot(kind)], id);
}

bool ReferenceIndex::is_checked(ElementKind kind) const {
  switch (kind) {
  case ElementKind::role:
    return model_.declares_roles;
  case ElementKind::tool:
    return model_.declares_tools;
  case ElementKind::data:
    return model_.declares_data;
  case ElementKind::system:
  case ElementKind::process:
    break;
  }
  return true;
}

const Role* ReferenceIndex::role(std::string_view id) const {
  const Definition* found = definition(ElementKind::role, id);
  return found == nullptr ? nullptr : &model_.roles[found->element.index];
}

std::vector<std::string_view> ReferenceIndex::ids(ElementKind kind) const {
  std::vector<std::string_view> found;
  found.reserve(defined_[slot(kind)].size());
  for (const Definition& definition : definitions_) {
    if (definition.element.kind == kind) {
      found.push_back(definition.id->id);
    }
  }
  return found;
}

} // namespace bizmap
