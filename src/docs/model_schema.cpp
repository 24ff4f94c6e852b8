#include "docs/model_schema.hpp"

#include "load/format.hpp"
#include "output/json_document.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace bizmap {
namespace {

using Json = JsonDocument;

// YAML reads `2024` as a number and `yes` as a boolean; the loader takes any
// single value as text, and so does the schema.
const Json single_value = {"string", "number", "boolean"};

Json definition_ref(std::string_view element) {
  std::string name(element);
  std::replace(name.begin(), name.end(), ' ', '-');
  return {{"$ref", fmt::format("#/definitions/{}", name)}};
}

Json list_of(Json items) {
  return {{"type", "array"}, {"items", std::move(items)}};
}

Json element_item(const ElementFormat& element) {
  if (element.shorthand.empty()) {
    return definition_ref(element.name);
  }
  return {
      {"anyOf",
       {{{"type", single_value},
         {"description", fmt::format("Shorthand for a map with only `{}`.", element.shorthand)}},
        definition_ref(element.name)}}};
}

Json value_schema(const FieldFormat& format, std::span<const ElementFormat> elements) {
  switch (format.kind) {
  case ValueKind::version:
    return {{"const", 1}};
  case ValueKind::text:
  case ValueKind::reference:
    return {{"type", single_value}};
  case ValueKind::id:
    // An id written as a plain number (`2024`) is a number in YAML.
    return {{"type", {"string", "integer"}}, {"pattern", id_pattern}, {"minimum", 0}};
  case ValueKind::references:
  case ValueKind::texts:
    return list_of({{"type", single_value}, {"minLength", 1}});
  case ValueKind::choice:
    return {{"enum", format.choices}};
  case ValueKind::duration:
    return {{"type", "string"}, {"pattern", duration_pattern}};
  case ValueKind::number:
    return {{"type", "number"}, {"minimum", 0}};
  case ValueKind::numbers:
    return list_of({{"type", "number"}, {"minimum", 0}});
  case ValueKind::volume:
    // A bare number is a number in YAML; a rate is text.
    return {{"type", {"string", "number"}}, {"pattern", volume_pattern}, {"exclusiveMinimum", 0}};
  case ValueKind::inputs:
    return list_of(
        {{"anyOf", {{{"type", single_value}, {"minLength", 1}}, definition_ref(format.element)}}});
  case ValueKind::element:
    return definition_ref(format.element);
  case ValueKind::elements:
    return list_of(element_item(*find_element(elements, format.element)));
  }
  return {};
}

// The loader reads an empty value as an absent key: only required keys
// must have one.
Json allowing_empty(Json schema) {
  if (schema.contains("type")) {
    Json types = schema["type"].is_array() ? schema["type"] : Json::array({schema["type"]});
    types.push_back("null");
    schema["type"] = std::move(types);
    return schema;
  }
  if (schema.contains("enum")) {
    schema["enum"].push_back(nullptr);
    return schema;
  }
  return {{"anyOf", {std::move(schema), {{"type", "null"}}}}};
}

Json field_schema(const FieldFormat& format, std::span<const ElementFormat> elements) {
  Json schema = value_schema(format, elements);
  if (!format.required && format.kind != ValueKind::version) {
    schema = allowing_empty(std::move(schema));
  }
  Json described = {{"description", format.description}};
  described.update(schema);
  return described;
}

Json element_schema(const ElementFormat& element, std::span<const ElementFormat> elements) {
  Json properties = Json::object();
  Json required = Json::array();
  for (const FormatField& field : element.fields) {
    properties[std::string(field.key)] = field_schema(field.format, elements);
    if (field.format.required) {
      required.push_back(field.key);
    }
  }
  Json schema = {{"description", element.description},
                 {"type", "object"},
                 {"properties", std::move(properties)}};
  if (!required.empty()) {
    schema["required"] = std::move(required);
  }
  schema["additionalProperties"] = false;
  return schema;
}

} // namespace

std::string model_schema() {
  std::vector<ElementFormat> elements = format_elements();
  Json definitions = Json::object();
  for (const ElementFormat& element : elements) {
    if (element.name != "model") {
      std::string name(element.name);
      std::replace(name.begin(), name.end(), ' ', '-');
      definitions[name] = element_schema(element, elements);
    }
  }
  Json schema = {{"$schema", "http://json-schema.org/draft-07/schema#"},
                 {"title", "bizmap model, format version 1"}};
  schema.update(element_schema(*find_element(elements, "model"), elements));
  schema["definitions"] = std::move(definitions);
  return json_text(schema);
}

} // namespace bizmap
