#include "output/markdown.hpp"

#include "text/text.hpp"
#include "yaml/encoding.hpp"

#include <cctype>
#include <cstdint>

namespace bizmap {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Characters Markdown, GitHub Flavored Markdown or GitHub's renderer (math)
// read as syntax wherever they stand.
bool always_escaped(char c) {
  constexpr std::string_view special = "\\`*_[]<>|#~&$@";
  return special.find(c) != std::string_view::npos;
}

// `-`, `+`, `=` or `1.` at the start of a line would start a list, a
// setext heading underline or an ordered list.
std::size_t line_start_marker(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+' || text[0] == '=')) {
    return 0;
  }
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) {
    ++digits;
  }
  if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
    return digits;
  }
  return std::string_view::npos;
}

// GitHub turns `http://...` and `www....` into links even without brackets;
// escaping their `:` or `.` keeps them plain text, as everything else is.
bool starts_autolink(std::string_view text, std::size_t at) {
  std::string_view rest = text.substr(at);
  if (rest.starts_with("://")) {
    return true;
  }
  return rest.starts_with(".") && at >= 3 && text.substr(at - 3, 3) == "www" &&
         (at == 3 || is_space(text[at - 4]));
}

std::uint32_t decode(std::string_view text, std::size_t& at) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  std::uint32_t lead = byte(at);
  std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  std::uint32_t code = length == 1 ? lead : lead & (0x3F >> (length - 1));
  for (std::size_t i = 1; i < length && at + i < text.size(); ++i) {
    code = (code << 6) | (byte(at + i) & 0x3F);
  }
  at += length;
  return code;
}

// Non-ASCII punctuation and symbols that GitHub drops from anchors: Latin-1
// signs, general punctuation, currency, arrows to dingbats, CJK punctuation,
// full-width ASCII punctuation and emoji.
bool dropped_from_slug(std::uint32_t code) {
  return (code >= 0x80 && code <= 0xBF && code != 0xAA && code != 0xB5 && code != 0xBA) ||
         code == 0xD7 || code == 0xF7 || (code >= 0x2000 && code <= 0x206F) ||
         (code >= 0x20A0 && code <= 0x20CF) || (code >= 0x2190 && code <= 0x2BFF) ||
         (code >= 0x3000 && code <= 0x303F) || (code >= 0xFF01 && code <= 0xFF0F) ||
         (code >= 0x1F000 && code <= 0x1FAFF);
}

std::uint32_t lower(std::uint32_t code) {
  if (code < 0x80) {
    return static_cast<std::uint32_t>(std::tolower(static_cast<int>(code)));
  }
  bool latin1_upper = code >= 0xC0 && code <= 0xDE && code != 0xD7;
  return latin1_upper ? code + 0x20 : code;
}

} // namespace

std::string collapse_whitespace(std::string_view text) {
  std::string valid = valid_utf8(text);
  std::string collapsed;
  bool pending_space = false;
  for (char c : valid) {
    bool space = is_space(c) || static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
    if (space) {
      pending_space = !collapsed.empty();
      continue;
    }
    if (pending_space) {
      collapsed += ' ';
      pending_space = false;
    }
    collapsed += c;
  }
  return collapsed;
}

std::string escape_markdown(std::string_view text) {
  return escape_markdown_text(collapse_whitespace(text), true);
}

std::string escape_markdown_text(std::string_view text, bool starts_line) {
  std::size_t marker = starts_line ? line_start_marker(text) : std::string_view::npos;
  std::string escaped;
  escaped.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (always_escaped(c) || i == marker || ((c == ':' || c == '.') && starts_autolink(text, i))) {
      escaped += '\\';
    }
    escaped += c;
  }
  return escaped;
}

std::string github_slug(std::string_view heading) {
  std::string slug;
  for (std::size_t at = 0; at < heading.size();) {
    std::uint32_t code = lower(decode(heading, at));
    if (code == ' ') {
      slug += '-';
    } else if (code < 0x80) {
      if (std::isalnum(static_cast<int>(code)) || code == '-' || code == '_') {
        slug += static_cast<char>(code);
      }
    } else if (!dropped_from_slug(code)) {
      yaml::append_utf8(slug, code);
    }
  }
  return slug;
}

std::string Slugger::next(std::string_view heading) {
  std::string original = github_slug(heading);
  std::string slug = original;
  while (occurrences_.contains(slug)) {
    slug = original + "-" + std::to_string(++occurrences_[original]);
  }
  occurrences_[slug] = 0;
  return slug;
}

} // namespace bizmap
