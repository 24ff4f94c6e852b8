#pragma once

#include <string>
#include <string_view>

namespace bizmap {

/// Text made safe inside a quoted Mermaid label: every character Mermaid
/// would read as syntax becomes its entity code.
std::string mermaid_text(std::string_view text);

/// A quoted Mermaid label of the text.
std::string mermaid_label(std::string_view text);

/// The styles every diagram gives data from or to outside the business,
/// missing handoffs, processes drawn only for context, and broken handoffs.
inline constexpr std::string_view mermaid_outside_style =
    "fill:#eef3f8,stroke:#50647a,color:#1f2d3a";
inline constexpr std::string_view mermaid_missing_style =
    "fill:#fdecea,stroke:#c62828,color:#b71c1c,stroke-dasharray:5 5";
inline constexpr std::string_view mermaid_neighbour_style =
    "fill:#ffffff,stroke:#9e9e9e,color:#555555,stroke-dasharray:2 2";
inline constexpr std::string_view mermaid_broken_link_style = "stroke:#c62828,stroke-width:2px";

} // namespace bizmap
