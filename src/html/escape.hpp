#pragma once

#include <string>
#include <string_view>

namespace bizmap {

/// Text for an HTML page, in an element or in a quoted attribute: `&`, `<`,
/// `>`, `"` and `'` as character references, control characters other than
/// tab and line feed as a space, and bytes that are not UTF-8 as U+FFFD. No
/// text that went through it can open or close a tag, an attribute or a
/// script.
std::string html_text(std::string_view text);

/// A JavaScript string literal in double quotes for a script file: the quote,
/// backslash and control characters escaped, and `<`, `>`, `&`, U+2028 and
/// U+2029 written as \u escapes, so the literal never ends a script either.
std::string js_string(std::string_view text);

} // namespace bizmap
