// The measure of "one mistake gives one finding": each mistake of the
// catalogue (tests/yaml-mistakes/) made in turn on one line of each file of
// each bundled example business. The first finding must be on that line, and
// there must be at most two findings in all. The table of the counts is kept
// in docs/yaml-mistakes.md; this test checks its last column.
#include "support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// One line of block YAML: `    - key: value`.
struct Line {
  std::string indent;
  bool dash = false;
  std::string key;   ///< empty when the line has none
  std::string value; ///< after "key: ", or the text after the dash
};

std::optional<Line> parse_line(std::string_view text) {
  Line line;
  std::size_t i = text.find_first_not_of(' ');
  if (i == std::string_view::npos || text[i] == '#') {
    return std::nullopt;
  }
  line.indent = std::string(text.substr(0, i));
  if (text.substr(i).starts_with("- ")) {
    line.dash = true;
    i += 2;
  }
  std::size_t colon = text.find(": ", i);
  std::size_t end_colon = text.ends_with(':') ? text.size() - 1 : std::string_view::npos;
  std::size_t key_end = std::min(colon, end_colon);
  std::string_view key = key_end == std::string_view::npos ? "" : text.substr(i, key_end - i);
  if (!key.empty() && key.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") == std::string::npos) {
    line.key = std::string(key);
    line.value = key_end + 2 <= text.size() ? std::string(text.substr(key_end + 2)) : "";
  } else {
    line.value = std::string(text.substr(i));
  }
  return line;
}

bool is_text_key(const std::string& key) {
  return key == "trigger" || key == "goal" || key == "name" || key == "description" ||
         key == "do" || key == "then" || key == "if";
}

// A plain value that starts with a letter: no quotes, brackets or comments.
bool plain_text(const Line& line) {
  const std::string& v = line.value;
  return !v.empty() && std::isalpha(static_cast<unsigned char>(v[0])) &&
         v.find(": ") == std::string::npos && v.find(" #") == std::string::npos &&
         v.find_first_of("\"'[]{}\\") == std::string::npos;
}

bool is_key_line(const Line& line) {
  return !line.key.empty() && !line.dash && !line.indent.empty();
}

std::string prefix(const Line& line) {
  return line.indent + (line.dash ? "- " : "");
}

/// A file of an example, with one line to make a mistake on.
struct Place {
  const std::vector<std::string>& lines;
  std::size_t at; ///< index of the line
  const std::string& text() const { return lines[at]; }
  std::optional<Line> line() const { return parse_line(lines[at]); }
  std::optional<Line> previous() const { return at > 0 ? parse_line(lines[at - 1]) : std::nullopt; }
  std::optional<Line> next() const {
    return at + 1 < lines.size() ? parse_line(lines[at + 1]) : std::nullopt;
  }
};

/// The file with the mistake made, and the line its first finding belongs on.
struct Mutated {
  std::string text;
  std::uint32_t line; ///< 1-based
};

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) {
    text += line + "\n";
  }
  return text;
}

Mutated replace_line(const Place& place, const std::string& written) {
  std::vector<std::string> lines = place.lines;
  lines[place.at] = written;
  return {joined(lines), static_cast<std::uint32_t>(place.at + 1)};
}

Mutated insert_before(const Place& place, const std::string& written) {
  std::vector<std::string> lines = place.lines;
  lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(place.at), written);
  return {joined(lines), static_cast<std::uint32_t>(place.at + 1)};
}

using Mutation = std::optional<Mutated> (*)(const Place&);

std::optional<Mutated> key_line(const Place& place, std::string written) {
  std::optional<Line> line = place.line();
  if (!line || !is_key_line(*line) || line->value.empty()) {
    return std::nullopt;
  }
  return replace_line(place, written);
}

// The first character of a text value, for mistakes made inside it.
std::optional<Line> text_line(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || line->dash || !is_text_key(line->key) || !plain_text(*line) ||
      line->value.find(' ') == std::string::npos) {
    return std::nullopt;
  }
  return line;
}

std::optional<Mutated> tab_indentation(const Place& place) {
  std::optional<Line> line = place.line();
  return line ? key_line(place, "\t" + line->key + ": " + line->value) : std::nullopt;
}

std::optional<Mutated> tab_after_spaces(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || line->indent.size() < 8) {
    return std::nullopt;
  }
  return key_line(place, std::string(line->indent.size() - 8, ' ') + "    \t" + line->key + ": " +
                             line->value);
}

