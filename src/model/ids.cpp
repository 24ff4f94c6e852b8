#include "model/ids.hpp"

namespace bizmap {
namespace {

bool is_letter_or_digit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
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
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
    if (is_letter_or_digit(c)) {
      id += c;
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  while (!id.empty() && id.back() == '-') {
    id.pop_back();
  }
  return id;
}

} // namespace bizmap
