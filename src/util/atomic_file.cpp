#include "util/atomic_file.hpp"

#include <bizmap/usage_error.hpp>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace bizmap {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& path, int error) {
  throw UsageError(fmt::format("cannot write '{}': {}", path, std::strerror(error)));
}

// Removes the temporary file unless it was renamed into place.
class Temporary {
public:
  Temporary() = default;
  Temporary(const Temporary&) = delete;
  Temporary& operator=(const Temporary&) = delete;
  ~Temporary() {
    if (descriptor >= 0) {
      ::close(descriptor);
    }
    if (!path.empty()) {
      ::unlink(path.c_str());
    }
  }

  std::string path;
  int descriptor = -1;
};

// Creates a new temporary file beside `target` with open(O_CREAT | O_EXCL,
// 0666), so that the umask and any default ACL of the folder apply to it as
// to any new file (mkstemp would make it 0600). Returns 0 or an errno.
int create_beside(const fs::path& target, Temporary& temporary) {
  constexpr int attempts = 100;
  for (int attempt = 0; attempt < attempts; ++attempt) {
    std::string path = temporary_beside(target, "tmp").string();
    int descriptor = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (descriptor >= 0) {
      temporary.path = std::move(path);
      temporary.descriptor = descriptor;
      return 0;
    }
    if (errno != EEXIST && errno != EINTR) {
      return errno;
    }
  }
  return EEXIST;
}

} // namespace

fs::path temporary_beside(const fs::path& target, std::string_view purpose) {
  static constexpr std::string_view letters =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static std::mt19937_64 random{std::random_device{}()};
  std::uniform_int_distribution<std::size_t> pick(0, letters.size() - 1);
  std::string suffix(6, ' ');
  for (char& c : suffix) {
    c = letters[pick(random)];
  }
  fs::path folder = target.parent_path();
  return folder / fmt::format(".{}.{}-{}", target.filename().string(), purpose, suffix);
}

int write_all(int descriptor, std::string_view content) {
  while (!content.empty()) {
    ssize_t n = ::write(descriptor, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      return errno;
    }
    if (n == 0) {
      return EIO; // a regular file never takes nothing; do not spin
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

int close_file(int descriptor) {
  return ::close(descriptor) != 0 && errno != EINTR ? errno : 0;
}

void write_file_atomically(const std::string& path, std::string_view content) {
  fs::path target(path);
  Temporary temporary;
  if (int error = create_beside(target, temporary); error != 0) {
    fail(path, error);
  }
  // A replaced file keeps its permission bits (not set-user-ID and the like:
  // the new file may have another owner).
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode) &&
      ::fchmod(temporary.descriptor, existing.st_mode & 0777) != 0) {
    fail(path, errno);
  }
  if (int error = write_all(temporary.descriptor, content); error != 0) {
    fail(path, error);
  }
  int synced;
  do {
    synced = ::fsync(temporary.descriptor);
  } while (synced != 0 && errno == EINTR);
  if (synced != 0) {
    fail(path, errno);
  }
  if (int error = close_file(std::exchange(temporary.descriptor, -1)); error != 0) {
    fail(path, error);
  }
  if (::rename(temporary.path.c_str(), path.c_str()) != 0) {
    fail(path, errno);
  }
  temporary.path.clear();
}

} // namespace bizmap
