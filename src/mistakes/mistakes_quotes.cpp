// Quotes: curly ones from word processors, unclosed ones, apostrophes.
#include "mistakes/mistake_scene.hpp"

#include <fmt/format.h>

namespace bizmap::yaml {
namespace {

constexpr std::string_view curly_openers[] = {"\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x9E",
                                              "\xE2\x80\x9A", "\xC2\xAB",     "\xE2\x80\xB9",
                                              "\xE2\x80\x9D"};
constexpr std::string_view curly_closers[] = {"\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\x9C",
                                              "\xC2\xBB", "\xE2\x80\xBA"};

std::size_t curly_length(std::string_view text, std::span<const std::string_view> quotes) {
  for (std::string_view quote : quotes) {
    if (text.starts_with(quote)) {
      return quote.size();
    }
  }
  return 0;
}

// Bytes where a value may start on a line: after its key, its dash, or a
// flow bracket or comma.
std::vector<std::size_t> value_starts(const Scene& scene, std::uint32_t line) {
  const Layout& layout = scene.layout(line);
  std::string_view text = scene.text(line);
  std::vector<std::size_t> starts{layout.value};
  for (std::size_t i = layout.value; i < text.size(); ++i) {
    if (text[i] == '[' || text[i] == '{' || text[i] == ',') {
      std::size_t next = text.find_first_not_of(' ', i + 1);
      if (next != std::string_view::npos) {
        starts.push_back(next);
      }
    }
  }
  return starts;
}

// The last closing curly quote of the line after `from`, or npos.
std::size_t last_closer(std::string_view text, std::size_t from, std::size_t& length) {
  for (std::size_t i = text.size(); i-- > from;) {
    if ((length = curly_length(text.substr(i), curly_closers)) != 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

// The first quote that ends the quoted text starting at `begin`, or npos.
std::size_t closing_quote(std::string_view text, std::size_t begin) {
  char quote = text[begin];
  for (std::size_t i = begin + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i;
    }
  }
  return std::string_view::npos;
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

} // namespace

std::optional<Diagnosis> curly_quotes(const Scene& scene) {
  for (std::uint32_t line : scene.suspects()) {
    std::string_view text = scene.text(line);
    for (std::size_t start : value_starts(scene, line)) {
      std::size_t open = curly_length(text.substr(start), curly_openers);
      std::size_t close_length = 0;
      std::size_t close =
          open ? last_closer(text, start + open, close_length) : std::string_view::npos;
      if (close == std::string_view::npos) {
        continue;
      }
      std::string_view inside = text.substr(start + open, close - start - open);
      std::string straight = inside.find('"') == std::string_view::npos ? "\"" : "'";
      if (straight == "'" && inside.find('\'') != std::string_view::npos) {
        continue;
      }
      Diagnosis diagnosis;
      diagnosis.line = line;
      diagnosis.column = scene.column(line, start);
      diagnosis.length = count_characters(text.substr(start, close + close_length - start));
      diagnosis.message = fmt::format(
          "this text is in curly quotes ({}...{}), which word processors put in; YAML only "
          "knows straight quotes (\" and '), so it reads these as part of the text: type them "
          "again as straight quotes",
          text.substr(start, open), text.substr(close, close_length));
      diagnosis.repairs.push_back(
          {{{line, scene.column(line, close), 1, straight}, {line, diagnosis.column, 1, straight}},
           ""});
      return diagnosis;
    }
  }
  return std::nullopt;
}

namespace {

Diagnosis close_quote(const Scene& scene, std::uint32_t line, std::size_t at, std::string message) {
  std::string_view text = scene.text(line);
  char quote = text[at];
  std::size_t end = text.find_last_not_of(" \t");
  Diagnosis diagnosis;
  diagnosis.line = line;
  diagnosis.column = scene.column(line, at);
  diagnosis.message = std::move(message);
  std::string_view last_word = text.substr(0, end + 1);
  last_word = last_word.substr(last_word.find_last_of(' ') + 1);
  diagnosis.repairs.push_back({{{line, scene.column(line, end + 1), 0, std::string(1, quote)}},
                               fmt::format(" (after {} on this line)", quoted(last_word))});
  return diagnosis;
}

} // namespace

std::optional<Diagnosis> unclosed_quote(const Scene& scene) {
  std::uint32_t line = scene.error_line();
  std::string_view text = scene.text(line);
  std::size_t at = scene.error_byte();
  if (at >= text.size() || (text[at] != '"' && text[at] != '\'')) {
    return std::nullopt;
  }
  return close_quote(scene, line, at,
                     fmt::format("the text that starts with this {} is never closed, so YAML "
                                 "reads the rest of the file into it: add a closing {} where the "
                                 "text ends",
                                 text[at], text[at]));
}

// A quote left open reads on to the next quote of the same kind, lines later,
// and the parser stops after that one.
std::optional<Diagnosis> quote_read_on(const Scene& scene) {
  auto [line, at] = scene.position(scene.error().last_good);
  std::string_view text = scene.text(line);
  if (line >= scene.error_line() || at >= text.size() || (text[at] != '"' && text[at] != '\'')) {
    return std::nullopt;
  }
  if (closing_quote(text, at) != std::string_view::npos) {
    return std::nullopt;
  }
  return close_quote(scene, line, at,
                     fmt::format("the text that starts with this {} does not end on this line, "
                                 "so YAML reads on to the next {} (on line {}) and takes the "
                                 "lines between into the text: add a closing {} where the text "
                                 "ends",
                                 text[at], text[at], scene.error_line(), text[at]));
}

// 'Don't wait' ends at "Don'", and "t wait'" does not fit; the same for any
// text after a closing quote.
std::optional<Diagnosis> apostrophe_in_single_quotes(const Scene& scene) {
  for (std::uint32_t line : scene.suspects()) {
    std::string_view text = scene.text(line);
    for (std::size_t start : value_starts(scene, line)) {
      if (start >= text.size() || (text[start] != '\'' && text[start] != '"')) {
        continue;
      }
      std::size_t close = closing_quote(text, start);
      if (close == std::string_view::npos || close + 1 >= text.size()) {
        continue;
      }
      char next = text[close + 1];
      bool apostrophe =
          text[start] == '\'' && is_letter(next) && close > start + 1 && is_letter(text[close - 1]);
      std::size_t after = text.find_first_not_of(' ', close + 1);
      bool more_text = after != std::string_view::npos &&
                       std::string_view(",]}#:").find(text[after]) == std::string_view::npos;
      if (!apostrophe && !more_text) {
        continue;
      }
      Diagnosis diagnosis;
      diagnosis.line = line;
      if (apostrophe) {
        diagnosis.column = scene.column(line, close);
        std::size_t word_begin = text.find_last_of(" '", close - 1) + 1;
        std::size_t word_end = text.find_first_of(" '", close + 1);
        word_end = word_end == std::string_view::npos ? text.size() : word_end;
        std::string_view before = text.substr(word_begin, close - word_begin);
        std::string_view after_apostrophe = text.substr(close + 1, word_end - close - 1);
        diagnosis.message = fmt::format(
            "the apostrophe in '{}'{}' ends the text that the ' at column {} started: inside "
            "single quotes, write an apostrophe twice ({}''{}), or put the text in double "
            "quotes",
            before, after_apostrophe, scene.column(line, start), before, after_apostrophe);
        std::size_t last = text.find_last_of('\'');
        std::string_view inside = text.substr(start + 1, last - start - 1);
        if (last > close && inside.find('"') == std::string_view::npos) {
          diagnosis.repairs.push_back({{{line, scene.column(line, last), 1, "\""},
                                        {line, scene.column(line, start), 1, "\""}},
                                       ""});
        }
        diagnosis.repairs.push_back({{{line, scene.column(line, close), 0, "'"}}, ""});
      } else {
        diagnosis.column = scene.column(line, after);
        diagnosis.message = "more text follows the closing quote of this value, and a quoted "
                            "value must end at its closing quote: put the whole value in "
                            "quotes, or none of it";
        diagnosis.repairs.push_back({quote_value(scene, line, start), ""});
      }
      return diagnosis;
    }
  }
  return std::nullopt;
}

} // namespace bizmap::yaml

namespace bizmap::yaml {

// "C:\Orders\new": in double quotes a backslash starts an escape.
std::optional<Diagnosis> backslash_in_double_quotes(const Scene& scene) {
  if (!scene.error().parser_message.starts_with("unknown escape character")) {
    return std::nullopt;
  }
  std::uint32_t line = scene.error_line();
  std::string_view text = scene.text(line);
  std::size_t at = std::min(scene.error_byte(), text.size());
  std::size_t open = text.rfind('"', at == 0 ? 0 : at - 1);
  std::size_t backslash = text.rfind('\\', at);
  if (open == std::string_view::npos || backslash == std::string_view::npos) {
    return std::nullopt;
  }
  std::size_t close = closing_quote(text, open);
  Diagnosis diagnosis;
  diagnosis.line = line;
  diagnosis.column = scene.column(line, backslash);
  diagnosis.length = 2;
  diagnosis.message = fmt::format(
      "inside double quotes a backslash starts an escape such as \\n (a line break), and "
      "'{}' is not one YAML knows: put the text in single quotes instead, where a backslash is "
      "just a backslash, or write each backslash twice",
      text.substr(backslash, 2));
  std::string_view inside = close == std::string_view::npos
                                ? std::string_view()
                                : text.substr(open + 1, close - open - 1);
  if (close != std::string_view::npos && inside.find('\'') == std::string_view::npos) {
    diagnosis.repairs.push_back(
        {{{line, scene.column(line, close), 1, "'"}, {line, scene.column(line, open), 1, "'"}},
         ""});
  }
  return diagnosis;
}

} // namespace bizmap::yaml
