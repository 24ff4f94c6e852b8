#include "report/manifest.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

constexpr std::string_view header =
    "# bizmap report: the files bizmap wrote into this folder and their SHA-256.\n"
    "# The next report replaces only these, and not one that was edited since;\n"
    "# grep -v '^#' .bizmap-report | sha256sum -c  shows which were.\n";

// The marker of the bizmap versions that replaced a report folder whole.
constexpr std::string_view marker_without_hashes =
    "This folder was written by bizmap report; the next run replaces it as a whole.\n";

bool is_hash(std::string_view text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

} // namespace

bool is_inside_path(std::string_view path) {
  if (path.empty() || path.front() == '/') {
    return false;
  }
  for (std::size_t start = 0; start <= path.size();) {
    std::size_t end = std::min(path.find('/', start), path.size());
    std::string_view part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == ".." || part.find('\0') != std::string_view::npos) {
      return false;
    }
    start = end + 1;
  }
  return true;
}

std::optional<Manifest> parse_manifest(std::string_view text) {
  Manifest manifest;
  if (text == marker_without_hashes) {
    manifest.without_hashes = true;
    return manifest;
  }
  if (!text.starts_with("# bizmap report")) {
    return std::nullopt;
  }
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    if (end == std::string_view::npos) {
      return std::nullopt; // every line bizmap writes ends with a line break
    }
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end + 1);
    if (line.starts_with('#')) {
      continue;
    }
    if (line.size() <= 66) {
      return std::nullopt;
    }
    std::string_view path = line.substr(66);
    if (!is_hash(line.substr(0, 64)) || line.substr(64, 2) != "  " || !is_inside_path(path) ||
        !manifest.hashes.emplace(path, line.substr(0, 64)).second) {
      return std::nullopt;
    }
  }
  return manifest;
}

std::string manifest_text(const Manifest& manifest) {
  std::string text(header);
  for (const auto& [path, hash] : manifest.hashes) {
    text += fmt::format("{}  {}\n", hash, path);
  }
  return text;
}

} // namespace bizmap
