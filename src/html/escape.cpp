#include "html/escape.hpp"

#include "text/text.hpp"

#include <fmt/format.h>

namespace bizmap {

std::string html_text(std::string_view text) {
  std::string valid = valid_utf8(text);
  std::string escaped;
  escaped.reserve(valid.size() + valid.size() / 8);
  for (char c : valid) {
    switch (c) {
    case '&':
      escaped += "&amp;";
      break;
    case '<':
      escaped += "&lt;";
      break;
    case '>':
      escaped += "&gt;";
      break;
    case '"':
      escaped += "&quot;";
      break;
    case '\'':
      escaped += "&#39;";
      break;
    default:
      bool control = (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') || c == 0x7F;
      escaped += control ? ' ' : c;
    }
  }
  return escaped;
}

std::string js_string(std::string_view text) {
  std::string valid = valid_utf8(text);
  std::string literal = "\"";
  literal.reserve(valid.size() + 2);
  for (std::size_t i = 0; i < valid.size(); ++i) {
    auto byte = static_cast<unsigned char>(valid[i]);
    if (byte == '"' || byte == '\\') {
      literal += '\\';
      literal += valid[i];
    } else if (byte < 0x20 || byte == 0x7F || byte == '<' || byte == '>' || byte == '&') {
      literal += fmt::format("\\u{:04x}", byte);
    } else if (byte == 0xE2 && i + 2 < valid.size() && valid[i + 1] == '\x80' &&
               (valid[i + 2] == '\xA8' || valid[i + 2] == '\xA9')) {
      literal += valid[i + 2] == '\xA8' ? "\\u2028" : "\\u2029"; // line ends in old JavaScript
      i += 2;
    } else {
      literal += valid[i];
    }
  }
  return literal + "\"";
}

} // namespace bizmap
