#pragma once

#include <string>
#include <string_view>

namespace bizmap {

/// Writes `content` to `path` so that readers see the old file or the whole
/// new one, never a part: the text goes to a temporary file beside it, which
/// then replaces `path`. Throws UsageError when the file cannot be written.
void write_file_atomically(const std::string& path, std::string_view content);

} // namespace bizmap
