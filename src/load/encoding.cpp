#include "load/encoding.hpp"

#include "yaml/encoding.hpp"

#include <array>
#include <cstdint>
#include <fmt/format.h>
#include <optional>

namespace bizmap {
namespace {

struct Encoding {
  std::string_view name;
  std::string_view mark;
  std::size_t unit; ///< bytes per code unit: 2 or 4
  bool big_endian;
};

// UTF-32LE's mark begins with UTF-16LE's, so it is tried first.
constexpr std::array<Encoding, 4> encodings{{
    {"UTF-32LE", std::string_view("\xFF\xFE\0\0", 4), 4, false},
    {"UTF-32BE", std::string_view("\0\0\xFE\xFF", 4), 4, true},
    {"UTF-16LE", "\xFF\xFE", 2, false},
    {"UTF-16BE", "\xFE\xFF", 2, true},
}};

std::uint32_t unit_at(std::string_view bytes, std::size_t at, const Encoding& encoding) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < encoding.unit; ++i) {
    std::size_t byte = encoding.big_endian ? i : encoding.unit - 1 - i;
    value = (value << 8) | static_cast<unsigned char>(bytes[at + byte]);
  }
  return value;
}

bool is_high_surrogate(std::uint32_t unit) {
  return unit >= 0xD800 && unit <= 0xDBFF;
}
bool is_low_surrogate(std::uint32_t unit) {
  return unit >= 0xDC00 && unit <= 0xDFFF;
}

// The code point at `at`, moving `at` past it; std::nullopt for a broken
// surrogate pair or a value outside Unicode.
std::optional<std::uint32_t> next_code(std::string_view bytes, std::size_t& at,
                                       const Encoding& encoding) {
  std::uint32_t unit = unit_at(bytes, at, encoding);
  at += encoding.unit;
  if (encoding.unit == 4) {
    bool valid = unit <= 0x10FFFF && !is_high_surrogate(unit) && !is_low_surrogate(unit);
    return valid ? std::optional(unit) : std::nullopt;
  }
  if (is_low_surrogate(unit)) {
    return std::nullopt;
  }
  if (!is_high_surrogate(unit)) {
    return unit;
  }
  if (at + 2 > bytes.size()) {
    return std::nullopt;
  }
  std::uint32_t low = unit_at(bytes, at, encoding);
  if (!is_low_surrogate(low)) {
    return std::nullopt;
  }
  at += 2;
  return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
}

DecodedText decode(const std::string& bytes, const Encoding& encoding) {
  std::string text;
  text.reserve(bytes.size());
  std::size_t at = encoding.mark.size();
  while (at + encoding.unit <= bytes.size()) {
    std::size_t start = at;
    std::optional<std::uint32_t> code = next_code(bytes, at, encoding);
    if (!code) {
      return {std::move(text),
              fmt::format("the file is {} (it starts with that byte-order mark), but byte {} "
                          "is not: save it as UTF-8",
                          encoding.name, start)};
    }
    yaml::append_utf8(text, *code);
  }
  if (at != bytes.size()) {
    return {std::move(text),
            fmt::format("the file is {} (it starts with that byte-order mark), but it ends in "
                        "the middle of a character: save it as UTF-8",
                        encoding.name)};
  }
  return {std::move(text), {}};
}

// Text without a byte-order mark whose first characters are ASCII written in
// two or four bytes: NUL in the same places of every unit.
std::string_view wide_without_mark(std::string_view bytes) {
  constexpr std::size_t sample = 64;
  if (bytes.size() < 4) {
    return {};
  }
  std::size_t length = std::min(bytes.size(), sample) & ~std::size_t{3};
  auto nul_at = [&](std::size_t step, std::size_t place) {
    for (std::size_t i = 0; i < length; i += step) {
      for (std::size_t b = 0; b < step; ++b) {
        if ((bytes[i + b] == '\0') != (b != place)) {
          return false;
        }
      }
    }
    return true;
  };
  if (nul_at(4, 0) || nul_at(4, 3)) {
    return "UTF-32";
  }
  if (nul_at(2, 0) || nul_at(2, 1)) {
    return "UTF-16";
  }
  return {};
}

} // namespace

DecodedText decode_model_text(std::string bytes) {
  for (const Encoding& encoding : encodings) {
    if (std::string_view(bytes).starts_with(encoding.mark)) {
      DecodedText decoded = decode(bytes, encoding);
      if (!decoded.problem.empty()) {
        decoded.text = std::move(bytes);
      }
      return decoded;
    }
  }
  if (std::string_view wide = wide_without_mark(bytes); !wide.empty()) {
    return {std::move(bytes),
            fmt::format("the file looks like {} without a byte-order mark; save it as UTF-8, "
                        "or as {} with a byte-order mark",
                        wide, wide)};
  }
  return {std::move(bytes), {}};
}

} // namespace bizmap
