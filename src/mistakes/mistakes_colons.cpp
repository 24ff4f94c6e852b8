// Keys and values: colons, commas and characters YAML gives a meaning to.
#include "mistakes/mistake_scene.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace bizmap::yaml {
namespace {

bool is_word_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool is_word_part(char c) {
  return is_word_start(c) || (c >= '0' && c <= '9') || c == '-';
}

// The length of the word (a key's name) at `begin`, or 0.
std::size_t word_length(std::string_view text, std::size_t begin) {
  if (begin >= text.size() || !is_word_start(text[begin])) {
    return 0;
  }
  std::size_t end = begin;
  while (end < text.size() && is_word_part(text[end])) {
    ++end;
  }
  return end - begin;
}

struct ReservedCharacter {
  char character;
  std::string_view meaning;
};

constexpr ReservedCharacter specials[] = {
    {'@', "is kept by YAML for later use"},
    {'`', "is kept by YAML for later use"},
    {'%', "starts a directive in YAML"},
    {'*', "starts a reference to an anchor ('&name') in YAML"},
    {'&', "names an anchor in YAML"},
    {'!', "starts a tag in YAML"},
    {'|', "starts a block of text in YAML"},
    {'>', "starts a block of folded text in YAML"},
};

} // namespace

std::optional<Diagnosis> special_first_character(const Scene& scene) {
  std::uint32_t line = scene.error_line();
  std::string_view text = scene.text(line);
  std::size_t at = scene.error_byte();
  const Layout& layout = scene.layout(line);
  if (at >= text.size() || at != layout.value) {
    return std::nullopt;
  }
  for (const ReservedCharacter& special : specials) {
    if (text[at] != special.character) {
      continue;
    }
    Diagnosis diagnosis;
    diagnosis.line = line;
    diagnosis.column = scene.column(line, at);
    diagnosis.message = fmt::format("a value cannot start with '{}' unless it is in quotes, "
                                    "because '{}' {}: put the whole value in quotes",
                                    special.character, special.character, special.meaning);
    diagnosis.repairs.push_back({quote_value(scene, line, at), ""});
    if (special.character == '*') {
      // An alias to nothing names no value: the value may have been meant empty.
      diagnosis.repairs.push_back(
          {{{line, diagnosis.column, count_characters(text.substr(at)), ""}}, ""});
    }
    return diagnosis;
  }
  return std::nullopt;
}

// owner:founder
std::optional<Diagnosis> no_space_after_colon(const Scene& scene) {
  for (std::uint32_t line : scene.suspects()) {
    const Layout& layout = scene.layout(line);
    std::string_view text = scene.text(line);
    std::size_t word = word_length(text, layout.content);
    std::size_t colon = layout.content + word;
    if (!layout.key.empty() || word == 0 || colon + 1 >= text.size() || text[colon] != ':' ||
        text[colon + 1] == ' ' || text[colon + 1] == ':' || text.substr(colon).starts_with("://")) {
      continue;
    }
    Diagnosis diagnosis;
    diagnosis.line = line;
    diagnosis.column = scene.column(line, colon);
    std::string_view key = text.substr(layout.content, word);
    std::string_view value = text.substr(colon + 1);
    diagnosis.message =
        fmt::format("a space is missing after the colon, so YAML does not see '{}' as a key: "
                    "write '{}: {}'",
                    key, key, value.substr(0, std::min<std::size_t>(value.size(), 30)));
    diagnosis.repairs.push_back({{{line, diagnosis.column + 1, 0, " "}}, ""});
    return diagnosis;
  }
  return std::nullopt;
}

// "owner": "founder",
std::optional<Diagnosis> trailing_comma(const Scene& scene) {
  for (std::uint32_t line : scene.suspects()) {
    const Layout& layout = scene.layout(line);
    std::string_view value = layout.value_text;
    if (value.size() < 3 || value.back() != ',' || (value[0] != '"' && value[0] != '\'') ||
        value[value.size() - 2] != value[0]) {
      continue;
    }
    Diagnosis diagnosis;
    diagnosis.line = line;
    diagnosis.column = scene.column(line, layout.value + value.size() - 1);
    diagnosis.message = "this line ends with a comma, as lines of JSON do, but YAML needs none "
                        "between the lines of a map or a list: remove the comma";
    diagnosis.repairs.push_back({{{line, diagnosis.column, 1, ""}}, ""});
    return diagnosis;
  }
  return std::nullopt;
}

// trigger: Note: an inquiry arrives
std::optional<Diagnosis> colon_in_value(const Scene& scene) {
  std::uint32_t line = scene.error_line();
  const Layout& layout = scene.layout(line);
  std::string_view text = scene.text(line);
  std::size_t at = scene.error_byte();
  if (layout.key.empty() || at <= layout.value || at >= text.size() || text[at] != ':' ||
      scene.error().open_flow) {
    return std::nullopt;
  }
  std::string_view before = text.substr(layout.value, at - layout.value);
  Diagnosis diagnosis;
  diagnosis.line = line;
  diagnosis.column = scene.column(line, at);
  diagnosis.message = fmt::format(
      "the ': ' after {} makes YAML read a second key inside the value of '{}': put the whole "
      "value in quotes ({}: \"{}\")",
      quoted(before), layout.key, layout.key, layout.value_text);
  diagnosis.repairs.push_back({quote_value(scene, line, layout.value), ""});
  return diagnosis;
}

// owner founder, or owner = founder
std::optional<Diagnosis> missing_colon(const Scene& scene) {
  for (std::uint32_t line : scene.suspects()) {
    const Layout& layout = scene.layout(line);
    std::string_view text = scene.text(line);
    std::size_t word = word_length(text, layout.content);
    std::size_t end = layout.content + word;
    if (!layout.key.empty() || layout.dash || word == 0 || end >= text.size() ||
        (text[end] != ' ' && text[end] != '=')) {
      continue;
    }
    std::optional<std::uint32_t> above = scene.previous_content(line);
    bool sibling = above && !scene.layout(*above).key.empty() &&
                   scene.layout(*above).content == layout.content;
    std::optional<std::uint32_t> below = scene.next_content(line);
    sibling = sibling || (below && !scene.layout(*below).key.empty() &&
                          scene.layout(*below).content == layout.content);
    if (!sibling) {
      continue;
    }
    std::size_t value = text.find_first_not_of(" =", end);
    value = value == std::string_view::npos ? text.size() : value;
    std::string_view key = text.substr(layout.content, word);
    std::string_view rest = text.substr(value);
    Diagnosis diagnosis;
    diagnosis.line = line;
    diagnosis.column = scene.column(line, end);
    bool equals = text.substr(end, value - end).find('=') != std::string_view::npos;
    diagnosis.message =
        equals ? fmt::format("YAML separates a key from its value with a colon, not '=': write "
                             "'{}: {}'",
                             key, rest)
               : fmt::format("'{}' has no colon after it, so YAML cannot read it as a key with "
                             "a value: write '{}: {}'",
                             key, key, rest);
    std::uint32_t between = static_cast<std::uint32_t>(value - end);
    std::string written(std::max<std::uint32_t>(between, 2), ' ');
    written[0] = ':';
    diagnosis.repairs.push_back({{{line, diagnosis.column, between, written}}, ""});
    return diagnosis;
  }
  return std::nullopt;
}

} // namespace bizmap::yaml
