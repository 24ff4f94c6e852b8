// Brackets and braces: JSON habits and lists or maps left open.
#include "mistakes/mistake_scene.hpp"

#include <fmt/format.h>

namespace bizmap::yaml {
namespace {

bool ends_value(char c) {
  return c == '"' || c == '\'' || c == ']' || c == '}' || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

bool starts_value(char c) {
  return c == '"' || c == '\'' || c == '[' || c == '{' || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool looks_like_json(const Scene& scene) {
  for (std::uint32_t line = 1; line <= scene.lines(); ++line) {
    const Layout& layout = scene.layout(line);
    if (!layout.blank) {
      char first = scene.text(line)[layout.indent];
      return first == '{' || first == '[';
    }
  }
  return false;
}

// Where the bracket at `at` is closed by the other kind ('[a, b}'), or npos.
std::size_t wrong_closer(std::string_view text, std::size_t at) {
  std::string open(1, text[at]);
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    char c = text[i];
    if (c == '[' || c == '{') {
      open += c;
    } else if (c == ']' || c == '}') {
      bool matches = (c == ']') == (open.back() == '[');
      if (!matches) {
        return open.size() == 1 ? i : std::string_view::npos;
      }
      open.pop_back();
      if (open.empty()) {
        return std::string_view::npos;
      }
    }
  }
  return std::string_view::npos;
}

std::string_view what_opens(char bracket) {
  return bracket == '[' ? "list" : "map";
}

} // namespace

std::optional<Diagnosis> slash_comment(const Scene& scene) {
  for (std::uint32_t line : scene.suspects()) {
    std::string_view text = scene.text(line);
    std::size_t at = scene.layout(line).indent;
    if (!text.substr(at).starts_with("//")) {
      continue;
    }
    Diagnosis diagnosis;
    diagnosis.line = line;
    diagnosis.column = scene.column(line, at);
    diagnosis.length = 2;
    diagnosis.message = "'//' does not start a comment in YAML, as it does in JavaScript: "
                        "start comments with '#' instead";
    Repair everywhere;
    for (std::uint32_t l = 1; l <= scene.lines(); ++l) {
      std::size_t indent = scene.layout(l).indent;
      if (scene.text(l).substr(indent).starts_with("//")) {
        everywhere.edits.push_back({l, scene.column(l, indent), 2, "# "});
      }
    }
    diagnosis.repairs.push_back({{{line, diagnosis.column, 2, "# "}}, ""});
    if (everywhere.edits.size() > 1) {
      everywhere.advice =
          fmt::format(" (bizmap read all {} such lines as comments)", everywhere.edits.size());
      diagnosis.repairs.push_back(std::move(everywhere));
    }
    return diagnosis;
  }
  return std::nullopt;
}

// {"id": "sales" "goal": "x"}: two entries of a flow with nothing between.
std::optional<Diagnosis> missing_comma(const Scene& scene) {
  if (!scene.error().open_flow) {
    return std::nullopt;
  }
  std::uint32_t line = scene.error_line();
  std::string_view text = scene.text(line);
  std::size_t at = scene.error_byte();
  if (at >= text.size() || !starts_value(text[at])) {
    return std::nullopt;
  }
  // The end of the entry before, on this line or (in a JSON-style file) above.
  std::uint32_t before_line = line;
  std::size_t before = at;
  while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) {
    --before;
  }
  if (before == 0) {
    std::optional<std::uint32_t> above = scene.previous_content(line);
    if (!above || !looks_like_json(scene)) {
      return std::nullopt;
    }
    before_line = *above;
    std::string_view previous = scene.text(before_line);
    before = previous.find_last_not_of(" \t") + 1;
    text = previous;
  }
  if (before == 0 || !ends_value(text[before - 1])) {
    return std::nullopt;
  }
  Diagnosis diagnosis;
  diagnosis.line = before_line;
  diagnosis.column = scene.column(before_line, before);
  diagnosis.message = "a comma is missing here, between two entries: add ','";
  diagnosis.repairs.push_back({{{before_line, diagnosis.column, 0, ","}}, ""});
  return diagnosis;
}

std::optional<Diagnosis> unclosed_bracket(const Scene& scene) {
  if (!scene.error().open_flow) {
    return std::nullopt;
  }
  auto [open_line, at] = scene.position(*scene.error().open_flow);
  std::uint32_t line = open_line;
  std::string_view text = scene.text(line);
  if (at >= text.size() || (text[at] != '[' && text[at] != '{')) {
    return std::nullopt;
  }
  char bracket = text[at];
  std::string closer(1, bracket == '[' ? ']' : '}');
  Diagnosis diagnosis;
  diagnosis.line = line;
  diagnosis.column = scene.column(line, at);
  // [a, b}: closed with the other kind of bracket.
  char other = bracket == '[' ? '}' : ']';
  std::size_t wrong = wrong_closer(text, at);
  if (wrong != std::string_view::npos) {
    diagnosis.column = scene.column(line, wrong);
    diagnosis.message =
        fmt::format("the {} that opens with '{}' at column {} ends with '{}': "
                    "end it with '{}'",
                    what_opens(bracket), bracket, scene.column(line, at), other, closer);
    diagnosis.repairs.push_back({{{line, diagnosis.column, 1, closer}}, ""});
    return diagnosis;
  }
  diagnosis.message = fmt::format("the '{}' that opens this {} is never closed: end the {} "
                                  "with '{}'",
                                  bracket, what_opens(bracket), what_opens(bracket), closer);
  auto close_after = [&](std::uint32_t l) {
    std::string_view t = scene.text(l);
    std::size_t end = scene.layout(l).value + scene.layout(l).value_text.size();
    if (l != line) {
      end = t.find_last_not_of(" \t") + 1;
    }
    std::string_view before = t.substr(0, end);
    std::string_view word = before.substr(before.find_last_of(" [{,:") + 1);
    bool plain_word = !word.empty() && word.find_first_of("[]{}()\"'") == std::string_view::npos;
    return Repair{{{l, scene.column(l, end), 0, closer}},
                  plain_word ? fmt::format(" (after {} on line {})", quoted(word), l)
                             : fmt::format(" (at the end of line {})", l)};
  };
  diagnosis.repairs.push_back(close_after(line));
  std::optional<std::uint32_t> last = scene.previous_content(scene.error_line());
  if (last && *last > line) {
    diagnosis.repairs.push_back(close_after(*last));
  }
  return diagnosis;
}

// trigger: [urgent] orders
std::optional<Diagnosis> text_after_bracket(const Scene& scene) {
  std::uint32_t line = scene.error_line();
  const Layout& layout = scene.layout(line);
  std::string_view value = layout.value_text;
  if (value.size() < 3 || (value[0] != '[' && value[0] != '{')) {
    return std::nullopt;
  }
  char closer = value[0] == '[' ? ']' : '}';
  std::size_t close = value.find(closer);
  if (close == std::string_view::npos || close + 1 >= value.size()) {
    return std::nullopt;
  }
  std::size_t after = value.find_first_not_of(' ', close + 1);
  if (after == std::string_view::npos || value[after] == ',') {
    return std::nullopt;
  }
  Diagnosis diagnosis;
  diagnosis.line = line;
  diagnosis.column = scene.column(line, layout.value + after);
  diagnosis.message = fmt::format(
      "a value that starts with '{}' is a {} to YAML, and it ends at '{}', so the text after "
      "it does not fit: put the whole value in quotes",
      value[0], what_opens(value[0]), closer);
  diagnosis.repairs.push_back({quote_value(scene, line, layout.value), ""});
  return diagnosis;
}

} // namespace bizmap::yaml
