#include "mistakes/mistake_scene.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <limits>

namespace bizmap::yaml {
namespace {

// The byte after a quoted key or value that starts at `begin`, or npos.
std::size_t after_quoted(std::string_view line, std::size_t begin) {
  char quote = line[begin];
  for (std::size_t i = begin + 1; i < line.size(); ++i) {
    if (quote == '"' && line[i] == '\\') {
      ++i;
    } else if (line[i] == quote) {
      if (quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// Where a comment starts (" #" outside quotes), or the line's end.
std::size_t comment_start(std::string_view line, std::size_t from) {
  for (std::size_t i = from; i < line.size(); ++i) {
    if ((line[i] == '"' || line[i] == '\'') && (i == from || line[i - 1] == ' ')) {
      std::size_t end = after_quoted(line, i);
      if (end == std::string_view::npos) {
        return line.size();
      }
      i = end - 1;
    } else if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return i;
    }
  }
  return line.size();
}

std::string_view trimmed_right(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
    text.remove_suffix(1);
  }
  return text;
}

// The key of "key: value" or "key:" starting at `begin`; sets `value`.
std::string_view key_at(std::string_view line, std::size_t begin, std::size_t& value) {
  value = line.size();
  if (begin >= line.size() ||
      std::string_view("[{|>&*!%@`,#").find(line[begin]) != std::string_view::npos) {
    return {};
  }
  std::size_t colon = std::string_view::npos;
  std::size_t name_begin = begin;
  std::size_t name_end = begin;
  if (line[begin] == '"' || line[begin] == '\'') {
    std::size_t end = after_quoted(line, begin);
    if (end == std::string_view::npos || end >= line.size() || line[end] != ':') {
      return {};
    }
    colon = end;
    name_begin = begin + 1;
    name_end = end - 1;
  } else {
    std::size_t end = comment_start(line, begin);
    for (std::size_t i = begin; i < end; ++i) {
      if (line[i] == ':' && (i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t')) {
        colon = i;
        break;
      }
    }
    if (colon == std::string_view::npos) {
      return {};
    }
    name_end = colon;
  }
  if (colon + 1 < line.size() && line[colon + 1] != ' ' && line[colon + 1] != '\t') {
    return {};
  }
  value = line.find_first_not_of(" \t", colon + 1);
  value = value == std::string_view::npos ? line.size() : value;
  return trimmed_right(line.substr(name_begin, name_end - name_begin));
}

Layout lay_out(std::string_view line) {
  Layout layout;
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos || line[i] == '#') {
    layout.indent = i == std::string_view::npos ? line.size() : i;
    return layout;
  }
  layout.blank = false;
  layout.indent = i;
  while (i < line.size() && line[i] == '-' && (i + 1 == line.size() || line[i + 1] == ' ')) {
    layout.dash = true;
    i = line.find_first_not_of(' ', i + 1);
    i = i == std::string_view::npos ? line.size() : i;
  }
  layout.content = i;
  layout.key = key_at(line, i, layout.value);
  if (layout.key.empty()) {
    layout.value = i;
  }
  std::size_t end = comment_start(line, layout.value);
  layout.value_text = trimmed_right(line.substr(layout.value, end - layout.value));
  return layout;
}

} // namespace

Scene::Scene(const LineIndex& lines, const ParseError& error)
    : lines_(lines), error_(error), error_line_(lines.line_of(error.offset)),
      error_column_(lines.column_of(std::min(error.offset, lines.text().size()))),
      error_byte_(std::min(error.offset, lines.text().size()) - lines.start_of(error_line_)),
      first_line_(std::min(lines.line_of(error.last_good), error_line_)) {}

std::pair<std::uint32_t, std::size_t> Scene::position(std::size_t offset) const {
  offset = std::min(offset, lines_.text().size());
  std::uint32_t line = lines_.line_of(offset);
  return {line, offset - lines_.start_of(line)};
}

const Layout& Scene::layout(std::uint32_t line) const {
  auto [found, added] = layouts_.try_emplace(line);
  if (added) {
    found->second = lay_out(text(line));
  }
  return found->second;
}

std::uint32_t Scene::column(std::uint32_t line, std::size_t offset) const {
  std::string_view t = text(line);
  return count_characters(t.substr(0, std::min(offset, t.size()))) + 1;
}

std::optional<std::uint32_t> Scene::previous_content(std::uint32_t line) const {
  for (std::uint32_t l = line; l-- > 1;) {
    if (!layout(l).blank && !in_block_text(l)) {
      return l;
    }
  }
  return std::nullopt;
}

std::optional<std::uint32_t> Scene::next_content(std::uint32_t line) const {
  for (std::uint32_t l = line + 1; l <= lines(); ++l) {
    if (!layout(l).blank) {
      return l;
    }
  }
  return std::nullopt;
}

// A line is block text when a line above it, less indented, ends in '|' or
// '>' (with their modifiers) and every line between is more indented too.
bool Scene::in_block_text(std::uint32_t line) const {
  std::size_t indent = layout(line).indent;
  for (std::uint32_t l = line; l-- > 1 && line - l < 200;) {
    const Layout& above = layout(l);
    if (above.blank) {
      continue;
    }
    if (above.indent >= indent) {
      continue;
    }
    std::string_view value = above.value_text;
    return !value.empty() && (value[0] == '|' || value[0] == '>') &&
           value.find_first_not_of("|>+-0123456789", 1) == std::string_view::npos;
  }
  return false;
}

std::vector<std::uint32_t> Scene::suspects() const {
  std::vector<std::uint32_t> found;
  std::uint32_t last = std::min(error_line_, lines());
  std::uint32_t first =
      std::max<std::uint32_t>(std::max<std::uint32_t>(first_line_, 1), last > 30 ? last - 30 : 1);
  for (std::uint32_t l = last; l >= first && l >= 1; --l) {
    if (!layout(l).blank && !in_block_text(l)) {
      found.push_back(l);
    }
  }
  return found;
}

std::vector<Scene::Level> Scene::open_levels(std::uint32_t line) const {
  std::vector<Level> levels;
  std::size_t limit = std::numeric_limits<std::size_t>::max();
  for (std::uint32_t l = line; l-- > 1 && limit > 0;) {
    const Layout& above = layout(l);
    if (above.blank || (above.key.empty() && !above.dash) || in_block_text(l)) {
      continue;
    }
    std::size_t key_column = above.content;
    if (key_column < limit && !above.key.empty()) {
      levels.push_back({l, key_column, false});
    }
    if (above.dash && above.indent < limit) {
      levels.push_back({l, above.indent, true});
    }
    limit = std::min(limit, above.dash ? above.indent : key_column);
  }
  return levels;
}

std::string Scene::describe(const Level& level) const {
  const Layout& at = layout(level.line);
  if (level.dash || at.key.empty()) {
    return fmt::format("the list item on line {}", level.line);
  }
  return fmt::format("'{}' on line {}", at.key, level.line);
}

Edit set_indentation(const Scene& scene, std::uint32_t line, std::size_t spaces) {
  std::string_view text = scene.text(line);
  std::size_t leading = text.find_first_not_of(" \t");
  leading = leading == std::string_view::npos ? text.size() : leading;
  return {line, 1, static_cast<std::uint32_t>(leading), std::string(spaces, ' ')};
}

Edit blank_line_of(const Scene& scene, std::uint32_t line) {
  std::uint32_t characters = count_characters(scene.text(line));
  return {line, 1, characters, std::string(characters, ' ')};
}

std::vector<Repair> indentation_repairs(const Scene& scene, std::uint32_t line,
                                        std::optional<std::size_t> near) {
  std::string_view text = scene.text(line);
  std::size_t start = text.find_first_not_of(" \t");
  bool list_item = start != std::string_view::npos && text[start] == '-';
  std::vector<std::pair<std::size_t, std::string>> choices;
  std::optional<std::uint32_t> above = scene.previous_content(line);
  if (above && !scene.layout(*above).key.empty() && scene.layout(*above).value_text.empty()) {
    const Layout& parent = scene.layout(*above);
    choices.emplace_back(parent.content + 2,
                         fmt::format("put it under '{}' on line {}", parent.key, *above));
  }
  for (const Scene::Level& level : scene.open_levels(line)) {
    if (!level.dash || list_item) {
      choices.emplace_back(level.column, fmt::format("line it up with {}", scene.describe(level)));
    }
  }
  if (near) {
    std::stable_sort(choices.begin(), choices.end(), [&](const auto& a, const auto& b) {
      auto distance = [&](std::size_t column) {
        return column > *near ? column - *near : *near - column;
      };
      return distance(a.first) < distance(b.first);
    });
  }
  std::vector<Repair> repairs;
  std::vector<std::size_t> tried;
  for (auto& [column, advice] : choices) {
    if (std::find(tried.begin(), tried.end(), column) != tried.end() || tried.size() >= 6) {
      continue;
    }
    tried.push_back(column);
    repairs.push_back(
        {{set_indentation(scene, line, column)}, fmt::format(" ({} spaces {})", column, advice)});
  }
  return repairs;
}

std::vector<Edit> quote_value(const Scene& scene, std::uint32_t line, std::size_t begin) {
  std::string_view text = scene.text(line);
  std::string_view value = trimmed_right(text.substr(begin, comment_start(text, begin) - begin));
  std::string written;
  if (value.find('"') != std::string_view::npos && value.find('\'') == std::string_view::npos) {
    written.reserve(value.size() + 2);
    written += '\'';
    written += value;
    written += '\'';
  } else {
    written = "\"";
    for (char c : value) {
      if (c == '"' || c == '\\') {
        written += '\\';
      }
      written += c;
    }
    written += '"';
  }
  return {{line, scene.column(line, begin), count_characters(value), written}};
}

std::string quoted(std::string_view text) {
  constexpr std::size_t longest = 40;
  if (count_characters(text) <= longest) {
    return fmt::format("'{}'", text);
  }
  std::size_t end = 0;
  for (std::uint32_t characters = 0; end < text.size() && characters < longest; ++end) {
    characters += (static_cast<unsigned char>(text[end]) & 0xC0) != 0x80;
  }
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
    ++end;
  }
  return fmt::format("'{}...'", text.substr(0, end));
}

namespace {

constexpr Detector after_parser_error[] = {
    invisible_space,
    quote_read_on,
    tab_in_indentation,
    curly_quotes,
    backslash_in_double_quotes,
    apostrophe_in_single_quotes,
    slash_comment,
    missing_comma,
    unclosed_bracket,
    text_after_bracket,
    special_first_character,
    no_space_after_colon,
    trailing_comma,
    colon_in_value,
    repeated_format_line,
    indented_first_line,
    dash_without_space,
    value_on_next_line,
    item_without_dash,
    missing_colon,
    indented_too_far,
    indented_too_little,
};

constexpr Detector after_second_document[] = {document_marker, indented_first_line};

constexpr Detector after_unclosed_quote[] = {unclosed_quote};

} // namespace

std::vector<Diagnosis> diagnose(const LineIndex& lines, const ParseError& error) {
  Scene scene(lines, error);
  std::span<const Detector> detectors = after_parser_error;
  if (error.kind == ParseError::Kind::second_document) {
    detectors = after_second_document;
  } else if (error.kind == ParseError::Kind::unclosed_quote) {
    detectors = after_unclosed_quote;
  }
  std::vector<Diagnosis> found;
  for (Detector detect : detectors) {
    if (std::optional<Diagnosis> diagnosis = detect(scene)) {
      found.push_back(std::move(*diagnosis));
    }
  }
  found.push_back(parser_words(scene));
  return found;
}

} // namespace bizmap::yaml
