// Elements matched by id (or by a rename) and compared key by key, from the
// loader's field tables: a key the format gains is compared without a line
// here.
#include "diff/comparison.hpp"
#include "graph/names.hpp"
#include "load/format.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_map>
#include <unordered_set>

namespace bizmap {
namespace {

// The details of one element, with where to place a key that has no
// position of its own (a name, a trigger): the element's id, or where the
// business is described.
class Details {
public:
  Details(const Renames& renames, Place old_at, Place new_at)
      : renames_(renames), old_at_(old_at), new_at_(new_at) {}

  /// Every key; `within` names the element of the format the keys are in
  /// where the element does not ("external").
  template <class Element>
  void compare(const Element& before, const Element& after, std::string_view within = {}) {
    for (const ElementKey<Element>& key : element_keys<Element>()) {
      if (key.show != nullptr && key.format.kind != ValueKind::id) {
        std::string field =
            within.empty() ? std::string(key.key) : fmt::format("{}.{}", within, key.key);
        compare_key(field, key.format, key.show(before), key.show(after));
      }
    }
  }

  std::vector<Detail>& list() { return details_; }

private:
  void compare_key(std::string_view field, const FieldFormat& format, const ShownValue& before,
                   const ShownValue& after) {
    switch (format.kind) {
    case ValueKind::reference:
      reference(field, format.names, before, after);
      return;
    case ValueKind::references:
    case ValueKind::inputs: // a `one_of` is one line, "one of: a | b (95/5)"
      references(field, format.names, before, after);
      return;
    case ValueKind::texts:
      words(field, before, after);
      return;
    case ValueKind::elements:
      // Steps are the one list whose order is part of what it says.
      if (format.element == "step") {
        compare_steps(renames_, before, after, details_);
      } else {
        matched(field, before, after);
      }
      return;
    case ValueKind::element:
      // A map shown as one line (the calendar) is compared as that line.
      single(field, before, after);
      return;
    case ValueKind::id:
    case ValueKind::version:
      return; // elements of their own, the id matched already, and the one version
    default:
      single(field, before, after);
    }
  }

  void add(Change change, std::string_view field, std::string before, std::string after, Place at,
           bool ids = false) {
    details_.push_back(
        {change, std::string(field), std::move(before), std::move(after), 0, 0, at, {}, ids});
  }

  static std::string text_of(const ShownValue& value) {
    return value.empty() ? std::string() : value.front().text;
  }

  Place new_place(const ShownValue& value) const {
    return value.empty() || !value.front().at ? new_at_ : place(Side::new_model, *value.front().at);
  }

  void single(std::string_view field, const ShownValue& before, const ShownValue& after) {
    if (text_of(before) != text_of(after)) {
      add(Change::changed, field, text_of(before), text_of(after), new_place(after));
    }
  }

  // An old id is read under its new id, so that a rename is no change here.
  void reference(std::string_view field, ElementKind kind, const ShownValue& before,
                 const ShownValue& after) {
    std::string_view was = before.empty() ? "" : renames_.new_id(kind, before.front().text);
    std::string is = text_of(after);
    if (was != is && text_of(before) != is) {
      add(Change::changed, field, text_of(before), is, new_place(after), true);
    }
  }

  // A list of ids whose order does not matter: ids added and removed. An old
  // id is kept when the new list has it, under its own id or its new one.
  void references(std::string_view field, ElementKind kind, const ShownValue& before,
                  const ShownValue& after) {
    if (std::equal(before.begin(), before.end(), after.begin(), after.end(),
                   [&](const ShownItem& a, const ShownItem& b) {
                     return renames_.new_id(kind, a.text) == b.text;
                   })) {
      return; // most lists, and the cheap way to tell
    }
    std::unordered_set<std::string_view> now;
    for (const ShownItem& id : after) {
      now.insert(id.text);
    }
    std::unordered_set<std::string_view> then;
    for (const ShownItem& id : before) {
      std::string_view renamed = renames_.new_id(kind, id.text);
      then.insert(id.text);
      then.insert(renamed);
      if (!now.contains(id.text) && !now.contains(renamed)) {
        add(Change::removed, field, id.text, "", old_place(id), true);
      }
    }
    for (const ShownItem& id : after) {
      if (!then.contains(id.text)) {
        add(Change::added, field, "", id.text, new_place({id}), true);
      }
    }
  }

