#pragma once

#include "load/format.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap::sheets {

/// A key's value as one cell: a list one item a line, a what-if
/// `if => then`, a link `[title](url)`, anything else as it reads.
std::string cell_text(const ShownValue& value, const FieldFormat& format);

/// The cell as written to a sheet: with a leading apostrophe when it starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return, so that no
/// spreadsheet runs it as a formula, or with an apostrophe (so that the one
/// import takes away is never the author's own).
std::string guarded(std::string text);

/// The cell as written by its author: the apostrophe guarded() adds taken
/// away.
std::string unguarded(std::string_view text);

/// The items of a list cell: one a line, or, in a cell of one line, one
/// between commas; blank items left out.
std::vector<std::string> list_items(std::string_view cell);

/// The lines of a cell that are not blank, each trimmed.
std::vector<std::string> cell_lines(std::string_view cell);

/// A what-if line, `if => then`.
struct WhatIfCell {
  std::string condition;
  std::string response;
};
std::optional<WhatIfCell> what_if_cell(std::string_view line);

/// A link line: `[title](url)`, or an address alone.
struct LinkCell {
  std::string title;
  std::string url;
};
LinkCell link_cell(std::string_view line);

/// An input of which any one will do: `one of: a | b (95/5)`, the percents
/// optional. Nothing when the line does not start with `one of:`.
struct OneOfCell {
  std::vector<std::string> alternatives;
  std::vector<std::string> shares; ///< as written, one a `/`; empty when not given
};
std::optional<OneOfCell> one_of_cell(std::string_view line);

/// Working time as a cell shows it: `7.5 hours a day, 5 days a week`.
struct CalendarCell {
  std::string hours_per_day;
  std::string days_per_week;
};
std::optional<CalendarCell> calendar_cell(std::string_view cell);

/// The text without spaces, tabs and line breaks at either end.
std::string_view trimmed(std::string_view text);

} // namespace bizmap::sheets
