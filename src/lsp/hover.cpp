// Hover: what an id is and how it connects, or what a key of the format means.
#include "lsp/features.hpp"
#include "lsp/format_context.hpp"

#include <fmt/format.h>
#include <set>

namespace bizmap::lsp {
namespace {

std::string code(std::string_view id) {
  return fmt::format("`{}`", id);
}

std::string joined(const std::vector<std::string>& items) {
  return items.empty() ? "none" : fmt::format("{}", fmt::join(items, ", "));
}

std::string ids_of(const std::vector<Ref>& refs) {
  std::vector<std::string> ids;
  for (const Ref& ref : refs) {
    ids.push_back(code(ref.id));
  }
  return joined(ids);
}

std::string heading(std::string_view kind, std::string_view id, std::string_view name) {
  return name.empty() || name == id ? fmt::format("**{}** {}", kind, code(id))
                                    : fmt::format("**{}** {}: {}", kind, code(id), name);
}

std::string process_ids(const std::vector<Handoffs::Use>& uses, const Model& model) {
  std::vector<std::string> ids;
  std::set<std::size_t> seen;
  for (const Handoffs::Use& use : uses) {
    if (seen.insert(use.process).second) {
      ids.push_back(code(model.processes[use.process].id.id));
    }
  }
  return joined(ids);
}

std::string data_hover(const Analysis& analysis, std::string_view id) {
  const Model& model = analysis.model();
  const ModelIndex& index = analysis.index();
  const Definition* definition = index.references.definition(ElementKind::data, id);
  const DataItem* item = definition ? &model.data[definition->element.index] : nullptr;
  std::string text = heading("data", id, item ? item->name : "");
  if (item && !item->description.empty()) {
    text += "\n\n" + item->description;
  }
  std::vector<Handoffs::Use> producers(index.handoffs.producers(id).begin(),
                                       index.handoffs.producers(id).end());
  std::vector<Handoffs::Use> consumers(index.handoffs.consumers(id).begin(),
                                       index.handoffs.consumers(id).end());
  text += fmt::format("\n\n- produced by: {}", process_ids(producers, model));
  if (index.handoffs.is_external_input(id)) {
    text += " (arrives from outside the business)";
  }
  text += fmt::format("\n- consumed by: {}", process_ids(consumers, model));
  if (index.handoffs.is_external_output(id)) {
    text += " (delivered outside the business)";
  }
  std::string record = item && item->system_of_record ? code(item->system_of_record->id) : "none";
  text += fmt::format("\n- system of record: {}", record);
  return text;
}

std::string role_hover(const Analysis& analysis, std::string_view id) {
  const Model& model = analysis.model();
  const ReferenceIndex& references = analysis.index().references;
  const Role* role = references.role(id);
  std::string text = heading("role", id, role ? role->name : "");
  if (role && !role->description.empty()) {
    text += "\n\n" + role->description;
  }
  std::vector<std::string> owns;
  std::vector<std::string> performs;
  std::vector<std::string> manages;
  for (std::size_t i : references.references_to(ElementKind::role, id)) {
    const Reference& reference = references.references()[i];
    if (!reference.holder) {
      continue;
    }
    std::size_t holder = reference.holder->index;
    if (reference.field == RefField::process_owner) {
      owns.push_back(code(model.processes[holder].id.id));
    } else if (reference.field == RefField::step_by) {
      performs.push_back(
          fmt::format("step {} of {}", *reference.step + 1, code(model.processes[holder].id.id)));
    } else if (reference.field == RefField::system_manager) {
      manages.push_back(code(model.systems[holder].id.id));
    }
  }
  return text + fmt::format("\n\n- owns: {}\n- performs: {}\n- manages: {}", joined(owns),
                            joined(performs), joined(manages));
}

// A key's value as a hover line shows it: ids as code, elements counted.
std::string shown(const FieldFormat& format, const ShownValue& value) {
  if (format.kind == ValueKind::elements) {
    return std::to_string(value.size());
  }
  bool ids = format.kind == ValueKind::reference || format.kind == ValueKind::references ||
             format.kind == ValueKind::inputs;
  std::vector<std::string> items;
  for (const ShownItem& item : value) {
    items.push_back(ids ? code(item.text) : item.text);
  }
  return joined(items);
}

// Every key of the element that is set, from the loader's field table, but
// those the heading shows already.
template <class Element> std::string key_lines(const Element& element) {
  std::string lines;
  for (const ElementKey<Element>& key : element_keys<Element>()) {
    if (key.show == nullptr || key.format.kind == ValueKind::id || key.key == "name" ||
        key.key == "description") {
      continue;
    }
    ShownValue value = key.show(element);
    if (!value.empty()) {
      lines += fmt::format("\n- {}: {}", key.key, shown(key.format, value));
    }
  }
  return lines;
}

std::string process_hover(const Analysis& analysis, const Process& process) {
  const Model& model = analysis.model();
  std::string text = heading("process", process.id.id, process.name);
  if (!process.description.empty()) {
    text += "\n\n" + process.description;
  }
  std::string system = process.system ? code(model.systems[*process.system].id.id) : "none";
  std::string owner = process.owner ? "" : "\n- owner: none";
  return text + fmt::format("\n\n- system: {}{}", system, owner) + key_lines(process);
}

std::string system_hover(const Analysis& analysis, const System& system, std::size_t index) {
  const Model& model = analysis.model();
  std::vector<std::string> processes;
  for (std::size_t process : system.processes) {
    processes.push_back(code(model.processes[process].id.id));
  }
  const std::optional<Ref>& manager = analysis.index().handoffs.manager_of(index);
  return heading("system", system.id.id, system.name) +
         fmt::format("\n\n- goal: {}\n- manager: {}\n- outcomes: {}\n- processes: {}",
                     system.goal.empty() ? "none" : system.goal,
                     manager ? code(manager->id) : "none", ids_of(system.outcomes),
                     joined(processes));
}

std::string tool_hover(const Analysis& analysis, std::string_view id) {
  const Model& model = analysis.model();
  const ReferenceIndex& references = analysis.index().references;
  const Definition* definition = references.definition(ElementKind::tool, id);
  const Tool* tool = definition ? &model.tools[definition->element.index] : nullptr;
  std::string text = heading("tool", id, tool ? tool->name : "");
  if (tool && !tool->description.empty()) {
    text += "\n\n" + tool->description;
  }
  std::vector<std::string> users;
  std::set<std::string> seen;
  for (std::size_t i : references.references_to(ElementKind::tool, id)) {
    const Reference& reference = references.references()[i];
    if (!reference.holder) {
      continue;
    }
    const ElementRef& holder = *reference.holder;
    std::string_view holder_id =
        holder.kind == ElementKind::process  ? model.processes[holder.index].id.id
        : holder.kind == ElementKind::system ? model.systems[holder.index].id.id
                                             : model.data[holder.index].id.id;
    std::string user = fmt::format("{} {}", to_string(holder.kind), code(holder_id));
    if (seen.insert(user).second) {
      users.push_back(user);
    }
  }
  return text + fmt::format("\n\n- used by: {}", joined(users));
}

std::string symbol_hover(const Analysis& analysis, const Symbol& symbol) {
  const Model& model = analysis.model();
  const ReferenceIndex& references = analysis.index().references;
  switch (symbol.kind) {
  case ElementKind::data:
    return data_hover(analysis, symbol.id);
  case ElementKind::role:
    return role_hover(analysis, symbol.id);
  case ElementKind::tool:
    return tool_hover(analysis, symbol.id);
  case ElementKind::process:
    if (const Definition* found = references.definition(symbol.kind, symbol.id)) {
      return process_hover(analysis, model.processes[found->element.index]);
    }
    break;
  case ElementKind::system:
    if (const Definition* found = references.definition(symbol.kind, symbol.id)) {
      return system_hover(analysis, model.systems[found->element.index], found->element.index);
    }
    break;
  }
  return heading(to_string(symbol.kind), symbol.id, "");
}

Json markdown(std::string text, Range range) {
  return {{"contents", {{"kind", "markdown"}, {"value", std::move(text)}}},
          {"range", to_json(range)}};
}

} // namespace

Json hover(EditedModel& edited, const Analysis& analysis, const Json& params) {
  DocumentPosition place = document_position(edited, analysis, params);
  if (place.file) {
    if (std::optional<Symbol> symbol =
            analysis.lookup().at(*place.file, place.line, place.column)) {
      return markdown(symbol_hover(analysis, *symbol), range_in(analysis, symbol->at));
    }
  }
  // A key: what the format says it means.
  const PositionMap& text = *place.source->positions;
  std::string_view line = text.line(place.position.line);
  std::size_t offset = text.offset_of(place.position) - text.offset_of({place.position.line, 0});
  std::size_t end = offset;
  while (end < line.size() && (std::isalnum(static_cast<unsigned char>(line[end])) ||
                               line[end] == '_' || line[end] == '-')) {
    ++end;
  }
  static const std::vector<ElementFormat> elements = format_elements();
  FormatContext context = format_context(text, place.position.line, end, elements);
  if (context.place != FormatContext::CursorPlace::key || context.field == nullptr) {
    return nullptr;
  }
  const FormatField& field = *context.field;
  Position start{place.position.line, 0};
  start.character = text.position_of(place.position.line + 1,
                                     count_characters(line.substr(0, context.partial_start)) + 1)
                        .character;
  Position stop =
      text.position_of(place.position.line + 1, count_characters(line.substr(0, end)) + 1);
  return markdown(fmt::format("**{}** of a {}\n\n{}", field.key, context.element->name,
                              field.format.description),
                  {start, stop});
}

} // namespace bizmap::lsp
