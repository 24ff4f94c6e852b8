#include "output/paths.hpp"

#include <filesystem>
#include <fmt/format.h>

namespace bizmap {
namespace {

bool is_unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// Keeps only unreserved characters and the slashes between segments: that
// leaves no character that could read as a scheme, query or fragment.
std::string percent_encode(std::string_view path) {
  std::string encoded;
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    if (is_unreserved(byte) || c == '/') {
      encoded += c;
    } else {
      encoded += fmt::format("%{:02X}", byte);
    }
  }
  return encoded;
}

} // namespace

std::string repository_path(std::string_view path) {
  std::string shown = std::filesystem::path(path).generic_string();
  std::string_view rest = shown;
  while (rest.starts_with("./")) {
    rest.remove_prefix(2);
  }
  return std::string(rest);
}

FileUri file_uri(std::string_view path) {
  std::string shown = repository_path(path);
  if (shown.starts_with('/')) {
    return {"file://" + percent_encode(shown), false};
  }
  return {percent_encode(shown), true};
}

} // namespace bizmap
