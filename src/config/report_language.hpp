#pragma once

#include <array>
#include <string_view>

namespace bizmap {

/// The languages the HTML report's labels are written in (`--language`,
/// `report: language:`), by code; the first is the default.
inline constexpr std::array<std::string_view, 2> report_languages = {"en", "de"};

} // namespace bizmap
