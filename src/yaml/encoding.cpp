#include "yaml/encoding.hpp"

#include "text/text.hpp"

#include <algorithm>
#include <array>

namespace bizmap::yaml {
namespace {

// Windows-1252 bytes 0x80 to 0x9F; 0 where the code page defines none.
constexpr std::array<char32_t, 32> windows_1252_high = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool is_control(unsigned char byte) {
  return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') ||
         byte == 0x7F;
}

// Bytes that are not part of a valid UTF-8 sequence, read as Windows-1252
// where it defines them and as Latin-1 otherwise.
std::optional<Decoded> decode_8bit(std::string_view text) {
  if (std::any_of(text.begin(), text.end(),
                  [](char c) { return is_control(static_cast<unsigned char>(c)); })) {
    return std::nullopt;
  }
  Decoded decoded{{}, "Latin-1", std::string_view::npos, 0, 0};
  decoded.text.reserve(text.size() + text.size() / 8);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t bad = find_invalid_utf8(text.substr(i));
    std::size_t good = bad == std::string_view::npos ? text.size() - i : bad;
    decoded.text.append(text.substr(i, good));
    i += good;
    if (i >= text.size()) {
      break;
    }
    auto byte = static_cast<unsigned char>(text[i]);
    char32_t code = byte;
    if (byte >= 0x80 && byte < 0xA0 && windows_1252_high[byte - 0x80] != 0) {
      code = windows_1252_high[byte - 0x80];
      decoded.encoding = "Windows-1252";
    }
    if (decoded.first_converted == std::string_view::npos) {
      decoded.first_converted = decoded.text.size();
      decoded.example = code;
      decoded.byte = byte;
    }
    append_utf8(decoded.text, code);
    ++i;
  }
  if (decoded.first_converted == std::string_view::npos) {
    return std::nullopt;
  }
  return decoded;
}

} // namespace

void append_utf8(std::string& text, char32_t code) {
  if (code < 0x80) {
    text += static_cast<char>(code);
  } else if (code < 0x800) {
    text += static_cast<char>(0xC0 | (code >> 6));
    text += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    text += static_cast<char>(0xE0 | (code >> 12));
    text += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    text += static_cast<char>(0xF0 | (code >> 18));
    text += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    text += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (code & 0x3F));
  }
}

std::optional<Decoded> decode_other_encoding(std::string_view text) {
  if (text.find('\0') != std::string_view::npos) {
    return std::nullopt;
  }
  return decode_8bit(text);
}

} // namespace bizmap::yaml
