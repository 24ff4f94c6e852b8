#include "lsp/format_context.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace bizmap::lsp {
namespace {

// What a line of block YAML starts with.
struct LineShape {
  bool blank = true;       ///< empty or a comment
  bool dash = false;       ///< a list item begins here
  std::size_t dash_at = 0; ///< the column of the (first) dash
  std::size_t content = 0; ///< the column where the key or value starts
  std::string key;         ///< `key:` at the start of the content, if any
  std::size_t value = 0;   ///< the column after the key's colon
};

bool key_character(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
}

// A `key:` at `at` (followed by a space or the end), or empty.
std::string key_at(std::string_view line, std::size_t at, std::size_t& after_colon) {
  std::size_t end = at;
  while (end < line.size() && key_character(line[end])) {
    ++end;
  }
  if (end == at || end >= line.size() || line[end] != ':' ||
      (end + 1 < line.size() && line[end + 1] != ' ')) {
    return {};
  }
  after_colon = end + 1;
  return std::string(line.substr(at, end - at));
}

LineShape shape_of(std::string_view line) {
  LineShape shape;
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos || line[i] == '#') {
    return shape;
  }
  shape.blank = false;
  while (i < line.size() && line[i] == '-' && (i + 1 == line.size() || line[i + 1] == ' ')) {
    if (!shape.dash) {
      shape.dash_at = i;
    }
    shape.dash = true;
    i = std::min(line.find_first_not_of(' ', i + 1), line.size());
  }
  shape.content = i;
  shape.key = key_at(line, i, shape.value);
  return shape;
}

bool nothing_after(std::string_view line, std::size_t from) {
  std::size_t rest = line.find_first_not_of(' ', from);
  return rest == std::string_view::npos || line[rest] == '#';
}

const FormatField* field_of(const ElementFormat& element, std::string_view key) {
  auto found = std::find_if(element.fields.begin(), element.fields.end(),
                            [&](const FormatField& field) { return field.key == key; });
  return found == element.fields.end() ? nullptr : &*found;
}

// The keys from the root to the map that holds the line, found by going up to
// lines that are less indented. `column` is where the line's map starts.
std::optional<std::vector<std::string>> parent_keys(const PositionMap& text, std::uint32_t line,
                                                    std::size_t column) {
  std::vector<std::string> keys;
  for (std::uint32_t above = line; above-- > 0;) {
    std::string_view content = text.line(above);
    LineShape shape = shape_of(content);
    if (shape.blank || shape.content > column) {
      continue;
    }
    if (shape.content == column) {
      if (shape.dash) {
        column = shape.dash_at + 1; // the list holding this item is above it
      }
      continue;
    }
    if (shape.key.empty() || !nothing_after(content, shape.value)) {
      return std::nullopt;
    }
    keys.insert(keys.begin(), shape.key);
    column = shape.dash ? shape.dash_at + 1 : shape.content;
  }
  return keys;
}

struct Resolved {
  const ElementFormat* element = nullptr;
  const FormatField* list_field = nullptr; ///< the last key holds a list of values, not elements
};

std::optional<Resolved> resolve(const std::vector<std::string>& keys,
                                std::span<const ElementFormat> elements) {
  Resolved resolved{find_element(elements, "model")};
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const FormatField* field = field_of(*resolved.element, keys[i]);
    if (field == nullptr) {
      return std::nullopt;
    }
    if (field->format.kind == ValueKind::element || field->format.kind == ValueKind::elements) {
      resolved.element = find_element(elements, field->format.element);
    } else if (i + 1 == keys.size()) {
      resolved.list_field = field;
    } else {
      return std::nullopt;
    }
  }
  return resolved;
}

// The keys of the block map whose keys start at `column`, around the line.
std::vector<std::string> keys_of_map(const PositionMap& text, std::uint32_t line,
                                     std::size_t column, bool first_line) {
  std::vector<std::string> keys;
  auto visit = [&](std::uint32_t at) {
    LineShape shape = shape_of(text.line(at));
    if (shape.blank || shape.content > column) {
      return true;
    }
    if (shape.content < column) {
      return false;
    }
    if (!shape.key.empty()) {
      keys.push_back(shape.key);
    }
    return !shape.dash;
  };
  for (std::uint32_t above = line; !first_line && above-- > 0 && visit(above);) {
  }
  for (std::uint32_t below = line + 1; below < text.lines(); ++below) {
    LineShape shape = shape_of(text.line(below));
    if (!shape.blank && shape.content == column && shape.dash) {
      break;
    }
    if (!visit(below)) {
      break;
    }
  }
  return keys;
}