std::optional<Mutated> tab_after_dash(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || !line->dash || line->key.empty()) {
    return std::nullopt;
  }
  return replace_line(place, line->indent + "-\t" + line->key + ": " + line->value);
}

// A key below a sibling key with a plain value, moved by `shift` spaces.
std::optional<Mutated> shifted_key(const Place& place, int shift) {
  std::optional<Line> line = place.line();
  std::optional<Line> previous = place.previous();
  if (!line || !previous || !is_key_line(*line) || line->value.empty() || previous->dash ||
      previous->indent != line->indent || !plain_text(*previous)) {
    return std::nullopt;
  }
  std::string indent(static_cast<std::size_t>(static_cast<int>(line->indent.size()) + shift), ' ');
  return replace_line(place, indent + line->key + ": " + line->value);
}

std::optional<Mutated> indented_too_far(const Place& place) {
  return shifted_key(place, 1);
}

std::optional<Mutated> indented_too_little(const Place& place) {
  return shifted_key(place, -1);
}

// A key of a list item, not its first, moved left to line up with the item's
// dash; the key must be the item's only one of that name and hold its value
// on its line.
std::optional<Mutated> key_lined_up_with_its_dash(const Place& place) {
  std::optional<Line> line = place.line();
  std::optional<Line> next = place.next();
  if (!line || !is_key_line(*line) || line->value.empty() || line->indent.size() < 2 ||
      (next && next->indent.size() > line->indent.size())) {
    return std::nullopt;
  }
  std::string dash_indent(line->indent.size() - 2, ' ');
  for (std::size_t at = place.at; at-- > 0;) {
    std::optional<Line> above = parse_line(place.lines[at]);
    if (!above || above->indent.size() > line->indent.size()) {
      continue;
    }
    if (above->indent == line->indent && !above->dash) {
      if (above->key == line->key) {
        return std::nullopt;
      }
      continue;
    }
    if (!above->dash || above->indent != dash_indent || above->key == line->key) {
      return std::nullopt;
    }
    return replace_line(place, dash_indent + line->key + ": " + line->value);
  }
  return std::nullopt;
}

std::optional<Mutated> item_without_dash(const Place& place) {
  std::optional<Line> line = place.line();
  std::optional<Line> next = place.next();
  if (!line || !line->dash || line->key.empty() || !next || next->dash ||
      next->indent.size() != line->indent.size() + 2) {
    return std::nullopt;
  }
  return replace_line(place, line->indent + line->key + ": " + line->value);
}

// A list of one item whose lines line up without its dash: a map.
std::optional<Mutated> items_without_dashes(const Place& place) {
  std::optional<Line> line = place.line();
  std::optional<Line> next = place.next();
  std::optional<Line> previous = place.previous();
  if (!line || line->key != "if" || !line->dash || !next || next->key != "then" || !previous ||
      previous->key != "what_ifs") {
    return std::nullopt;
  }
  std::optional<Line> after =
      place.at + 2 < place.lines.size() ? parse_line(place.lines[place.at + 2]) : std::nullopt;
  if (after && after->indent.size() >= line->indent.size()) {
    return std::nullopt; // not the only item of its list
  }
  return replace_line(place, line->indent + "  " + line->key + ": " + line->value);
}

std::optional<Mutated> dash_without_space(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || !line->dash || line->key.empty()) {
    return std::nullopt;
  }
  return replace_line(place, line->indent + "-" + line->key + ": " + line->value);
}

std::optional<Mutated> look_alike_space(const Place& place, std::string_view look_alike) {
  std::optional<Line> line = place.line();
  if (!line || !is_key_line(*line)) {
    return std::nullopt;
  }
  return key_line(place, line->indent.substr(1) + std::string(look_alike) + line->key + ": " +
                             line->value);
}

std::optional<Mutated> non_breaking_space(const Place& place) {
  return look_alike_space(place, "\u00a0");
}

std::optional<Mutated> zero_width_space(const Place& place) {
  return look_alike_space(place, "\u200b");
}

std::optional<Mutated> value_on_next_line(const Place& place) {
  std::optional<Line> line = text_line(place);
  if (!line) {
    return std::nullopt;
  }
  Mutated mutated =
      replace_line(place, line->indent + line->key + ":\n" + line->indent + line->value);
  mutated.line += 1;
  return mutated;
}

