#include "model/ids.hpp"

#include "model/transliteration.hpp"

namespace bizmap {
namespace {

bool is_letter_or_digit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// The code point that starts at `at`, moving `at` past it; a byte that
// starts no valid sequence is read alone, as U+FFFD.
char32_t next_code_point(std::string_view text, std::size_t& at) {
  auto lead = static_cast<unsigned char>(text[at]);
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (length == 1 || at + length > text.size()) {
    ++at;
    return 0xFFFD;
  }
  char32_t code = lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    auto next = static_cast<unsigned char>(text[at + k]);
    if ((next & 0xC0) != 0x80) {
      ++at;
      return 0xFFFD;
    }
    code = (code << 6) | (next & 0x3F);
  }
  at += length;
  return code;
}

} // namespace

bool is_kebab_case_id(std::string_view text) {
  bool after_hyphen = true;
  for (char c : text) {
    if (!is_letter_or_digit(c) && !(c == '-' && !after_hyphen)) {
      return false;
    }
    after_hyphen = c == '-';
  }
  return !text.empty() && !after_hyphen;
}

std::string as_kebab_case_id(std::string_view text) {
  std::string id;
  auto add = [&](std::string_view letters) {
    if (!letters.empty()) {
      id += letters;
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  };
  for (std::size_t at = 0; at < text.size();) {
    char c = text[at];
    if (static_cast<unsigned char>(c) >= 0x80) {
      add(latin_in_ascii(next_code_point(text, at)));
      continue;
    }
    ++at;
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
    add(is_letter_or_digit(c) ? std::string_view(&c, 1) : std::string_view());
  }
  while (!id.empty() && id.back() == '-') {
    id.pop_back();
  }
  return id;
}

} // namespace bizmap
