#pragma once

#include <array>
#include <bizmap/diagnostic.hpp>
#include <cstdint>
#include <span>
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

/// Every element of the format, the top level first, from the same tables
/// that the loader reads the files with.
std::vector<ElementFormat> format_elements();

/// The element named `name` in `elements`, or null.
const ElementFormat* find_element(std::span<const ElementFormat> elements, std::string_view name);

/// The pattern of an id, and of a duration, as ECMAScript regular
/// expressions (the dialect of JSON Schema).
inline constexpr std::string_view id_pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
inline constexpr std::string_view duration_pattern = "^(?!0+[mhdw]$)[0-9]{1,6}[mhdw]$";

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
