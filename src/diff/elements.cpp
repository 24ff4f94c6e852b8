// Elements matched by id (or by a rename) and compared field by field.
#include "diff/comparison.hpp"
#include "graph/names.hpp"
#include "model/enum_names.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_set>

namespace bizmap {
namespace {

// The details of one element, with where to place a field that has no
// position of its own (a name, a trigger): the element's id.
class Details {
public:
  Details(const Comparison& comparison, const Ref& old_id, const Ref& new_id)
      : comparison_(comparison), old_at_(old_id.at), new_at_(new_id.at) {}

  void text(std::string_view field, const std::string& before, const std::string& after) {
    if (before != after) {
      details_.push_back({Change::changed, std::string(field), before, after, 0, 0,
                          place(Side::new_model, new_at_)});
    }
  }

  void ref(std::string_view field, ElementKind kind, const std::optional<Ref>& before,
           const std::optional<Ref>& after) {
    std::string_view was = before ? comparison_.renames.new_id(kind, before->id) : "";
    std::string_view is = after ? std::string_view(after->id) : "";
    if (was != is && !(before && after && before->id == after->id)) {
      details_.push_back({Change::changed, std::string(field), before ? before->id : "",
                          std::string(is), 0, 0,
                          place(Side::new_model, after ? after->at : new_at_)});
    }
  }

  // A list whose order does not matter: items added and removed. An old item
  // is kept when the new list has it, under its own id or its new one.
  void refs(std::string_view field, ElementKind kind, const std::vector<Ref>& before,
            const std::vector<Ref>& after) {
    if (same_refs(kind, before, after)) {
      return; // most lists, and the cheap way to tell
    }
    std::unordered_set<std::string_view> now;
    for (const Ref& ref : after) {
      now.insert(ref.id);
    }
    std::unordered_set<std::string_view> then;
    for (const Ref& ref : before) {
      then.insert(ref.id);
      then.insert(comparison_.renames.new_id(kind, ref.id));
      if (!now.contains(ref.id) && !now.contains(comparison_.renames.new_id(kind, ref.id))) {
        details_.push_back({Change::removed, std::string(field), ref.id, "", 0, 0,
                            place(Side::old_model, ref.at)});
      }
    }
    for (const Ref& ref : after) {
      if (!then.contains(ref.id)) {
        details_.push_back(
            {Change::added, std::string(field), "", ref.id, 0, 0, place(Side::new_model, ref.at)});
      }
    }
  }

  void words(std::string_view field, const std::vector<std::string>& before,
             const std::vector<std::string>& after) {
    if (before == after) {
      return;
    }
    std::unordered_set<std::string_view> now(after.begin(), after.end());
    std::unordered_set<std::string_view> then(before.begin(), before.end());
    for (const std::string& word : before) {
      if (!now.contains(word)) {
        details_.push_back(
            {Change::removed, std::string(field), word, "", 0, 0, place(Side::old_model, old_at_)});
      }
    }
    for (const std::string& word : after) {
      if (!then.contains(word)) {
        details_.push_back(
            {Change::added, std::string(field), "", word, 0, 0, place(Side::new_model, new_at_)});
      }
    }
  }

  // What-ifs are matched by their condition.
  void what_ifs(std::string_view field, const std::vector<WhatIf>& before,
                const std::vector<WhatIf>& after) {
    if (std::equal(before.begin(), before.end(), after.begin(), after.end(),
                   [](const WhatIf& a, const WhatIf& b) {
                     return a.condition == b.condition && a.response == b.response;
                   })) {
      return;
    }
    std::unordered_map<std::string_view, const WhatIf*> now;
    for (const WhatIf& what_if : after) {
      now.emplace(what_if.condition, &what_if);
    }
    std::unordered_set<std::string_view> then;
    for (const WhatIf& what_if : before) {
      then.insert(what_if.condition);
      auto found = now.find(what_if.condition);
      if (found == now.end()) {
        details_.push_back({Change::removed, std::string(field), described(what_if), "", 0, 0,
                            place(Side::old_model, what_if.at)});
      } else if (found->second->response != what_if.response) {
        details_.push_back({Change::changed, std::string(field), described(what_if),
                            described(*found->second), 0, 0,
                            place(Side::new_model, found->second->at)});
      }
    }
    for (const WhatIf& what_if : after) {
      if (!then.contains(what_if.condition)) {
        details_.push_back({Change::added, std::string(field), "", described(what_if), 0, 0,
                            place(Side::new_model, what_if.at)});
      }
    }
  }

