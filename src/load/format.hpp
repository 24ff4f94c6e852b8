#pragma once

#include <algorithm>
#include <array>
#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// What a key of the format holds.
enum class ValueKind : std::uint8_t {
  version,    ///< the format version, the number 1
  text,       ///< any single value
  id,         ///< the element's own id, lower-case kebab-case
  reference,  ///< one id of another element
  references, ///< a list of ids of other elements
  texts,      ///< a list of single values
  choice,     ///< one word of a fixed list
  duration,   ///< <number><m|h|d|w>
  number,     ///< a number, such as 37.5
  numbers,    ///< a list of numbers
  volume,     ///< runs each time the frequency comes round (140), or a rate (30/month)
  inputs,     ///< a list of data ids, and of maps of alternatives (`one_of`)
  element,    ///< a map: one element of the format
  elements,   ///< a list of elements
};

/// How the format documents a key: what it holds and what it means. The
/// loader's field tables carry one per key, so that the JSON Schema, hovers
/// and completions in editors say what the loader reads.
struct FieldFormat {
  ValueKind kind = ValueKind::text;
  std::string_view description;
  ElementKind names = ElementKind::process;       ///< for references: the kind they name
  std::string_view element = {};                  ///< for element(s): its name in format_elements()
  std::span<const std::string_view> choices = {}; ///< for a choice: the words
  bool required = false;                          ///< leaving it out is a missing-field finding
};

/// One key of an element, as documented.
struct FormatField {
  std::string_view key;
  FieldFormat format;
};

/// One element of the format: a map of keys.
struct ElementFormat {
  std::string_view name;    ///< "process", "step", ... ("model" for the top level)
  std::string_view heading; ///< the heading of its section in docs/model.md
  std::string_view description;
  /// The key that a plain text item stands for ("do" of a step), or empty
  /// when the element is always a map.
  std::string_view shorthand = {};
  std::vector<FormatField> fields;
};

struct ShownField;

/// One value of a key as the stages after loading compare and show it: a
/// single value, one id or text of a list, or one element of a list.
struct ShownItem {
  std::string text;  ///< as it reads: "30m", "cook", "if the oven fails: call the engineer"
  std::string match; ///< what an element of a list is matched by (a step's action); else `text`
  std::optional<Location> at;    ///< where it is written, where the model keeps that
  std::vector<ShownField> parts; ///< an element of a list: its keys but the one it is matched by
};

/// A key's value in one element: no item when the key is not set.
using ShownValue = std::vector<ShownItem>;

/// A key of an element with its value in one element.
struct ShownField {
  std::string_view key;
  const FieldFormat* format;
  ShownValue value;
};

/// A key of an element as the stages after loading read it: what the format
/// says about it, and how to get its value from an element. `show` is null
/// for a key that holds elements compared on their own (a system's processes).
template <class Element> struct ElementKey {
  std::string_view key;
  FieldFormat format;
  ShownValue (*show)(const Element&) = nullptr;
  /// What a report's facts list calls the key, in words; see fact_label().
  std::string_view label = {};
};

/// What a report's facts list calls a key: its label in words ("How often"
/// for `frequency`), or for a key without one, the key made readable
/// ("service_level" reads "Service level"), so that no key goes unnamed.
template <class Element> std::string fact_label(const ElementKey<Element>& key) {
  if (!key.label.empty()) {
    return std::string(key.label);
  }
  std::string label(key.key);
  std::replace(label.begin(), label.end(), '_', ' ');
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') {
    label[0] = static_cast<char>(label[0] - 'a' + 'A');
  }
  return label;
}

/// The keys of an element, in the order of the format, from the same tables
/// that the loader reads the files with: `diff` compares them one by one.
template <class Element> std::span<const ElementKey<Element>> element_keys();
template <> std::span<const ElementKey<Business>> element_keys<Business>();
template <> std::span<const ElementKey<Role>> element_keys<Role>();
template <> std::span<const ElementKey<Tool>> element_keys<Tool>();
template <> std::span<const ElementKey<DataItem>> element_keys<DataItem>();
template <> std::span<const ElementKey<System>> element_keys<System>();
template <> std::span<const ElementKey<Process>> element_keys<Process>();
template <> std::span<const ElementKey<Step>> element_keys<Step>();
template <> std::span<const ElementKey<Link>> element_keys<Link>();
template <> std::span<const ElementKey<WhatIf>> element_keys<WhatIf>();
/// The `external` keys, whose values the model holds.
template <> std::span<const ElementKey<Model>> element_keys<Model>();

/// Every key of an element with its value in `element`, but `except`.
template <class Element>
std::vector<ShownField> shown_fields(const Element& element, std::string_view except = {}) {
  std::vector<ShownField> fields;
  for (const ElementKey<Element>& key : element_keys<Element>()) {
    if (key.show != nullptr && key.key != except) {
      fields.push_back({key.key, &key.format, key.show(element)});
    }
  }
  return fields;
}

/// Every element of the format, the top level first, from the same tables
/// that the loader reads the files with.
std::vector<ElementFormat> format_elements();

/// The element named `name` in `elements`, or null.
const ElementFormat* find_element(std::span<const ElementFormat> elements, std::string_view name);

/// The pattern of an id, and of a duration, as ECMAScript regular
/// expressions (the dialect of JSON Schema).
inline constexpr std::string_view id_pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
inline constexpr std::string_view duration_pattern = "^(?!0+[mhdw]$)[0-9]{1,6}[mhdw]$";
/// The pattern of a volume written as text: `140`, `30/month`, `2.5/day`.
inline constexpr std::string_view volume_pattern =
    "^[0-9]+(\\.[0-9]+)?(/(day|week|month|quarter|year))?$";

/// The words of an enum's name table, for a FieldFormat's choices.
template <const auto& table>
inline constexpr auto choice_words = [] {
  std::array<std::string_view, std::size(table)> words{};
  for (std::size_t i = 0; i < words.size(); ++i) {
    words[i] = table[i].first;
  }
  return words;
}();

} // namespace bizmap
