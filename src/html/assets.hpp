#pragma once

#include <string_view>

namespace bizmap {

/// style.css: the manual's look on screen and on paper (the print rules
/// hide the navigation and search, keep rows and steps whole, start each
/// part of print.html on a new page and show the boxes to tick).
std::string_view style_sheet();

/// search.js: the search over search-index.js, which every page loads as a
/// script, so that it works from a file:// address where nothing may be
/// fetched.
std::string_view search_script();

} // namespace bizmap
