// Completion of the keys of the element under the cursor, of ids in every
// reference position, and of the words of a choice.
#include "lsp/features.hpp"
#include "lsp/format_context.hpp"

#include <fmt/format.h>
#include <set>

namespace bizmap::lsp {
namespace {

// LSP CompletionItemKind values.
constexpr int property_kind = 10;
constexpr int value_kind = 12;
constexpr int enum_member_kind = 20;
constexpr int reference_kind = 18;

std::string_view type_of(const FieldFormat& format) {
  switch (format.kind) {
  case ValueKind::version:
    return "the format version";
  case ValueKind::text:
    return "text";
  case ValueKind::id:
  case ValueKind::reference:
    return "id";
  case ValueKind::references:
    return "list of ids";
  case ValueKind::texts:
    return "list of text";
  case ValueKind::choice:
    return "one word";
  case ValueKind::duration:
    return "duration";
  case ValueKind::number:
    return "number";
  case ValueKind::numbers:
    return "list of numbers";
  case ValueKind::volume:
    return "number of runs, or a rate";
  case ValueKind::inputs:
    return "list of ids or one_of";
  case ValueKind::element:
    return "map";
  case ValueKind::elements:
    return "list";
  }
  return "";
}

Json item(std::string label, int kind, std::string detail, std::string documentation,
          Range replaced, std::string text) {
  Json completion = {{"label", label},
                     {"kind", kind},
                     {"detail", std::move(detail)},
                     {"filterText", label},
                     {"textEdit", {{"range", to_json(replaced)}, {"newText", std::move(text)}}}};
  if (!documentation.empty()) {
    completion["documentation"] = {{"kind", "markdown"}, {"value", std::move(documentation)}};
  }
  return completion;
}

// The name shown beside an id: the element's name, if it has one.
std::string name_of(const Model& model, const Definition& definition) {
  std::size_t i = definition.element.index;
  switch (definition.element.kind) {
  case ElementKind::role:
    return model.roles[i].name;
  case ElementKind::tool:
    return model.tools[i].name;
  case ElementKind::data:
    return model.data[i].name;
  case ElementKind::system:
    return model.systems[i].name;
  case ElementKind::process:
    return model.processes[i].name;
  }
  return {};
}

// The ids a reference may name: declared ones, and while no catalogue of the
// kind exists, the names already used for it.
std::vector<std::pair<std::string, std::string>> candidate_ids(const Analysis& analysis,
                                                               ElementKind kind) {
  const ReferenceIndex& references = analysis.index().references;
  std::vector<std::pair<std::string, std::string>> ids;
  std::set<std::string_view> seen;
  for (const Definition& definition : references.definitions()) {
    if (definition.element.kind == kind && seen.insert(definition.id->id).second) {
      ids.emplace_back(definition.id->id, name_of(analysis.model(), definition));
    }
  }
  if (!references.is_checked(kind)) {
    for (const Reference& reference : references.references()) {
      if (reference.names() == kind && seen.insert(reference.ref->id).second) {
        ids.emplace_back(reference.ref->id, "");
      }
    }
  }
  return ids;
}

} // namespace

Json completion(EditedModel& edited, const Analysis& analysis, const Json& params) {
  DocumentPosition place = document_position(edited, analysis, params);
  const PositionMap& text = *place.source->positions;
  std::size_t offset = text.offset_of(place.position) - text.offset_of({place.position.line, 0});
  static const std::vector<ElementFormat> elements = format_elements();
  FormatContext context = format_context(text, place.position.line, offset, elements);
  Json items = Json::array();
  std::string_view line = text.line(place.position.line);
  Range replaced{text.position_of(place.position.line + 1,
                                  count_characters(line.substr(0, context.partial_start)) + 1),
                 place.position};
  if (context.place == FormatContext::CursorPlace::key) {
    std::set<std::string_view> present(context.present_keys.begin(), context.present_keys.end());
    for (const FormatField& field : context.element->fields) {
      if (!present.contains(field.key)) {
        items.push_back(
            item(std::string(field.key), property_kind,
                 fmt::format("{} of a {}", type_of(field.format), context.element->name),
                 std::string(field.format.description), replaced, fmt::format("{}: ", field.key)));
      }
    }
  } else if (context.place == FormatContext::CursorPlace::value && context.field != nullptr) {
    const FieldFormat& format = context.field->format;
    if (format.kind == ValueKind::reference || format.kind == ValueKind::references ||
        format.kind == ValueKind::inputs) {
      for (const auto& [id, name] : candidate_ids(analysis, format.names)) {
        items.push_back(item(id, reference_kind,
                             name.empty() ? std::string(to_string(format.names))
                                          : fmt::format("{}: {}", to_string(format.names), name),
                             "", replaced, id));
      }
    } else if (format.kind == ValueKind::choice) {
      for (std::string_view word : format.choices) {
        items.push_back(item(std::string(word), enum_member_kind,
                             fmt::format("{}", context.field->key), std::string(format.description),
                             replaced, std::string(word)));
      }
    } else if (format.kind == ValueKind::version) {
      items.push_back(item("1", value_kind, "format version", "", replaced, "1"));
    }
  }
  return {{"isIncomplete", false}, {"items", std::move(items)}};
}

} // namespace bizmap::lsp
