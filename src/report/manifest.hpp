#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace bizmap {

/// Name of the file in which a report folder records what bizmap wrote
/// there: each file's path and the SHA-256 of its text.
inline constexpr std::string_view manifest_name = ".bizmap-report";

/// What an earlier report wrote into a folder.
struct Manifest {
  std::map<std::string, std::string, std::less<>> hashes; ///< by path inside the folder
  /// Written by a bizmap that kept no hashes: its pages cannot be told from
  /// edited ones.
  bool without_hashes = false;
};

/// Reads a manifest's text; std::nullopt when it is not one bizmap wrote, or
/// names a path outside its folder.
std::optional<Manifest> parse_manifest(std::string_view text);

/// The manifest's text: a comment that says what it is, then one
/// `HASH  PATH` line a file, sorted, as `sha256sum` prints them.
std::string manifest_text(const Manifest& manifest);

/// Whether a path is a plain relative path inside a folder: no `..`, no
/// `.`, no empty part, not absolute.
bool is_inside_path(std::string_view path);

} // namespace bizmap
