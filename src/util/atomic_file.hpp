#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace bizmap {

/// Writes `content` to `path` so that readers see the old file or the whole
/// new one, never a part: the text goes to a temporary file beside it, which
/// then replaces `path`. A new file gets the mode that creating it with 0666
/// under the current umask gives; a replaced file keeps its permission bits.
/// Throws UsageError naming `path` when the file cannot be written; the
/// temporary file is removed then.
void write_file_atomically(const std::string& path, std::string_view content);

/// Writes all of `content` to `descriptor`, going on after short writes and
/// interrupted calls (EINTR). Returns 0, or the errno of the failed write.
int write_all(int descriptor, std::string_view content);

/// Closes `descriptor`. Returns 0, or the errno of a failed close; EINTR
/// counts as closed, since Linux closes the descriptor even then.
int close_file(int descriptor);

/// A name for a temporary beside `target`, in the same folder:
/// `.NAME.PURPOSE-` followed by six random letters and digits.
std::filesystem::path temporary_beside(const std::filesystem::path& target,
                                       std::string_view purpose);

} // namespace bizmap
