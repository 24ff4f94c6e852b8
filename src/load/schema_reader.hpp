#pragma once

#include "load/format.hpp"
#include "rules/rule.hpp"
#include "yaml/tree.hpp"

#include <algorithm>
#include <bizmap/model.hpp>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace bizmap {

/// What the items of a list are: a lone item written without the list is
/// read as a list of one.
enum class Items : std::uint8_t { values, maps, values_or_maps };

/// Turns the YAML tree of model files into the model, reporting every schema
/// finding (wrong types, unknown keys, bad values, repeated ids) on the way.
class SchemaReader {
public:
  SchemaReader(Model& model, std::vector<Diagnostic>& findings)
      : model_(model), findings_(findings) {}

  /// Reads the top-level map of a model file into the model.
  void read_file(const yaml::Node& root);
  void read_business(const yaml::Node& key, const yaml::Node& value);

  // Primitives used by the element readers. `key` names the value in messages.
  Diagnostic& report(const Rule& rule, const Location& at, std::string message,
                     std::string suggestion = {});
  std::optional<std::string> text(const yaml::Node& value, std::string_view key);
  std::optional<Ref> reference(const yaml::Node& value, std::string_view key);
  /// References; a single value where the list belongs is read as a list of
  /// one, or of its comma-separated parts.
  std::vector<Ref> references(const yaml::Node& value, std::string_view key);
  std::vector<std::string> texts(const yaml::Node& value, std::string_view key);
  /// A list item that must be a non-empty single value.
  std::optional<std::string> item_text(const yaml::Node& item, std::string_view key);
  std::optional<Ref> id(const yaml::Node& value);
  /// The value as a list of items. A lone item where the list belongs is
  /// reported and read as a list of one; any other wrong type gives none.
  std::span<const yaml::Node* const> list(const yaml::Node& value, std::string_view key,
                                          Items items);
  /// True when the value is a map; reports a wrong type otherwise.
  bool expect_map(const yaml::Node& value, std::string_view what);

  template <class Enum>
  std::optional<Enum> choice(const yaml::Node& value, std::string_view key,
                             std::span<const std::pair<std::string_view, Enum>> choices);

  /// Registers an id; reports and returns false when its kind already has it.
  bool claim(ElementKind kind, const Ref& id);

  /// How many findings were reported so far: where an element's start.
  std::size_t finding_count() const { return findings_.size(); }
  /// Names the element as the subject of the findings reported since
  /// `first` that have none yet (an element's own, not its parts').
  void attribute_since(std::size_t first, ElementKind kind, std::string_view id);
  void report_missing(const Location& at, std::string_view element, std::string_view key);

  Model& model() { return model_; }
  /// Whether a `business` key was read.
  bool describes_business() const { return business_at_.has_value(); }

private:
  std::vector<Ref> separated_references(const yaml::Node& value, std::string_view key);
  std::optional<std::string> chosen_word(const yaml::Node& value, std::string_view key,
                                         std::span<const std::string_view> names);

  Model& model_;
  std::vector<Diagnostic>& findings_;
  std::unordered_map<std::string, Location> ids_[5];
  std::optional<Location> business_at_;
  std::deque<const yaml::Node*> lone_items_; ///< stable storage for lists of one
};

/// How a kind of node is described in messages: "a list", "text", ...
std::string_view describe(const yaml::Node& node);

template <class Enum>
std::optional<Enum>
SchemaReader::choice(const yaml::Node& value, std::string_view key,
                     std::span<const std::pair<std::string_view, Enum>> choices) {
  std::vector<std::string_view> names;
  for (const auto& [name, _] : choices) {
    names.push_back(name);
  }
  std::optional<std::string> chosen = chosen_word(value, key, names);
  for (const auto& [name, option] : choices) {
    if (chosen && *chosen == name) {
      return option;
    }
  }
  return std::nullopt;
}

/// One key of an element: how to read its value into the `Element` being
/// read, what the format says about it, and how to show its value in the
/// `Shown` element of the model that reading fills (the same type, but for
/// a system, read into a draft, and `external`, whose lists the model holds).
template <class Element, class Shown = Element> struct Field {
  std::string_view key;
  void (*read)(SchemaReader&, const yaml::Node& key, const yaml::Node& value, Element& into);
  FieldFormat format;
  ShownValue (*show)(const Shown&) = nullptr;
  /// What a report's facts list calls the key, in words ("How often"); empty
  /// for a readable form of the key itself.
  std::string_view label = {};
};

