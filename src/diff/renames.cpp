// A rename is an element that left the old model and one that joined the new
// one with the same content: everything but the id and where it is written.
// Catalogue entries (roles, tools, data) have little content of their own,
// so what refers to them counts too: a data item renamed everywhere it is
// used is still the same data item.
#include "diff/comparison.hpp"
#include "load/format.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iterator>
#include <unordered_map>

namespace bizmap {
namespace {

constexpr std::size_t kind_slot(ElementKind kind) {
  return static_cast<std::size_t>(kind);
}

// The content of an element as one string of parts; `empty` until a value
// with text is added (the names of keys do not count).
class Content {
public:
  Content& operator<<(std::string_view part) {
    empty_ = empty_ && part.empty();
    return mark(part);
  }
  Content& mark(std::string_view separator) {
    text_.append(separator).push_back('\x1f');
    return *this;
  }

  bool empty() const { return empty_; }
  const std::string& text() const { return text_; }

private:
  std::string text_;
  bool empty_ = true;
};

// A key's value; ids under their new names, lists of ids in any order.
void add_value(const FieldFormat& format, const ShownValue& value, const Renames& renames,
               Content& content) {
  switch (format.kind) {
  case ValueKind::reference:
  case ValueKind::references:
  case ValueKind::inputs: {
    std::vector<std::string_view> ids;
    for (const ShownItem& item : value) {
      ids.push_back(renames.new_id(format.names, item.text));
    }
    std::sort(ids.begin(), ids.end());
    for (std::string_view id : ids) {
      content << id;
    }
    break;
  }
  case ValueKind::elements:
    for (const ShownItem& item : value) {
      content << item.match;
      for (const ShownField& part : item.parts) {
        content.mark(part.key);
        add_value(*part.format, part.value, renames, content);
      }
    }
    break;
  default:
    for (const ShownItem& item : value) {
      content << item.text;
    }
  }
  content.mark("\x1e");
}

// Every key of the element but its id.
template <class Element>
void add_keys(const Element& element, const Renames& renames, Content& content) {
  for (const ElementKey<Element>& key : element_keys<Element>()) {
    if (key.show != nullptr && key.format.kind != ValueKind::id) {
      content.mark(key.key);
      add_value(key.format, key.show(element), renames, content);
    }
  }
}

const Ref& id_of(const Model& model, ElementRef element) {
  switch (element.kind) {
  case ElementKind::system:
    return model.systems[element.index].id;
  case ElementKind::process:
    return model.processes[element.index].id;
  case ElementKind::role:
    return model.roles[element.index].id;
  case ElementKind::tool:
    return model.tools[element.index].id;
  case ElementKind::data:
    break;
  }
  return model.data[element.index].id;
}

// Where an element is used: each reference's field and holder, sorted.
void add_uses(const DiffSide& side, ElementKind kind, std::string_view id, Content& content) {
  std::vector<std::string> uses;
  const ReferenceIndex& references = side.index.references;
  for (std::size_t position : references.references_to(kind, id)) {
    const Reference& reference = references.references()[position];
    std::string holder = reference.holder ? id_of(side.model, *reference.holder).id : "";
    uses.push_back(fmt::format("{}:{}:{}", info(reference.field).key, holder,
                               reference.step ? *reference.step : 0));
  }
  std::sort(uses.begin(), uses.end());
  for (const std::string& use : uses) {
    content << use;
  }
}

Content content_of(const DiffSide& side, ElementRef element, const Renames& renames) {
  const Model& model = side.model;
  Content content;
  switch (element.kind) {
  case ElementKind::role:
    add_keys(model.roles[element.index], renames, content);
    break;
  case ElementKind::tool:
    add_keys(model.tools[element.index], renames, content);
    break;
  case ElementKind::data:
    add_keys(model.data[element.index], renames, content);
    break;
  case ElementKind::process:
    add_keys(model.processes[element.index], renames, content);
    return content;
  case ElementKind::system: {
    const System& system = model.systems[element.index];
    add_keys(system, renames, content);
    for (std::size_t process : system.processes) {
      content << renames.new_id(ElementKind::process, model.processes[process].id.id);
    }
    for (std::size_t subsystem : system.subsystems) {
      content << model.systems[subsystem].id.id;
    }
    return content;
  }
  }
  add_uses(side, element.kind, id_of(model, element).id, content);
  return content;
}

using ContentIds = std::unordered_map<std::string, std::vector<std::string_view>>;

// The elements of a kind defined only in `side`, by content.
ContentIds only_in(const DiffSide& side, const DiffSide& other, ElementKind kind,
                   const Renames& renames) {
  ContentIds by_content;
  for (const Definition& definition : side.index.references.definitions()) {
    if (definition.element.kind != kind ||
        other.index.references.definition(kind, definition.id->id) != nullptr) {
      continue;
    }
    Content content = content_of(side, definition.element, renames);
    if (!content.empty()) {
      by_content[content.text()].push_back(definition.id->id);
    }
  }
  return by_content;
}

void find_renames_of(Comparison& comparison, ElementKind kind) {
  ContentIds removed = only_in(comparison.old_side, comparison.new_side, kind, comparison.renames);
  ContentIds added = only_in(comparison.new_side, comparison.old_side, kind, comparison.renames);
  std::vector<std::pair<std::string_view, std::string_view>> pairs;
  for (const auto& [content, new_ids] : added) {
    auto old_ids = removed.find(content);
    if (new_ids.size() == 1 && old_ids != removed.end() && old_ids->second.size() == 1) {
      pairs.emplace_back(old_ids->second.front(), new_ids.front());
    }
  }
  for (const auto& [old_id, new_id] : pairs) {
    comparison.renames.add(kind, old_id, new_id);
  }
}

} // namespace

void Renames::add(ElementKind kind, std::string_view old_id, std::string_view new_id) {
  to_new_[kind_slot(kind)][old_id] = new_id;
  to_old_[kind_slot(kind)][new_id] = old_id;
}

// Most kinds have no renames: their ids are not even hashed.
std::string_view Renames::new_id(ElementKind kind, std::string_view old_id) const {
  const Map& map = to_new_[kind_slot(kind)];
  if (map.empty()) {
    return old_id;
  }
  auto found = map.find(old_id);
  return found == map.end() ? old_id : found->second;
}

std::string_view Renames::old_id(ElementKind kind, std::string_view new_id) const {
  const Map& map = to_old_[kind_slot(kind)];
  if (map.empty()) {
    return new_id;
  }
  auto found = map.find(new_id);
  return found == map.end() ? new_id : found->second;
}

std::string_view Renames::new_id_of_any(std::string_view old_id) const {
  for (const Map& map : to_new_) {
    if (auto found = map.empty() ? map.end() : map.find(old_id); found != map.end()) {
      return found->second;
    }
  }
  return old_id;
}

bool Renames::empty() const {
  return std::all_of(std::begin(to_new_), std::end(to_new_),
                     [](const Map& map) { return map.empty(); });
}

void find_renames(Comparison& comparison) {
  for (ElementKind kind : {ElementKind::role, ElementKind::tool, ElementKind::data,
                           ElementKind::process, ElementKind::system}) {
    find_renames_of(comparison, kind);
  }
}

} // namespace bizmap