std::optional<Mutated> indented_first_line(const Place& place) {
  if (place.text() != "bizmap: 1") {
    return std::nullopt;
  }
  return replace_line(place, "  bizmap: 1");
}

std::optional<Mutated> repeated_format_line(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || !line->dash || line->key != "id" || line->indent.size() < 4) {
    return std::nullopt;
  }
  return insert_before(place, "bizmap: 1");
}

std::optional<Mutated> no_space_after_colon(const Place& place) {
  std::optional<Line> line = place.line();
  return line && plain_text(*line) ? key_line(place, line->indent + line->key + ":" + line->value)
                                   : std::nullopt;
}

std::optional<Mutated> colon_in_value(const Place& place) {
  std::optional<Line> line = text_line(place);
  return line ? key_line(place, line->indent + line->key + ": Note: " + line->value) : std::nullopt;
}

std::optional<Mutated> missing_colon(const Place& place) {
  std::optional<Line> line = place.line();
  return line && plain_text(*line) ? key_line(place, line->indent + line->key + " " + line->value)
                                   : std::nullopt;
}

std::optional<Mutated> equals_sign(const Place& place) {
  std::optional<Line> line = place.line();
  return line && plain_text(*line) ? key_line(place, line->indent + line->key + " = " + line->value)
                                   : std::nullopt;
}

// The key of the list that holds the line: the first line above it that is
// less indented.
std::string list_of(const Place& place) {
  std::optional<Line> line = place.line();
  for (std::size_t at = place.at; line && at-- > 0;) {
    std::optional<Line> above = parse_line(place.lines[at]);
    if (above && above->indent.size() < line->indent.size()) {
      return above->key;
    }
  }
  return {};
}

std::optional<Mutated> colon_in_a_step(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || !line->dash || !line->key.empty() || !plain_text(*line) ||
      list_of(place) != "steps") {
    return std::nullopt;
  }
  return replace_line(place, prefix(*line) + line->value + ": check it twice");
}

std::optional<Mutated> hash_in_value(const Place& place) {
  std::optional<Line> line = text_line(place);
  if (!line) {
    return std::nullopt;
  }
  std::size_t space = line->value.find(' ');
  std::string value = line->value.substr(0, space) + " #2" + line->value.substr(space);
  return key_line(place, line->indent + line->key + ": " + value);
}

std::optional<Mutated> unclosed_quote(const Place& place) {
  std::optional<Line> line = text_line(place);
  return line ? key_line(place, line->indent + line->key + ": \"" + line->value) : std::nullopt;
}

std::optional<Mutated> apostrophe_in_single_quotes(const Place& place) {
  std::optional<Line> line = text_line(place);
  if (!line) {
    return std::nullopt;
  }
  std::size_t space = line->value.find(' ');
  std::string value = line->value.substr(0, space) + "'s" + line->value.substr(space);
  return key_line(place, line->indent + line->key + ": '" + value + "'");
}

std::optional<Mutated> curly_quotes_around_a_colon(const Place& place) {
  std::optional<Line> line = text_line(place);
  return line
             ? key_line(place, line->indent + line->key + ": \u201cNote: " + line->value + "\u201d")
             : std::nullopt;
}

std::optional<Mutated> curly_quotes(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || line->key != "owner") {
    return std::nullopt;
  }
  return key_line(place, line->indent + line->key + ": \u201c" + line->value + "\u201d");
}

std::optional<Mutated> unclosed_bracket(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || line->key.empty() || line->value.size() < 3 || line->value.front() != '[' ||
      line->value.back() != ']') {
    return std::nullopt;
  }
  return replace_line(place, prefix(*line) + line->key + ": " +
                                 line->value.substr(0, line->value.size() - 1));
}

std::optional<Mutated> text_after_a_bracket(const Place& place) {
  std::optional<Line> line = text_line(place);
  return line ? key_line(place, line->indent + line->key + ": [Urgent] " + line->value)
              : std::nullopt;
}

std::optional<Mutated> special_first_character(const Place& place) {
  std::optional<Line> line = text_line(place);
  return line ? key_line(place, line->indent + line->key + ": @" + line->value) : std::nullopt;
}

std::optional<Mutated> backslash_in_double_quotes(const Place& place) {
  std::optional<Line> line = text_line(place);
  return line ? key_line(place, line->indent + line->key + ": \"" + line->value +
                                    " (see C:\\Office\\notes)\"")
              : std::nullopt;
}

