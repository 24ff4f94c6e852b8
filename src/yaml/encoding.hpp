#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace bizmap::yaml {

/// A file that is not UTF-8, converted to UTF-8.
struct Decoded {
  std::string text;            ///< the same characters, in UTF-8
  std::string_view encoding;   ///< what the file was saved as: "Windows-1252" or "Latin-1"
  std::size_t first_converted; ///< byte offset in `text` of the first character converted
  char32_t example;            ///< that character
  unsigned char byte;          ///< its byte in the file
};

/// When `text` is not valid UTF-8 but reads as text in another common
/// encoding (Windows-1252 or Latin-1, from older editors), the text converted
/// to UTF-8; otherwise (binary data) nothing. UTF-16 and UTF-32 files are the
/// loader's to convert, by their byte-order mark.
/// In an 8-bit file, sequences that are valid UTF-8 are kept as they are, so a
/// file that mixes both (a Latin-1 word pasted into UTF-8 text) reads right.
std::optional<Decoded> decode_other_encoding(std::string_view text);

/// Appends a code point to UTF-8 text.
void append_utf8(std::string& text, char32_t code_point);

} // namespace bizmap::yaml
