#include "whatif/formats.hpp"

#include <array>

namespace bizmap {
namespace {

constexpr std::array formats = std::to_array<WhatIfFormat>({
    {"text", "text", {}, write_what_if_text},
    {"markdown", "Markdown", {}, write_what_if_markdown},
    {"json", "JSON", {}, write_what_if_json},
});

} // namespace

std::span<const WhatIfFormat> what_if_formats() {
  return formats;
}

} // namespace bizmap