std::optional<Mutated> document_marker(const Place& place) {
  std::optional<Line> line = place.line();
  return line && is_key_line(*line) ? std::optional(insert_before(place, "---")) : std::nullopt;
}

std::optional<Mutated> document_end_marker(const Place& place) {
  std::optional<Line> line = place.line();
  return line && is_key_line(*line) ? std::optional(insert_before(place, "...")) : std::nullopt;
}

// [a, b] written JSON-style with its comma forgotten: ["a" "b"].
std::optional<Mutated> json_missing_comma(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || line->key.empty() || line->value.size() < 3 || line->value.front() != '[' ||
      line->value.find(", ") == std::string::npos) {
    return std::nullopt;
  }
  std::string items = line->value.substr(1, line->value.size() - 2);
  // Every comma kept but the first.
  std::string json = "[\"";
  bool first = true;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i] == ',') {
      json += first ? "\"" : "\",";
      first = false;
    } else if (items[i] == ' ') {
      json += " \"";
    } else {
      json += items[i];
    }
  }
  json += "\"]";
  return replace_line(place, prefix(*line) + line->key + ": " + json);
}

std::optional<Mutated> slash_comment(const Place& place) {
  std::optional<Line> line = place.line();
  return line && is_key_line(*line)
             ? std::optional(insert_before(place, line->indent + "// check with the owner"))
             : std::nullopt;
}

std::optional<Mutated> trailing_comma(const Place& place) {
  std::optional<Line> line = place.line();
  return line && plain_text(*line)
             ? key_line(place, line->indent + "\"" + line->key + "\": \"" + line->value + "\",")
             : std::nullopt;
}

// Windows-1252 for the characters it has, Latin-1 for the rest of U+00A0
// to U+00FF; nothing when a character has no byte in the code page.
std::optional<std::string> in_code_page(std::string_view utf8, bool windows) {
  static const std::map<char32_t, unsigned char> windows_extra = {
      {0x20AC, 0x80}, {0x201A, 0x82}, {0x201E, 0x84}, {0x2026, 0x85},
      {0x2013, 0x96}, {0x2014, 0x97}, {0x2018, 0x91}, {0x2019, 0x92},
      {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95}, {0x2122, 0x99}};
  std::string bytes;
  for (std::size_t i = 0; i < utf8.size();) {
    auto lead = static_cast<unsigned char>(utf8[i]);
    std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t code = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
      code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    }
    i += length;
    if (code < 0x80 || (code >= 0xA0 && code <= 0xFF)) {
      bytes += static_cast<char>(code);
    } else if (auto found = windows_extra.find(code); windows && found != windows_extra.end()) {
      bytes += static_cast<char>(found->second);
    } else {
      return std::nullopt;
    }
  }
  return bytes;
}

// The file saved in a code page, with an accented letter on the line when
// the file has none: the finding belongs on the first line that is not ASCII.
std::optional<Mutated> saved_in_code_page(const Place& place, bool windows) {
  std::optional<Line> line = text_line(place);
  if (!line) {
    return std::nullopt;
  }
  std::vector<std::string> lines = place.lines;
  lines[place.at] = line->indent + line->key + ": " + line->value + " (caf\u00e9 " +
                    (windows ? "\u2013 bar)" : "bar)");
  std::string text = joined(lines);
  std::optional<std::string> bytes = in_code_page(text, windows);
  if (!bytes) {
    return std::nullopt;
  }
  std::size_t first = 0;
  while (first < lines.size() && std::all_of(lines[first].begin(), lines[first].end(), [](char c) {
           return (static_cast<unsigned char>(c) & 0x80) == 0;
         })) {
    ++first;
  }
  return Mutated{*bytes, static_cast<std::uint32_t>(first + 1)};
}

std::optional<Mutated> latin_1(const Place& place) {
  return saved_in_code_page(place, false);
}

std::optional<Mutated> windows_1252(const Place& place) {
  return saved_in_code_page(place, true);
}

std::optional<Mutated> utf_16(const Place& place) {
  if (place.at != 0) {
    return std::nullopt;
  }
  std::string text = joined(place.lines);
  std::string bytes = "\xFF\xFE";
  for (std::size_t i = 0; i < text.size();) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t code = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
      code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    i += length;
    auto unit = [&](char32_t u) {
      bytes += static_cast<char>(u & 0xFF);
      bytes += static_cast<char>(u >> 8);
    };
    if (code >= 0x10000) {
      unit(0xD800 + ((code - 0x10000) >> 10));
      unit(0xDC00 + ((code - 0x10000) & 0x3FF));
    } else {
      unit(code);
    }
  }
  return Mutated{bytes, 0};
}

