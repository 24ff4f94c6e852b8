#pragma once

#include "load/format.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap::sheets {

/// The element of the format a column's cells belong to.
enum class Holder : std::uint8_t { business, external, role, tool, data, system, process, step };

/// What a column holds beside a key of its element.
enum class Special : std::uint8_t {
  none,
  system_path, ///< the ids of a system and those above it: `sales/lead-generation`
  step_number, ///< a step's place in its process, from 1
};

/// One column of a sheet: a key of an element, from the loader's field
/// tables (`element_keys`), so that a key added to the format is a column.
struct Column {
  std::string header;
  Holder holder = Holder::process;
  std::string_view key;                ///< empty for a special column
  const FieldFormat* format = nullptr; ///< null for a special column
  std::size_t index = 0;               ///< the key's place in element_keys() of its holder
  Special special = Special::none;
};

/// A sheet: its file name and columns, in the order they are written.
struct SheetLayout {
  std::string_view file;
  std::vector<Column> columns;
};

/// The sheets bizmap writes and reads, catalogues first and `processes.csv`
/// last, each with its columns.
std::span<const SheetLayout> sheet_layouts();

/// The layout of the sheet with this file name, or null.
const SheetLayout* find_layout(std::string_view file);

/// A header as import compares it: lower case, `_` and `-` as spaces.
std::string header_key(std::string_view header);

} // namespace bizmap::sheets
