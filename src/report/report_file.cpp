// A single-file report: the file says itself that bizmap wrote it, so that a
// later run replaces it and nothing else.
#include "report/report.hpp"
#include "util/atomic_file.hpp"
#include "util/sha256.hpp"

#include <bizmap/usage_error.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace bizmap {
namespace {

constexpr std::string_view signature_start = "<!-- Written by bizmap report; SHA-256 of the text "
                                             "above: ";
constexpr std::string_view signature_end = " -->\n";

// The text, a blank line, and the signature.
std::string signed_text(std::string text) {
  text += text.ends_with('\n') ? "\n" : "\n\n";
  std::string hash = sha256_hex(text);
  return fmt::format("{}{}{}{}", text, signature_start, hash, signature_end);
}

enum class Written { by_bizmap, edited, not_by_bizmap };

Written who_wrote(std::string_view existing) {
  if (!existing.ends_with(signature_end)) {
    return Written::not_by_bizmap;
  }
  std::size_t start = existing.rfind(signature_start);
  if (start == std::string_view::npos ||
      existing.size() != start + signature_start.size() + 64 + signature_end.size()) {
    return Written::not_by_bizmap;
  }
  std::string_view hash = existing.substr(start + signature_start.size(), 64);
  return sha256_hex(existing.substr(0, start)) == hash ? Written::by_bizmap : Written::edited;
}

std::string read_file(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

} // namespace

void write_report_file(const std::string& path, const std::string& text, bool force) {
  struct stat status {};
  if (::lstat(path.c_str(), &status) == 0) {
    if (!S_ISREG(status.st_mode)) {
      throw UsageError(fmt::format("'{}' is {}, not a report bizmap wrote; nothing was written",
                                   path, S_ISLNK(status.st_mode) ? "a symbolic link" : "a folder"));
    }
    Written written = who_wrote(read_file(path));
    if (written == Written::not_by_bizmap) {
      throw UsageError(fmt::format("'{}' exists and bizmap report did not write it; nothing was "
                                   "written: move it away or choose another file",
                                   path));
    }
    if (written == Written::edited && !force) {
      throw UsageError(fmt::format("'{}' was edited since bizmap report wrote it; nothing was "
                                   "written: --force replaces it",
                                   path));
    }
  }
  write_file_atomically(path, signed_text(text));
}

} // namespace bizmap
