#include "output/xml_text.hpp"

#include <algorithm>
#include <cstdint>

namespace bizmap {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD"; // U+FFFD in UTF-8

// The length of the valid UTF-8 sequence at the start of `text` and its code
// point, or a length of 0 when the bytes are not valid UTF-8.
struct CodePoint {
  std::size_t length = 0;
  char32_t value = 0;
};

CodePoint decode(std::string_view text) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(0);
  std::size_t length = lead < 0x80                    ? 1
                       : lead >= 0xC2 && lead <= 0xDF ? 2
                       : lead >= 0xE0 && lead <= 0xEF ? 3
                       : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                      : 0;
  if (length == 0 || length > text.size()) {
    return {};
  }
  char32_t value = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) {
      return {};
    }
    value = (value << 6) | (byte(i) & 0x3F);
  }
  constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  bool valid = value >= smallest[length] && value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF);
  return valid ? CodePoint{length, value} : CodePoint{};
}

// XML 1.0, production [2] Char.
bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

std::string_view reference_for(char c, bool attribute) {
  switch (c) {
  case '&':
    return "&amp;";
  case '<':
    return "&lt;";
  case '>':
    return "&gt;";
  case '"':
    return attribute ? "&quot;" : "\"";
  case '\'':
    return attribute ? "&apos;" : "'";
  case '\r': // a parser turns a raw carriage return into a line feed
    return "&#13;";
  case '\n': // and, in an attribute, a raw line feed or tab into a space
    return attribute ? "&#10;" : "\n";
  case '\t':
    return attribute ? "&#9;" : "\t";
  default:
    return {};
  }
}

std::string escape(std::string_view text, bool attribute) {
  std::string escaped;
  while (!text.empty()) {
    CodePoint c = decode(text);
    if (c.length == 0 || !is_xml_char(c.value)) {
      escaped += replacement;
      text.remove_prefix(std::max<std::size_t>(c.length, 1));
      continue;
    }
    std::string_view reference = c.length == 1 ? reference_for(text[0], attribute) : "";
    escaped += reference.empty() ? text.substr(0, c.length) : reference;
    text.remove_prefix(c.length);
  }
  return escaped;
}

} // namespace

std::string xml_attribute(std::string_view text) {
  return escape(text, true);
}

std::string xml_content(std::string_view text) {
  return escape(text, false);
}

} // namespace bizmap