/// A field table, as a parameter that names the element it reads explicitly
/// (`read_fields<Step>(...)`, `<SystemReading, System>`): not deduced from it.
template <class Element, class Shown>
using Fields = std::type_identity_t<std::span<const Field<Element, Shown>>>;

/// The documented keys of a field table.
template <class Element, class Shown = Element>
std::vector<FormatField> documented(Fields<Element, Shown> fields) {
  std::vector<FormatField> keys;
  for (const Field<Element, Shown>& field : fields) {
    keys.push_back({field.key, field.format});
  }
  return keys;
}

/// The keys of a field table as the stages after loading read them.
template <class Element, class Shown = Element>
std::vector<ElementKey<Shown>> shown_keys(Fields<Element, Shown> fields) {
  std::vector<ElementKey<Shown>> keys;
  for (const Field<Element, Shown>& field : fields) {
    keys.push_back({field.key, field.format, field.show, field.label});
  }
  return keys;
}

/// Reads every entry of `map` with the matching field; keys that match no
/// field are reported with the closest valid key. Null values count as absent.
template <class Element, class Shown = Element>
void read_fields(SchemaReader& reader, const yaml::Node& map, Fields<Element, Shown> fields,
                 Element& into, std::string_view element);

/// Reports a key the element does not have, with the closest valid key.
/// Returns the key it is read as: the only valid key it is close to, when
/// the element lacks that key (`ownr` for `owner`).
std::optional<std::string_view> report_unknown_key(SchemaReader& reader, const yaml::Node& key,
                                                   std::span<const std::string_view> valid,
                                                   std::string_view element);

/// In a map written in braces, `{id: x, description: a, b}`, the text after a
/// comma of an unquoted value is read as keys without values: when key `i`
/// is the first of those, reports them once, at the value, saying to put it
/// in quotes, and returns how many keys that one finding stands for; else 0.
std::size_t report_comma_in_value(SchemaReader& reader, const yaml::Node& map, std::size_t i);

// The keys a misspelt key may have meant: those the map does not have yet
// ('when' in a what-if that has 'then' meant 'if'). It costs a look at every
// key of the map, so a map computes it once, not once for each unknown key.
template <class Element, class Shown>
std::vector<std::string_view> unused_keys(const yaml::Node& map,
                                          std::span<const Field<Element, Shown>> fields) {
  std::vector<std::string_view> keys;
  for (const Field<Element, Shown>& field : fields) {
    bool present = false;
    for (std::size_t i = 0; i < map.map_size() && !present; ++i) {
      present = map.key(i).text() == field.key;
    }
    if (!present) {
      keys.push_back(field.key);
    }
  }
  return keys;
}

template <class Element, class Shown>
void read_fields(SchemaReader& reader, const yaml::Node& map, Fields<Element, Shown> fields,
                 Element& into, std::string_view element) {
  auto field_named = [&](std::string_view name) {
    return std::find_if(fields.begin(), fields.end(),
                        [&](const Field<Element, Shown>& f) { return f.key == name; });
  };
  std::optional<std::vector<std::string_view>> unused;
  for (std::size_t i = 0; i < map.map_size(); ++i) {
    const yaml::Node& key = map.key(i);
    const yaml::Node& value = map.value(i);
    auto field = field_named(key.text());
    if (field != fields.end() && key.is_scalar()) {
      if (!yaml::is_null_scalar(value)) {
        field->read(reader, key, value, into);
      }
      continue;
    }
    if (std::size_t keys = report_comma_in_value(reader, map, i)) {
      i += keys - 1;
      continue;
    }
    if (!unused) {
      unused = unused_keys(map, fields);
    }
    std::optional<std::string_view> read_as = report_unknown_key(reader, key, *unused, element);
    if (read_as && !yaml::is_null_scalar(value)) {
      std::string_view meant = *read_as; // a copy: it views an item of `unused`
      std::erase(*unused, meant);        // one misspelt key for each missing one
      field_named(meant)->read(reader, key, value, into);
    }
  }
}

} // namespace bizmap