std::optional<Mutated> byte_order_mark(const Place& place) {
  if (place.at != 0) {
    return std::nullopt;
  }
  return Mutated{"\xEF\xBB\xBF" + joined(place.lines), 0};
}

std::optional<Mutated> old_mac_line_endings(const Place& place) {
  if (place.at != 0) {
    return std::nullopt;
  }
  std::string text = joined(place.lines);
  std::replace(text.begin(), text.end(), '\n', '\r');
  return Mutated{text, 1};
}

std::optional<Mutated> duration(const Place& place, const std::string& written) {
  std::optional<Line> line = place.line();
  return line && line->key == "duration" ? key_line(place, line->indent + "duration: " + written)
                                         : std::nullopt;
}

std::optional<Mutated> duration_hours_and_minutes(const Place& place) {
  return duration(place, "1h30m");
}

std::optional<Mutated> duration_with_a_decimal(const Place& place) {
  return duration(place, "1.5h");
}

std::optional<Mutated> duration_in_words(const Place& place) {
  return duration(place, "45 minutes");
}

std::optional<Mutated> yes_for_a_choice(const Place& place) {
  std::optional<Line> line = place.line();
  return line && line->key == "automation" ? key_line(place, line->indent + "automation: yes")
                                           : std::nullopt;
}

std::optional<Mutated> single_value_for_a_list(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || (line->key != "inputs" && line->key != "outputs") || line->value.size() < 3 ||
      line->value.front() != '[' || line->value.find(',') != std::string::npos) {
    return std::nullopt;
  }
  return key_line(place,
                  line->indent + line->key + ": " + line->value.substr(1, line->value.size() - 2));
}

std::optional<Mutated> commas_for_a_list(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || (line->key != "inputs" && line->key != "outputs") || line->value.size() < 3 ||
      line->value.front() != '[' || line->value.find(',') == std::string::npos) {
    return std::nullopt;
  }
  return key_line(place,
                  line->indent + line->key + ": " + line->value.substr(1, line->value.size() - 2));
}

// `{title: Allergen matrix, url: ...}` with a comma in the unquoted title.
std::optional<Mutated> comma_in_a_braced_value(const Place& place) {
  const std::string& text = place.text();
  std::size_t open = text.find("{");
  std::size_t title = text.find("title: ", open == std::string::npos ? 0 : open);
  if (open == std::string::npos || title == std::string::npos) {
    return std::nullopt;
  }
  std::size_t value = title + 7;
  std::size_t comma = text.find(", ", value);
  if (comma == std::string::npos || text[value] == '"' || text[value] == '\'') {
    return std::nullopt;
  }
  return replace_line(place, text.substr(0, comma) + ", step by step" + text.substr(comma));
}

std::optional<Mutated> misspelt_key(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || line->key.size() < 5 || line->key.find('_') != std::string::npos) {
    return std::nullopt;
  }
  std::string key = line->key;
  key.erase(key.size() - 2, 1);
  return key_line(place, line->indent + key + ": " + line->value);
}

std::optional<Mutated> capitalised_key(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || line->key.empty()) {
    return std::nullopt;
  }
  std::string key = line->key;
  key[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(key[0])));
  return key_line(place, line->indent + key + ": " + line->value);
}

std::optional<Mutated> repeated_key(const Place& place) {
  std::optional<Line> line = place.line();
  if (!line || !is_key_line(*line) || !plain_text(*line)) {
    return std::nullopt;
  }
  Mutated mutated = insert_before(place, place.text());
  mutated.line += 1;
  return mutated;
}

struct Measured {
  std::string_view mistake;
  Mutation mutate; ///< nullptr: not measured (the reason is in the docs)
};

