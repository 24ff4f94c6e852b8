#pragma once

#include <string>
#include <string_view>

namespace bizmap {

/// A JSON string literal, quotes included. UTF-8 passes through unchanged.
std::string json_string(std::string_view text);

} // namespace bizmap
