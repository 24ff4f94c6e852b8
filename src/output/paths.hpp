#pragma once

#include <string>
#include <string_view>

namespace bizmap {

/// A model file's path as CI systems expect it: forward slashes, no leading "./".
std::string repository_path(std::string_view path);

/// A file's location as a URI reference, percent-encoded where RFC 3986
/// requires it: relative for a relative path (to be resolved against the
/// folder bizmap ran in), a `file://` URI for an absolute one.
struct FileUri {
  std::string uri;
  bool relative = true;
};
FileUri file_uri(std::string_view path);

} // namespace bizmap