constexpr Measured measured[] = {
    {"tab-indentation", tab_indentation},
    {"tab-after-spaces", tab_after_spaces},
    {"tab-after-dash", tab_after_dash},
    {"indented-too-far", indented_too_far},
    {"indented-too-little", indented_too_little},
    {"key-lined-up-with-its-dash", key_lined_up_with_its_dash},
    {"item-without-dash", item_without_dash},
    {"items-without-dashes", items_without_dashes},
    {"dash-without-space", dash_without_space},
    {"non-breaking-space", non_breaking_space},
    {"zero-width-space", zero_width_space},
    {"value-on-next-line", value_on_next_line},
    {"indented-first-line", indented_first_line},
    {"repeated-format-line", repeated_format_line},
    {"no-space-after-colon", no_space_after_colon},
    {"colon-in-value", colon_in_value},
    {"missing-colon", missing_colon},
    {"equals-sign", equals_sign},
    {"colon-in-a-step", colon_in_a_step},
    {"hash-in-value", hash_in_value},
    {"unclosed-quote", unclosed_quote},
    {"apostrophe-in-single-quotes", apostrophe_in_single_quotes},
    {"curly-quotes-around-a-colon", curly_quotes_around_a_colon},
    {"curly-quotes", curly_quotes},
    {"unclosed-bracket", unclosed_bracket},
    {"text-after-a-bracket", text_after_a_bracket},
    {"special-first-character", special_first_character},
    {"backslash-in-double-quotes", backslash_in_double_quotes},
    {"document-marker", document_marker},
    {"document-end-marker", document_end_marker},
    {"json-missing-comma", json_missing_comma},
    {"slash-comment", slash_comment},
    {"trailing-comma", trailing_comma},
    {"latin-1", latin_1},
    {"windows-1252", windows_1252},
    {"utf-16", utf_16},
    {"byte-order-mark", byte_order_mark},
    {"old-mac-line-endings", old_mac_line_endings},
    {"duration-hours-and-minutes", duration_hours_and_minutes},
    {"duration-with-a-decimal", duration_with_a_decimal},
    {"duration-in-words", duration_in_words},
    {"yes-for-a-choice", yes_for_a_choice},
    {"no-for-an-owner", nullptr},
    {"single-value-for-a-list", single_value_for_a_list},
    {"commas-for-a-list", commas_for_a_list},
    {"comma-in-a-braced-value", comma_in_a_braced_value},
    {"misspelt-key", misspelt_key},
    {"capitalised-key", capitalised_key},
    {"repeated-key", repeated_key},
    {"missing-format-line", nullptr},
};

std::vector<fs::path> files_of(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The line a mutation is made on: the first one it fits, from a third of
// the way into the file, so that it is among processes, not the header.
std::optional<Mutated> mutate_file(Mutation mutate, const std::vector<std::string>& lines) {
  std::size_t start = lines.size() / 3;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::size_t at = (start + k) % lines.size();
    if (std::optional<Mutated> mutated = mutate(Place{lines, at})) {
      return mutated;
    }
  }
  return std::nullopt;
}

struct Case {
  std::string file;
  std::uint32_t line;
  std::vector<std::string> findings; ///< as the text format's first lines, with notes
  std::size_t count;                 ///< of findings, a finding's notes not counted
  bool first_on_line;
};

// With BIZMAP_MISTAKE_DUMP=DIR, every changed example is also kept in
// DIR/MISTAKE/BUSINESS-FILE/, for tests/yaml-mistakes/count-findings.sh to
// count what another build of bizmap says about it.
void keep_copy(const fs::path& folder, std::string_view mistake, std::string_view business,
               const fs::path& file) {
  const char* dump = std::getenv("BIZMAP_MISTAKE_DUMP");
  if (dump == nullptr || *dump == '\0') {
    return;
  }
  fs::path copy = fs::path(dump) / mistake / fmt::format("{}-{}", business, file.stem().string());
  fs::remove_all(copy);
  fs::create_directories(copy);
  for (const fs::path& entry : files_of(folder)) {
    fs::copy_file(entry, copy / entry.filename());
  }
}

// The findings of the example with one file changed, in a folder of its own.
Case check_mutated(const fs::path& example, const fs::path& file, const Mutated& mutated,
                   const fs::path& folder) {
  fs::remove_all(folder);
  fs::create_directories(folder);
  for (const fs::path& other : files_of(example)) {
    fs::copy_file(other, folder / other.filename());
  }
  write_text(folder / file.filename(), mutated.text);
  Checked checked = check_path(folder);
  Case result{file.filename().string(), mutated.line, {}, checked.findings.size(), false};
  std::istringstream lines(finding_lines(checked, folder));
  for (std::string line; std::getline(lines, line);) {
    result.findings.push_back(line);
  }
  std::string place = fmt::format("{}:{}:", result.file, mutated.line);
  result.first_on_line =
      mutated.line == 0 ? result.findings.empty()
                        : !result.findings.empty() && result.findings.front().starts_with(place);
  return result;
}

