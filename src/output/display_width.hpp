#pragma once

#include <cstdint>
#include <string_view>

namespace bizmap {

/// Columns a character takes in a terminal: 2 for the wide and full-width
/// characters of East Asian scripts (and the emoji shown wide), else 1.
std::uint32_t display_width(char32_t character);

/// The code point of valid UTF-8 that starts at `at`, moving `at` past it.
char32_t next_character(std::string_view utf8, std::size_t& at);

} // namespace bizmap
