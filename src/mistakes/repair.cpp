#include "mistakes/repair.hpp"

#include <algorithm>
#include <tuple>

namespace bizmap::yaml {
namespace {

// Byte offset within `line` of a 1-based character column (or the line's end).
std::size_t byte_of_column(std::string_view line, std::uint32_t column) {
  std::uint32_t characters = 1;
  for (std::size_t i = 0; i < line.size(); ++i) {
    bool starts_character = (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    if (starts_character) {
      if (characters == column) {
        return i;
      }
      ++characters;
    }
  }
  return line.size();
}

// Edits from the right: of two on one line, the one further right first.
std::vector<const Edit*> right_to_left(std::span<const Edit> edits) {
  std::vector<const Edit*> order;
  for (const Edit& edit : edits) {
    order.push_back(&edit);
  }
  std::stable_sort(order.begin(), order.end(), [](const Edit* a, const Edit* b) {
    return std::tie(b->line, b->column) < std::tie(a->line, a->column);
  });
  return order;
}

} // namespace

std::string apply_edits(const LineIndex& lines, std::span<const Edit> edits) {
  std::string text(lines.text());
  for (const Edit* edit : right_to_left(edits)) {
    std::string_view line = lines.line(edit->line);
    std::size_t start = lines.start_of(edit->line);
    std::size_t begin = byte_of_column(line, edit->column);
    std::size_t end = byte_of_column(line, edit->column + edit->remove);
    text.replace(start + begin, end - begin, edit->insert);
  }
  return text;
}

Edit blank_line(const LineIndex& lines, std::uint32_t line) {
  std::uint32_t characters = count_characters(lines.line(line));
  return {line, 1, characters, std::string(characters, ' ')};
}

void ColumnMap::add(std::span<const Edit> edits) {
  for (const Edit* edit : right_to_left(edits)) {
    shifts_[edit->line].push_back({edit->column, edit->remove, count_characters(edit->insert)});
  }
}

std::uint32_t ColumnMap::original(std::uint32_t line, std::uint32_t column) const {
  auto found = shifts_.find(line);
  if (found == shifts_.end()) {
    return column;
  }
  const std::vector<Shift>& shifts = found->second;
  for (auto shift = shifts.rbegin(); shift != shifts.rend(); ++shift) {
    if (column < shift->column) {
      continue;
    }
    if (column < shift->column + shift->inserted) {
      column = shift->column;
    } else {
      column = column - shift->inserted + shift->removed;
    }
  }
  return std::max<std::uint32_t>(column, 1);
}

} // namespace bizmap::yaml
