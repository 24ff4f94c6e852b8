#pragma once

#include <string>
#include <string_view>

namespace bizmap {

/// Whether the text is an id: lower-case kebab-case, `[a-z0-9]+(-[a-z0-9]+)*`.
bool is_kebab_case_id(std::string_view text);

/// A name written as an id: 'Head baker' as 'head-baker', 'OrderForm' as
/// 'orderform', 'Lohnprüfung' as 'lohnpruefung' (latin_in_ascii); empty
/// when it has no letter or digit.
std::string as_kebab_case_id(std::string_view text);

} // namespace bizmap
