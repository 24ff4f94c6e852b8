#pragma once

#include <string>
#include <string_view>

namespace bizmap {

/// The SHA-256 digest of `data` in lower-case hexadecimal, as `sha256sum`
/// prints it.
std::string sha256_hex(std::string_view data);

} // namespace bizmap
