// The conventions of a cell: lists, what-ifs, links and formulas.
#include "sheets/cells.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace bizmap::sheets {
namespace {

const ShownField* part(const ShownItem& item, std::string_view key) {
  for (const ShownField& field : item.parts) {
    if (field.key == key) {
      return &field;
    }
  }
  return nullptr;
}

std::string part_text(const ShownItem& item, std::string_view key) {
  const ShownField* field = part(item, key);
  return field == nullptr || field->value.empty() ? std::string() : field->value.front().text;
}

std::string item_line(const ShownItem& item, const FieldFormat& format) {
  if (format.element == "what-if") {
    return fmt::format("{} => {}", item.match, part_text(item, "then"));
  }
  if (format.element == "link") {
    std::string title = part_text(item, "title");
    return title.empty() ? item.match : fmt::format("[{}]({})", title, item.match);
  }
  return item.text;
}

bool is_list(const FieldFormat& format) {
  return format.kind == ValueKind::references || format.kind == ValueKind::texts ||
         format.kind == ValueKind::inputs || format.kind == ValueKind::numbers ||
         format.kind == ValueKind::elements;
}

} // namespace

std::string cell_text(const ShownValue& value, const FieldFormat& format) {
  if (!is_list(format)) {
    return value.empty() ? std::string() : value.front().text;
  }
  std::string cell;
  for (const ShownItem& item : value) {
    if (!cell.empty()) {
      cell += '\n';
    }
    cell += item_line(item, format);
  }
  // One item with a comma would read as two: a line end says it is one.
  if (value.size() == 1 && format.kind != ValueKind::elements &&
      cell.find(',') != std::string::npos) {
    cell += '\n';
  }
  return cell;
}

std::string guarded(std::string text) {
  constexpr std::string_view starts = "=+-@\t\r'";
  if (!text.empty() && starts.find(text.front()) != std::string_view::npos) {
    text.insert(text.begin(), '\'');
  }
  return text;
}

std::string unguarded(std::string_view text) {
  constexpr std::string_view starts = "=+-@\t\r'";
  if (text.size() >= 2 && text.front() == '\'' && starts.find(text[1]) != std::string_view::npos) {
    text.remove_prefix(1);
  }
  return std::string(text);
}

std::string_view trimmed(std::string_view text) {
  constexpr std::string_view blanks = " \t\r\n";
  std::size_t first = text.find_first_not_of(blanks);
  if (first == std::string_view::npos) {
    return {};
  }
  return text.substr(first, text.find_last_not_of(blanks) - first + 1);
}

namespace {

bool folded_equal(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

std::vector<std::string> split(std::string_view cell, char at) {
  std::vector<std::string> items;
  for (std::size_t start = 0; start <= cell.size();) {
    std::size_t end = cell.find(at, start);
    if (end == std::string_view::npos) {
      end = cell.size();
    }
    std::string_view item = trimmed(cell.substr(start, end - start));
    if (!item.empty()) {
      items.emplace_back(item);
    }
    start = end + 1;
  }
  return items;
}

} // namespace

std::vector<std::string> cell_lines(std::string_view cell) {
  return split(cell, '\n');
}

std::vector<std::string> list_items(std::string_view cell) {
  return split(cell, cell.find('\n') == std::string_view::npos ? ',' : '\n');
}

std::optional<WhatIfCell> what_if_cell(std::string_view line) {
  std::size_t arrow = line.find("=>");
  if (arrow == std::string_view::npos) {
    return std::nullopt;
  }
  return WhatIfCell{std::string(trimmed(line.substr(0, arrow))),
                    std::string(trimmed(line.substr(arrow + 2)))};
}

std::optional<OneOfCell> one_of_cell(std::string_view line) {
  constexpr std::string_view start = "one of:";
  std::string_view text = trimmed(line);
  if (text.size() < start.size() || !folded_equal(text.substr(0, start.size()), start)) {
    return std::nullopt;
  }
  text = trimmed(text.substr(start.size()));
  OneOfCell cell;
  std::size_t open = text.rfind('(');
  if (text.ends_with(')') && open != std::string_view::npos) {
    cell.shares = split(text.substr(open + 1, text.size() - open - 2), '/');
    text = trimmed(text.substr(0, open));
  }
  cell.alternatives = split(text, '|');
  return cell;
}

std::optional<CalendarCell> calendar_cell(std::string_view cell) {
  std::string_view text = trimmed(cell);
  std::size_t comma = text.find(',');
  if (comma == std::string_view::npos) {
    return std::nullopt;
  }
  auto number_before = [](std::string_view part,
                          std::string_view words) -> std::optional<std::string> {
    part = trimmed(part);
    if (!part.ends_with(words)) {
      return std::nullopt;
    }
    std::string_view number = trimmed(part.substr(0, part.size() - words.size()));
    return number.empty() ? std::nullopt : std::optional(std::string(number));
  };
  std::optional<std::string> hours = number_before(text.substr(0, comma), "hours a day");
  std::optional<std::string> days = number_before(text.substr(comma + 1), "days a week");
  if (!hours || !days) {
    return std::nullopt;
  }
  return CalendarCell{*hours, *days};
}

LinkCell link_cell(std::string_view line) {
  std::size_t middle = line.rfind("](");
  if (line.starts_with('[') && line.ends_with(')') && middle != std::string_view::npos) {
    return {std::string(line.substr(1, middle - 1)),
            std::string(trimmed(line.substr(middle + 2, line.size() - middle - 3)))};
  }
  return {{}, std::string(line)};
}

} // namespace bizmap::sheets
