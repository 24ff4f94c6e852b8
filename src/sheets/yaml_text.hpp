#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bizmap::sheets {

/// The cell a value of the written model comes from: which sheet, and the
/// row and column a spreadsheet shows.
struct Origin {
  std::uint32_t sheet = 0;
  std::uint32_t row = 1;
  std::uint32_t column = 1;
};

struct YamlEntry;

/// A value of a model file as import writes it.
struct YamlValue {
  enum class Kind : std::uint8_t { scalar, sequence, map };
  Kind kind = Kind::scalar;
  bool flow = false;              ///< a sequence or map on one line: `[a, b]`, `{id: a, name: A}`
  std::string text;               ///< a scalar's text, as the reader is to read it
  std::vector<YamlEntry> entries; ///< a map's keys and values
  std::vector<YamlValue> items;   ///< a sequence's items
  std::optional<Origin> origin;

  static YamlValue scalar(std::string text, std::optional<Origin> origin = std::nullopt);
  static YamlValue sequence(bool flow);
  static YamlValue map(bool flow);
  /// Adds a key to a map.
  YamlValue& add(std::string key, YamlValue value);
};

/// A key of a map and its value.
struct YamlEntry {
  std::string key;
  YamlValue value;
};

/// Where a written value stands in its file, and the cell it came from.
struct Placed {
  std::uint32_t line = 1;
  std::uint32_t first_column = 1; ///< in characters
  std::uint32_t last_column = 1;
  Origin origin;
};

/// A model file's text and where each value from a cell stands in it.
struct WrittenFile {
  std::string text;
  std::vector<Placed> places; ///< in the order written: by line, then column
};

/// The top-level map as a person writes a model file: block style, each key
/// on its own line, flow style where a value asks for it, scalars plain
/// where YAML reads them back as the same text and quoted otherwise.
WrittenFile write_yaml(const YamlValue& document);

/// A scalar as YAML writes it, plain where that reads back as the same
/// text; in a flow collection, `flow` also quotes `,[]{}`.
std::string yaml_scalar(std::string_view text, bool flow);

} // namespace bizmap::sheets
