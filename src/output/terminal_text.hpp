#pragma once

#include <string>
#include <string_view>

namespace bizmap {

/// Text from a model made safe for a terminal: each control character shows
/// as its Unicode control picture (ESC as U+241B), one column wide like the
/// character it stands for, so a log cannot be recoloured or rewritten and
/// carets stay aligned; C1 controls show as U+FFFD.
std::string visible(std::string_view text);

} // namespace bizmap
