#pragma once

#include <string>
#include <string_view>

namespace bizmap {

/// Text for an XML 1.0 attribute value in double or single quotes. Line breaks
/// and tabs become character references so parsers keep them; characters
/// that XML 1.0 forbids (most control characters, invalid UTF-8) become U+FFFD.
std::string xml_attribute(std::string_view text);

/// Text for XML 1.0 element content, with the same replacements; quotes and
/// line breaks stay as they are.
std::string xml_content(std::string_view text);

} // namespace bizmap
