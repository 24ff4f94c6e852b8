// Indentation: keys and list items that do not line up with what they
// belong to.
#include "mistakes/mistake_scene.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace bizmap::yaml {
namespace {

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A value that goes on over the next lines: plain text, not a '|' or '>'
// block, a quote or a bracket.
bool has_plain_value(const Layout& layout) {
  std::string_view value = layout.value_text;
  return !value.empty() && std::string_view("|>\"'[{&*!").find(value[0]) == std::string_view::npos;
}

std::string what_starts(const Scene& scene, std::uint32_t line) {
  const Layout& layout = scene.layout(line);
  if (!layout.key.empty()) {
    return fmt::format("'{}'", layout.key);
  }
  return layout.dash ? std::string("this list item") : std::string("this line");
}

// The keys of the list item whose dash is at `column`, open above `line`.
struct ItemAbove {
  std::size_t keys_column = 0;
  std::uint32_t last_line = 0; ///< of its last key above `line`
  std::string_view last_key;
  bool has(std::string_view key) const {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  }
  std::vector<std::string_view> keys;
};

std::optional<ItemAbove> item_above(const Scene& scene, std::uint32_t line, std::size_t column) {
  for (const Scene::Level& level : scene.open_levels(line)) {
    if (!level.dash || level.column != column) {
      continue;
    }
    const Layout& first = scene.layout(level.line);
    if (first.key.empty()) {
      return std::nullopt;
    }
    ItemAbove item{first.content, level.line, first.key, {first.key}};
    for (std::uint32_t at = level.line + 1; at < line; ++at) {
      const Layout& layout = scene.layout(at);
      if (!layout.blank && !layout.dash && layout.indent == item.keys_column &&
          !layout.key.empty() && !scene.in_block_text(at)) {
        item.keys.push_back(layout.key);
        item.last_line = at;
        item.last_key = layout.key;
      }
    }
    return item;
  }
  return std::nullopt;
}

// processes:
//   - id: close-month
//     reviewed: 2025-04-02
//   frequency: monthly     (meant: two spaces further, a key of the item)
// A key that lines up with the dash of the item above, and that the item
// does not have yet, is one more of its keys, indented too little; a key the
// item has already starts the next item (item_without_dash).
std::optional<Diagnosis> key_of_item_above(const Scene& scene, std::uint32_t line) {
  const Layout& layout = scene.layout(line);
  if (layout.key.empty() || layout.dash) {
    return std::nullopt;
  }
  std::optional<ItemAbove> item = item_above(scene, line, layout.content);
  if (!item || item->has(layout.key)) {
    return std::nullopt;
  }
  std::size_t more = item->keys_column - layout.content;
  Diagnosis diagnosis;
  diagnosis.line = line;
  diagnosis.column = scene.column(line, layout.content);
  diagnosis.length = static_cast<std::uint32_t>(layout.key.size());
  diagnosis.message = fmt::format(
      "'{}' lines up with the '- ' of the list item above, so YAML cannot read it as a key "
      "of that item: indent '{}' {} more space{}, to line up with '{}' on line {}",
      layout.key, layout.key, more, more == 1 ? "" : "s", item->last_key, item->last_line);
  diagnosis.repairs.push_back({{set_indentation(scene, line, item->keys_column)}, ""});
  return diagnosis;
}

} // namespace

// -id: qualify-lead
std::optional<Diagnosis> dash_without_space(const Scene& scene) {
  for (std::uint32_t line : scene.suspects()) {
    std::string_view text = scene.text(line);
    std::size_t at = scene.layout(line).content;
    if (at + 1 >= text.size() || text[at] != '-' || !is_letter(text[at + 1]) ||
        text.find(':', at) == std::string_view::npos) {
      continue;
    }
    Diagnosis diagnosis;
    diagnosis.line = line;
    diagnosis.column = scene.column(line, at);
    std::string_view rest = text.substr(at + 1);
    diagnosis.message = fmt::format("a list item needs a space after its '-': write '- {}'",
                                    rest.substr(0, std::min<std::size_t>(rest.size(), 30)));
    diagnosis.repairs.push_back({{{line, diagnosis.column + 1, 0, " "}}, ""});
    return diagnosis;
  }
  return std::nullopt;
}

// trigger:
// An inquiry arrives
std::optional<Diagnosis> value_on_next_line(const Scene& scene) {
  for (std::uint32_t line : scene.suspects()) {
    const Layout& layout = scene.layout(line);
    std::optional<std::uint32_t> next = scene.next_content(line);
    if (layout.key.empty() || !layout.value_text.empty() || !next) {
      continue;
    }
    const Layout& value = scene.layout(*next);
    if (!value.key.empty() || value.dash || value.indent > layout.content ||
        scene.in_block_text(*next)) {
      continue;
    }
    std::string_view text = scene.text(*next).substr(value.indent);
    Diagnosis diagnosis;
    diagnosis.line = *next;
    diagnosis.column = scene.column(*next, value.indent);
    diagnosis.message = fmt::format(
        "the value of '{}' is on the next line but not indented further than '{}', so YAML "
        "does not read it as its value: write it on the same line ({}: {}), or indent it "
        "further than '{}'",
        layout.key, layout.key, layout.key, text.substr(0, std::min<std::size_t>(text.size(), 30)),
        layout.key);
    diagnosis.repairs.push_back({{set_indentation(scene, *next, layout.content + 2)}, ""});
    return diagnosis;
  }
  return std::nullopt;
}