  Place old_place(const ShownItem& item) const {
    return item.at ? place(Side::old_model, *item.at) : old_at_;
  }

  // A list of texts whose order does not matter.
  void words(std::string_view field, const ShownValue& before, const ShownValue& after) {
    std::unordered_set<std::string_view> now;
    for (const ShownItem& word : after) {
      now.insert(word.text);
    }
    std::unordered_set<std::string_view> then;
    for (const ShownItem& word : before) {
      then.insert(word.text);
      if (!now.contains(word.text)) {
        add(Change::removed, field, word.text, "", old_place(word));
      }
    }
    for (const ShownItem& word : after) {
      if (!then.contains(word.text)) {
        add(Change::added, field, "", word.text, new_place({word}));
      }
    }
  }

  // Elements of a list matched by what they are matched by (a what-if by
  // its `if`): added, removed, or changed in what else they say.
  void matched(std::string_view field, const ShownValue& before, const ShownValue& after) {
    if (std::equal(before.begin(), before.end(), after.begin(), after.end(),
                   [](const ShownItem& a, const ShownItem& b) { return a.text == b.text; })) {
      return;
    }
    std::unordered_map<std::string_view, const ShownItem*> now;
    for (const ShownItem& item : after) {
      now.emplace(item.match, &item);
    }
    std::unordered_set<std::string_view> then;
    for (const ShownItem& item : before) {
      then.insert(item.match);
      auto found = now.find(item.match);
      if (found == now.end()) {
        add(Change::removed, field, item.text, "", old_place(item));
      } else if (found->second->text != item.text) {
        add(Change::changed, field, item.text, found->second->text, new_place({*found->second}));
      }
    }
    for (const ShownItem& item : after) {
      if (!then.contains(item.match)) {
        add(Change::added, field, "", item.text, new_place({item}));
      }
    }
  }

  const Renames& renames_;
  Place old_at_;
  Place new_at_;
  std::vector<Detail> details_;
};

std::string_view system_id(const Model& model, std::optional<std::size_t> system) {
  return system ? std::string_view(model.systems[*system].id.id) : std::string_view();
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
  Details details(comparison.renames, place(Side::old_model, id_at(before, kind, old_index).at),
                  place(Side::new_model, id_at(after, kind, new_index).at));
  switch (kind) {
  case ElementKind::system:
    details.compare(before.systems[old_index], after.systems[new_index]);
    break;
  case ElementKind::process:
    details.compare(before.processes[old_index], after.processes[new_index]);
    break;
  case ElementKind::role:
    details.compare(before.roles[old_index], after.roles[new_index]);
    break;
  case ElementKind::tool:
    details.compare(before.tools[old_index], after.tools[new_index]);
    break;
  case ElementKind::data:
    details.compare(before.data[old_index], after.data[new_index]);
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

// The business and the `external` lists, which every model has one of. A
// key without a place of its own is placed where the business is described,
// in the new model if it describes it.
void compare_business(Comparison& comparison) {
  const Model& before = comparison.old_model();
  const Model& after = comparison.new_model();
  Place old_at = before.business ? place(Side::old_model, before.business->at) : Place{};
  Place new_at = after.business ? place(Side::new_model, after.business->at) : old_at;
  if (!before.business) {
    old_at = new_at;
  }
  Details details(comparison.renames, old_at, new_at);
  details.compare(before.business.value_or(Business{}), after.business.value_or(Business{}));
  details.compare(before, after, "external");
  comparison.diff.business = std::move(details.list());
}

} // namespace bizmap