  template <typename Enum>
  void word(std::string_view field, Enum before, Enum after, NameTable<Enum> names) {
    if (before != after) {
      text(field, std::string(name_of(before, names)), std::string(name_of(after, names)));
    }
  }

  std::vector<Detail>& list() { return details_; }

private:
  bool same_refs(ElementKind kind, const std::vector<Ref>& before,
                 const std::vector<Ref>& after) const {
    return std::equal(
        before.begin(), before.end(), after.begin(), after.end(),
        [&](const Ref& a, const Ref& b) { return comparison_.renames.new_id(kind, a.id) == b.id; });
  }

  static std::string described(const WhatIf& what_if) {
    return fmt::format("if {}: {}", what_if.condition, what_if.response);
  }

  const Comparison& comparison_;
  Location old_at_;
  Location new_at_;
  std::vector<Detail> details_;
};

std::string_view system_id(const Model& model, std::optional<std::size_t> system) {
  return system ? std::string_view(model.systems[*system].id.id) : std::string_view();
}

void compare_system(const System& before, const System& after, Details& details) {
  details.text("name", before.name, after.name);
  details.text("goal", before.goal, after.goal);
  details.ref("manager", ElementKind::role, before.manager, after.manager);
  details.refs("outcomes", ElementKind::data, before.outcomes, after.outcomes);
  details.refs("tools", ElementKind::tool, before.tools, after.tools);
}

void compare_process(const Renames& renames, const Process& before, const Process& after,
                     Details& details) {
  details.text("name", before.name, after.name);
  details.text("description", before.description, after.description);
  details.ref("owner", ElementKind::role, before.owner, after.owner);
  details.word("layer", before.layer, after.layer, NameTable<Layer>(layer_names));
  details.text("trigger", before.trigger, after.trigger);
  details.word("frequency", before.frequency, after.frequency,
               NameTable<Frequency>(frequency_names));
  details.refs("inputs", ElementKind::data, before.inputs, after.inputs);
  details.refs("outputs", ElementKind::data, before.outputs, after.outputs);
  details.refs("tools", ElementKind::tool, before.tools, after.tools);
  compare_steps(renames, before, after, details.list());
  details.what_ifs("what_ifs", before.what_ifs, after.what_ifs);
}

void compare_role(const Role& before, const Role& after, Details& details) {
  details.text("name", before.name, after.name);
  details.word("kind", before.kind, after.kind, NameTable<RoleKind>(role_kind_names));
  details.text("description", before.description, after.description);
}

void compare_tool(const Tool& before, const Tool& after, Details& details) {
  details.text("name", before.name, after.name);
  details.text("description", before.description, after.description);
}

void compare_data(const DataItem& before, const DataItem& after, Details& details) {
  details.text("name", before.name, after.name);
  details.text("description", before.description, after.description);
  details.words("fields", before.fields, after.fields);
  details.ref("system_of_record", ElementKind::tool, before.system_of_record,
              after.system_of_record);
}

const Ref& id_at(const Model& model, ElementKind kind, std::size_t index) {
  switch (kind) {
  case ElementKind::system:
    return model.systems[index].id;
  case ElementKind::process:
    return model.processes[index].id;
  case ElementKind::role:
    return model.roles[index].id;
  case ElementKind::tool:
    return model.tools[index].id;
  case ElementKind::data:
    break;
  }
  return model.data[index].id;
}

// A process's system, a system's parent; nothing for roles, tools and data.
std::string_view system_at(const Model& model, ElementKind kind, std::size_t index) {
  switch (kind) {
  case ElementKind::system:
    return system_id(model, model.systems[index].parent);
  case ElementKind::process:
    return system_id(model, model.processes[index].system);
  default:
    return {};
  }
}

std::string name_at(const Model& model, ElementKind kind, std::size_t index) {
  switch (kind) {
  case ElementKind::system:
    return display_name(model.systems[index].name, model.systems[index].id);
  case ElementKind::process:
    return display_name(model.processes[index].name, model.processes[index].id);
  case ElementKind::role:
    return display_name(model.roles[index].name, model.roles[index].id);
  case ElementKind::tool:
    return display_name(model.tools[index].name, model.tools[index].id);
  case ElementKind::data:
    break;
  }
  return display_name(model.data[index].name, model.data[index].id);
}

ElementChange change_of(const Model& model, Side side, Change change, ElementKind kind,
                        std::size_t index) {
  const Ref& id = id_at(model, kind, index);
  return {change,
          kind,
          id.id,
          {},
          name_at(model, kind, index),
          std::string(system_at(model, kind, index)),
          false,
          {},
          place(side, id.at),
          {}};
}

std::vector<Detail> details_of(const Comparison& comparison, ElementKind kind,
                               std::size_t old_index, std::size_t new_index) {
  const Model& before = comparison.old_model();
  const Model& after = comparison.new_model();
  Details details(comparison, id_at(before, kind, old_index), id_at(after, kind, new_index));
  switch (kind) {
  case ElementKind::system:
    compare_system(before.systems[old_index], after.systems[new_index], details);
    break;
  case ElementKind::process:
    compare_process(comparison.renames, before.processes[old_index], after.processes[new_index],
                    details);
    break;
  case ElementKind::role:
    compare_role(before.roles[old_index], after.roles[new_index], details);
    break;
  case ElementKind::tool:
    compare_tool(before.tools[old_index], after.tools[new_index], details);
    break;
  case ElementKind::data:
    compare_data(before.data[old_index], after.data[new_index], details);
    break;
  }
  return std::move(details.list());
}

// An element of the new model: added, or matched with its old self. Most
// elements are unchanged, so nothing is copied until a change is found.
void compare_new_element(Comparison& comparison, ElementKind kind, std::size_t index,
                         std::string_view id) {
  std::string_view old_id = comparison.renames.old_id(kind, id);
  std::optional<std::size_t> old_index = element_index(comparison.old_side, kind, old_id);
  if (!old_index) {
    comparison.diff.elements.push_back(
        change_of(comparison.new_model(), Side::new_model, Change::added, kind, index));
    return;
  }
  std::string_view old_system = system_at(comparison.old_model(), kind, *old_index);
  bool moved = comparison.renames.new_id(ElementKind::system, old_system) !=
               system_at(comparison.new_model(), kind, index);
  std::vector<Detail> details = details_of(comparison, kind, *old_index, index);
  bool renamed = old_id != id;
  if (!renamed && !moved && details.empty()) {
    return;
  }
  ElementChange change = change_of(comparison.new_model(), Side::new_model,
                                   renamed ? Change::renamed
                                   : moved ? Change::moved
                                           : Change::changed,
                                   kind, index);
  change.old_id = renamed ? std::string(old_id) : "";
  change.moved = moved;
  change.old_system = moved ? std::string(old_system) : "";
  change.details = std::move(details);
  comparison.diff.elements.push_back(std::move(change));
}

// Ids are unique within their kind: the loader leaves an element whose id
// repeats another out of the model.
void compare_kind(Comparison& comparison, ElementKind kind) {
  for (const Definition& definition : comparison.new_side.index.references.definitions()) {
    if (definition.element.kind == kind) {
      compare_new_element(comparison, kind, definition.element.index, definition.id->id);
    }
  }
  for (const Definition& definition : comparison.old_side.index.references.definitions()) {
    std::string_view id = definition.id->id;
    if (definition.element.kind == kind && comparison.renames.new_id(kind, id) == id &&
        defined_id(comparison.new_side, kind, id) == nullptr) {
      comparison.diff.elements.push_back(change_of(comparison.old_model(), Side::old_model,
                                                   Change::removed, kind,
                                                   definition.element.index));
    }
  }
}

} // namespace

const Ref* defined_id(const DiffSide& side, ElementKind kind, std::string_view id) {
  const Definition* definition = side.index.references.definition(kind, id);
  return definition == nullptr ? nullptr : definition->id;
}

std::optional<std::size_t> element_index(const DiffSide& side, ElementKind kind,
                                         std::string_view id) {
  const Definition* definition = side.index.references.definition(kind, id);
  return definition == nullptr ? std::nullopt : std::optional(definition->element.index);
}

void compare_elements(Comparison& comparison) {
  for (ElementKind kind : {ElementKind::system, ElementKind::process, ElementKind::role,
                           ElementKind::tool, ElementKind::data}) {
    compare_kind(comparison, kind);
  }
}

} // namespace bizmap