// processes:
//   id: qualify-lead     (meant: - id: qualify-lead)
//     owner: founder
std::optional<Diagnosis> item_without_dash(const Scene& scene) {
  for (std::uint32_t line : scene.suspects()) {
    const Layout& layout = scene.layout(line);
    std::optional<std::uint32_t> above = scene.previous_content(line);
    std::optional<std::uint32_t> below = scene.next_content(line);
    if (layout.key.empty() || layout.dash || !above || !below) {
      continue;
    }
    const Layout& parent = scene.layout(*above);
    const Layout& sibling = scene.layout(*below);
    bool opens_list =
        !parent.key.empty() && parent.value_text.empty() && parent.content < layout.content;
    std::string_view list = parent.key;
    bool in_items = false; // it lines up with the dashes of the items above
    for (const Scene::Level& level : scene.open_levels(line)) {
      if (!opens_list && !in_items && level.dash && level.column == layout.content) {
        in_items = true;
      } else if (in_items && !level.dash && level.column < layout.content) {
        list = scene.layout(level.line).key;
        break;
      }
    }
    if (in_items) {
      if (std::optional<Diagnosis> diagnosis = key_of_item_above(scene, line)) {
        return diagnosis;
      }
    }
    opens_list = opens_list || in_items;
    if (!opens_list || sibling.key.empty() || sibling.dash ||
        sibling.content != layout.content + 2) {
      continue;
    }
    Diagnosis diagnosis;
    diagnosis.line = line;
    diagnosis.column = scene.column(line, layout.content);
    diagnosis.message = fmt::format(
        "this looks like the first line of an item of {}, and the lines below it line up as if "
        "it had a '- ', but it has none: write '- {}'",
        list.empty() ? std::string("a list") : fmt::format("the list '{}'", list),
        scene.text(line).substr(layout.content));
    diagnosis.repairs.push_back({{{line, diagnosis.column, 0, "- "}}, ""});
    return diagnosis;
  }
  return std::nullopt;
}

//   - id: qualify-lead
//      owner: founder     (one space too far: read as more text of 'id')
std::optional<Diagnosis> indented_too_far(const Scene& scene) {
  for (std::uint32_t line : scene.suspects()) {
    const Layout& layout = scene.layout(line);
    std::optional<std::uint32_t> above = scene.previous_content(line);
    if (layout.key.empty() || layout.dash || !above) {
      continue;
    }
    const Layout& previous = scene.layout(*above);
    if (previous.key.empty() || !has_plain_value(previous) || previous.content >= layout.content) {
      continue;
    }
    Diagnosis diagnosis;
    diagnosis.line = line;
    diagnosis.column = scene.column(line, layout.content);
    diagnosis.message = fmt::format(
        "'{}' is indented further than '{}' on line {}, so YAML reads it as more of the text "
        "of '{}': line it up with the key it belongs with",
        layout.key, previous.key, *above, previous.key);
    diagnosis.repairs = indentation_repairs(scene, line, layout.content);
    return diagnosis;
  }
  return std::nullopt;
}

// A key or item at a column where nothing above it starts.
std::optional<Diagnosis> indented_too_little(const Scene& scene) {
  std::uint32_t line = scene.error_line();
  if (line > scene.lines()) {
    return std::nullopt;
  }
  const Layout& layout = scene.layout(line);
  if (layout.blank) {
    return std::nullopt;
  }
  std::size_t column = layout.dash ? layout.indent : layout.content;
  if (std::optional<Diagnosis> diagnosis = key_of_item_above(scene, line)) {
    return diagnosis;
  }
  std::vector<Scene::Level> levels = scene.open_levels(line);
  std::vector<std::string> around;
  for (const Scene::Level& level : levels) {
    if (level.column == column && (level.dash == layout.dash || !level.dash)) {
      return std::nullopt; // it lines up; the mistake is elsewhere
    }
    if (!level.dash && around.size() < 2) {
      around.push_back(fmt::format("column {} ({})", level.column + 1, scene.describe(level)));
    }
  }
  if (around.empty()) {
    return std::nullopt;
  }
  Diagnosis diagnosis;
  diagnosis.line = line;
  diagnosis.column = scene.column(line, column);
  diagnosis.message = fmt::format(
      "{} starts at column {}, where no key above it starts, so YAML cannot tell what it "
      "belongs to (the keys above start at {}): line it up with the key it belongs with",
      what_starts(scene, line), column + 1, fmt::join(around, " and "));
  diagnosis.repairs = indentation_repairs(scene, line, column);
  return diagnosis;
}

} // namespace bizmap::yaml