struct Row {
  std::size_t cases = 0;
  std::size_t findings = 0;
  std::size_t most = 0;
};

constexpr std::string_view table_start = "<!-- The measure: ";
constexpr std::string_view table_end = "<!-- End of the measure. -->";

// The rows of the table in docs/yaml-mistakes.md: `| `name` | cases | before
// | most before | after | most after |`, the before columns as recorded with
// the build that came before (count-findings.sh), the others as measured.
std::map<std::string, std::vector<std::string>, std::less<>> table_rows(std::string_view table) {
  std::map<std::string, std::vector<std::string>, std::less<>> rows;
  std::istringstream lines{std::string(table)};
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with("| `")) {
      continue;
    }
    std::vector<std::string> cells;
    std::istringstream parts(line.substr(1));
    for (std::string cell; std::getline(parts, cell, '|');) {
      std::size_t first = cell.find_first_not_of(' ');
      std::size_t last = cell.find_last_not_of(' ');
      cells.push_back(first == std::string::npos ? "" : cell.substr(first, last - first + 1));
    }
    if (cells.size() >= 6) {
      rows[cells[0].substr(1, cells[0].size() - 2)] = cells;
    }
  }
  return rows;
}

std::string
measured_table(const std::map<std::string_view, Row>& rows,
               const std::map<std::string, std::vector<std::string>, std::less<>>& old) {
  std::string table = "| mistake | cases | findings before | most before | findings after | "
                      "most after |\n|---|---:|---:|---:|---:|---:|\n";
  for (const Measured& mistake : measured) {
    if (mistake.mutate == nullptr) {
      continue;
    }
    const Row& row = rows.at(mistake.mistake);
    auto found = old.find(mistake.mistake);
    std::string before = found != old.end() ? found->second[2] : "?";
    std::string most_before = found != old.end() ? found->second[3] : "?";
    table += fmt::format("| `{}` | {} | {} | {} | {} | {} |\n", mistake.mistake, row.cases, before,
                         most_before, row.findings, row.most);
  }
  return table;
}

// The table in the page must say what was measured now.
void compare_with_page(const std::map<std::string_view, Row>& rows) {
  fs::path page = source_dir() / "docs" / "yaml-mistakes.md";
  std::string text = read_text(page);
  std::size_t start = text.find(table_start);
  REQUIRE(start != std::string::npos);
  start = text.find('\n', start) + 2; // after the marker and an empty line
  std::size_t end = text.find(table_end);
  REQUIRE(end != std::string::npos);
  std::string written = text.substr(start, end - start - 1);
  std::string made = measured_table(rows, table_rows(written));
  const char* update = std::getenv("BIZMAP_UPDATE_GOLDEN");
  if (update != nullptr && std::string_view(update) == "1") {
    write_text(page, text.substr(0, start) + made + text.substr(end - 1));
    return;
  }
  CHECK(written == made);
}

} // namespace

TEST_CASE("a mistake on one line of an example gives at most two findings, the first on that "
          "line",
          "[mistakes]") {
  fs::path folder = fresh_folder("mistake-measure");
  std::map<std::string_view, Row> rows;
  for (std::string_view business : {"bakery", "city-bus", "design-agency"}) {
    fs::path example = source_dir() / "examples" / business;
    for (const fs::path& file : files_of(example)) {
      std::vector<std::string> lines = lines_of(read_text(file));
      for (const Measured& mistake : measured) {
        if (mistake.mutate == nullptr) {
          continue;
        }
        std::optional<Mutated> mutated = mutate_file(mistake.mutate, lines);
        if (!mutated) {
          continue;
        }
        Case result = check_mutated(example, file, *mutated, folder / "model");
        keep_copy(folder / "model", mistake.mistake, business, file);
        INFO(mistake.mistake << " on " << business << "/" << result.file << ":" << result.line
                             << "\n"
                             << fmt::format("{}", fmt::join(result.findings, "\n")));
        CHECK(result.first_on_line);
        CHECK(result.count <= 2);
        Row& row = rows[mistake.mistake];
        ++row.cases;
        row.findings += result.count;
        row.most = std::max(row.most, result.count);
      }
    }
  }
  compare_with_page(rows);
  fs::remove_all(folder);
}

