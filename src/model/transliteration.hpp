#pragma once

#include <string_view>

namespace bizmap {

/// A Latin letter with a diacritic or a ligature in lower-case ASCII, for
/// ids made from names: 'ü' is "ue", 'ß' "ss", 'é' "e", 'ø' "o", 'Æ' "ae".
/// Empty for a character the table does not hold (U+00C0 to U+017F: the
/// letters of Latin-1 and Latin Extended-A).
std::string_view latin_in_ascii(char32_t letter);

} // namespace bizmap