// The start of the word that ends at `offset`: after the last separator.
std::size_t word_start(std::string_view line, std::size_t from, std::size_t offset) {
  std::size_t start = offset;
  while (start > from && line[start - 1] != ' ' && line[start - 1] != '[' &&
         line[start - 1] != ',' && line[start - 1] != '{') {
    --start;
  }
  return start;
}

// Inside a flow map `{id: x, na|`: the key typed, or the key whose value it is.
void read_flow_map(std::string_view line, std::size_t brace, std::size_t offset,
                   FormatContext& context) {
  std::size_t segment = brace + 1;
  for (std::size_t i = brace + 1; i < offset; ++i) {
    if (line[i] == ',') {
      segment = i + 1;
    }
  }
  for (std::size_t i = brace + 1; i < offset;) {
    std::size_t key_start = line.find_first_not_of(' ', i);
    std::size_t after = 0;
    std::string key = key_start < offset ? key_at(line, key_start, after) : "";
    if (!key.empty() && key_start < segment) {
      context.present_keys.push_back(key);
    }
    std::size_t comma = line.find(',', i);
    i = comma == std::string_view::npos ? offset : comma + 1;
  }
  std::size_t key_start = std::min(line.find_first_not_of(' ', segment), offset);
  std::size_t after = 0;
  std::string key = key_at(line.substr(0, offset), key_start, after);
  if (key.empty()) {
    context.place = FormatContext::CursorPlace::key;
    context.partial_start = key_start;
  } else {
    context.field = field_of(*context.element, key);
    context.place =
        context.field ? FormatContext::CursorPlace::value : FormatContext::CursorPlace::nowhere;
    context.partial_start = std::min(line.find_first_not_of(' ', after), offset);
  }
  context.partial = std::string(line.substr(context.partial_start, offset - context.partial_start));
}

} // namespace

FormatContext format_context(const PositionMap& text, std::uint32_t line, std::size_t offset,
                             std::span<const ElementFormat> elements) {
  FormatContext context;
  std::string_view content = text.line(line);
  offset = std::min(offset, content.size());
  LineShape shape = shape_of(content);
  std::size_t column = shape.blank ? std::min(content.find_first_not_of(' '), offset)
                                   : std::min(shape.content, offset);
  if (shape.blank && content.find('#') != std::string_view::npos && content.find('#') < offset) {
    return context; // in a comment
  }
  std::optional<std::vector<std::string>> keys =
      parent_keys(text, line, shape.dash ? shape.dash_at + 1 : column);
  std::optional<Resolved> resolved = keys ? resolve(*keys, elements) : std::nullopt;
  if (!resolved) {
    return context;
  }
  context.element = resolved->element;
  std::size_t brace = content.substr(0, offset).rfind('{');
  if (!resolved->list_field && brace != std::string_view::npos &&
      content.substr(brace, offset - brace).find('}') == std::string_view::npos) {
    read_flow_map(content, brace, offset, context);
    return context;
  }
  if (resolved->list_field) {
    context.place = FormatContext::CursorPlace::value;
    context.field = resolved->list_field;
    context.partial_start = word_start(content, column, offset);
  } else if (!shape.key.empty() && offset >= shape.value) {
    context.field = field_of(*resolved->element, shape.key);
    context.place =
        context.field ? FormatContext::CursorPlace::value : FormatContext::CursorPlace::nowhere;
    context.partial_start = word_start(content, shape.value, offset);
  } else {
    context.place = FormatContext::CursorPlace::key;
    context.partial_start = column;
    context.present_keys = keys_of_map(text, line, column, shape.dash);
    std::size_t end = shape.key.empty() ? offset : shape.value - 1;
    context.field = field_of(*resolved->element, content.substr(column, end - column));
  }
  context.partial =
      std::string(content.substr(context.partial_start, offset - context.partial_start));
  return context;
}

} // namespace bizmap::lsp