namespace {

// One change to one file of tests/measure-model: `from` (written once in the
// file) becomes `to`.
struct Edit {
  std::string_view file;
  std::string_view from;
  std::string_view to;
};

// A slip a new user makes on a real-size model, and the line its one finding
// belongs on: the line of `at` in `file` once the slip is made.
struct Slip {
  std::string_view name;
  std::vector<Edit> edits;
  std::string_view file;
  std::string_view at;
};

const std::vector<Slip>& slips() {
  static const std::vector<Slip> all = {
      {"a misspelt input",
       {{"20-books.yaml", "inputs: [reconciled-bank, cleared-queries",
         "inputs: [reconcilled-bank, cleared-queries"}},
       "20-books.yaml",
       "reconcilled-bank"},
      {"a key lined up with the dash of its process",
       {{"20-books.yaml", "reviewed: 2026-04-02\n        frequency: monthly",
         "reviewed: 2026-04-02\n      frequency: monthly"}},
       "20-books.yaml",
       "\n      frequency: monthly"},
      {"a review cadence and no review dates",
       {{"business.yaml", "small businesses\n", "small businesses\n  review_every: 1y\n"}},
       "business.yaml",
       "review_every"},
      {"a comma in an unquoted value in braces",
       {{"business.yaml", "\"Engagement terms, contacts, bank details and deadlines\"",
         "Engagement terms, contacts, bank details and deadlines"}},
       "business.yaml",
       "Engagement terms"},
      {"a copied process that keeps the id of the one it was copied from",
       {{"business.yaml", "  - {id: vat-submission, name: Vat submission}\n",
         "  - {id: vat-submission, name: Vat submission}\n  - {id: ec-sales-list, name: EC sales "
         "list}\n"},
        {"business.yaml", "outputs: [sent-management-pack",
         "outputs: [ec-sales-list, "
         "sent-management-pack"},
        {"50-tax.yaml", "      - id: compute-corporation-tax",
         "      - id: submit-vat-return\n        name: Submit the EC sales list\n        owner: "
         "tax-advisor\n        inputs: [approved-vat-return]\n        outputs: [ec-sales-list]\n "
         "       steps: [Submit the list]\n\n      - id: compute-corporation-tax"}},
       "50-tax.yaml",
       "id: submit-vat-return\n        name: Submit the EC sales list"},
      {"one person given more than 8 processes",
       {{"50-tax.yaml", "        owner: tax-advisor\n        inputs: [reviewed-books]",
         "        owner: accountant\n        inputs: [reviewed-books]"},
        {"50-tax.yaml", "        owner: tax-advisor\n        inputs: [approved-vat-return]",
         "        owner: accountant\n        inputs: [approved-vat-return]"}},
       "business.yaml",
       "{id: accountant"},
  };
  return all;
}

// The line `marker` starts on; a marker that starts with a line end (to
// match a whole line) stands for the line after it.
std::uint32_t line_of(const std::string& text, std::string_view marker) {
  std::size_t at = text.find(marker);
  REQUIRE(at != std::string::npos);
  std::size_t skip = marker.starts_with('\n') ? 1 : 0;
  return static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + at + skip, '\n') + 1);
}

} // namespace

TEST_CASE("a slip on a model of 43 processes gives at most two findings, the first at the slip",
          "[mistakes]") {
  fs::path model = source_dir() / "tests" / "measure-model";
  REQUIRE(check_path(model).findings.empty());
  REQUIRE(check_path(model).loaded.model.processes.size() >= 40);
  fs::path folder = fresh_folder("slip-measure");
  for (const Slip& slip : slips()) {
    fs::remove_all(folder);
    fs::create_directories(folder);
    for (const fs::path& file : files_of(model)) {
      fs::copy_file(file, folder / file.filename());
    }
    for (const Edit& edit : slip.edits) {
      std::string text = read_text(folder / edit.file);
      std::size_t at = text.find(edit.from);
      REQUIRE(at != std::string::npos);
      REQUIRE(text.find(edit.from, at + 1) == std::string::npos);
      write_text(folder / edit.file, text.replace(at, edit.from.size(), edit.to));
    }
    std::uint32_t line = line_of(read_text(folder / slip.file), slip.at);
    Checked checked = check_path(folder);
    std::string printed = finding_lines(checked, folder);
    INFO(slip.name << ", expected at " << slip.file << ":" << line << "\n" << printed);
    CHECK(!checked.findings.empty());
    CHECK(checked.findings.size() <= 2);
    CHECK(printed.starts_with(fmt::format("{}:{}:", slip.file, line)));
  }
}
