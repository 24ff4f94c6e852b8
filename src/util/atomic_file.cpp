#include "util/atomic_file.hpp"

#include <bizmap/load.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <unistd.h>

namespace bizmap {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& path, int error) {
  throw UsageError(fmt::format("cannot write '{}': {}", path, std::strerror(error)));
}

} // namespace

void write_file_atomically(const std::string& path, std::string_view content) {
  fs::path target(path);
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string temporary = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  int descriptor = mkstemp(temporary.data());
  if (descriptor < 0) {
    fail(path, errno);
  }
  std::size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(descriptor, content.data() + written, content.size() - written);
    if (n < 0) {
      int error = errno;
      ::close(descriptor);
      std::remove(temporary.c_str());
      fail(path, error);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(descriptor) != 0 || ::close(descriptor) != 0) {
    int error = errno;
    std::remove(temporary.c_str());
    fail(path, error);
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    int error = errno;
    std::remove(temporary.c_str());
    fail(path, error);
  }
}

} // namespace bizmap
