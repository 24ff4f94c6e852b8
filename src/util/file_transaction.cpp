#include "util/file_transaction.hpp"

#include "util/atomic_file.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace bizmap {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void fail(const fs::path& path, int error) {
  throw fs::filesystem_error("cannot write", path, std::error_code(error, std::generic_category()));
}

// A new file beside `target` with a name no other file has, created with
// open(O_CREAT | O_EXCL, 0666) so that the umask applies as to any new file.
int create_temporary(const fs::path& target, std::string_view purpose, fs::path& path) {
  constexpr int attempts = 100;
  for (int attempt = 0; attempt < attempts; ++attempt) {
    path = temporary_beside(target, purpose);
    int descriptor = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (descriptor >= 0) {
      return descriptor;
    }
    if (errno != EEXIST && errno != EINTR) {
      fail(path, errno);
    }
  }
  fail(target, EEXIST);
}

// A name beside `target` that no file has yet, for keeping the old file.
fs::path free_name_beside(const fs::path& target) {
  for (;;) {
    fs::path path = temporary_beside(target, "old");
    struct stat existing {};
    if (::lstat(path.c_str(), &existing) != 0 && errno == ENOENT) {
      return path;
    }
  }
}

void write_text(int descriptor, const fs::path& path, std::string_view text,
                const struct stat* existing) {
  int error = 0;
  if (existing != nullptr && ::fchmod(descriptor, existing->st_mode & 0777) != 0) {
    error = errno;
  }
  if (error == 0) {
    error = write_all(descriptor, text);
  }
  int closed = close_file(descriptor);
  if (error != 0 || closed != 0) {
    fail(path, error != 0 ? error : closed);
  }
}

} // namespace

FileTransaction::FileTransaction(fs::path root) : root_(std::move(root)) {}

FileTransaction::~FileTransaction() {
  if (!committed_) {
    roll_back();
  }
}

void FileTransaction::create_folders(const fs::path& folder) {
  struct stat existing {};
  if (::lstat(folder.c_str(), &existing) == 0) {
    if (!S_ISDIR(existing.st_mode)) {
      fail(folder, ENOTDIR);
    }
    return;
  }
  if (folder != root_ && folder.has_parent_path()) {
    create_folders(folder.parent_path());
  }
  if (::mkdir(folder.c_str(), 0777) != 0) {
    fail(folder, errno);
  }
  created_folders_.push_back(folder);
}

void FileTransaction::write(const fs::path& target, std::string_view text) {
  create_folders(target.parent_path());
  PendingFile change{target, {}, {}, false, false};
  struct stat existing {};
  change.existed = ::lstat(target.c_str(), &existing) == 0;
  int descriptor = create_temporary(target, "new", change.temporary);
  changes_.push_back(change);
  write_text(descriptor, change.temporary, text,
             change.existed && S_ISREG(existing.st_mode) ? &existing : nullptr);
}

void FileTransaction::remove(const fs::path& target) {
  changes_.push_back({target, {}, {}, true, false});
}

void FileTransaction::apply(PendingFile& change) {
  if (change.existed) {
    change.backup = free_name_beside(change.target);
    // A second name for the old file: the target is never missing while a
    // page is replaced. Where hard links are not possible, the old file moves.
    bool linked =
        !change.temporary.empty() && ::link(change.target.c_str(), change.backup.c_str()) == 0;
    if (!linked && ::rename(change.target.c_str(), change.backup.c_str()) != 0) {
      change.backup.clear();
      fail(change.target, errno);
    }
  }
  if (!change.temporary.empty() && ::rename(change.temporary.c_str(), change.target.c_str()) != 0) {
    int error = errno;
    undo(change);
    fail(change.target, error);
  }
  change.applied = true;
}

void FileTransaction::undo(PendingFile& change) noexcept {
  if (!change.backup.empty()) {
    ::rename(change.backup.c_str(), change.target.c_str());
    change.backup.clear();
  } else if (change.applied && !change.temporary.empty()) {
    ::unlink(change.target.c_str());
  }
  change.applied = false;
}

void FileTransaction::commit() {
  for (PendingFile& change : changes_) {
    apply(change);
  }
  committed_ = true;
  for (PendingFile& change : changes_) {
    if (!change.backup.empty()) {
      ::unlink(change.backup.c_str());
    }
    if (change.temporary.empty()) {
      remove_empty_folders(change.target.parent_path());
    }
  }
}

void FileTransaction::roll_back() noexcept {
  for (auto change = changes_.rbegin(); change != changes_.rend(); ++change) {
    if (change->applied || !change->backup.empty()) {
      undo(*change);
    }
    if (!change->temporary.empty()) {
      ::unlink(change->temporary.c_str());
    }
  }
  for (auto folder = created_folders_.rbegin(); folder != created_folders_.rend(); ++folder) {
    ::rmdir(folder->c_str());
  }
}

void FileTransaction::remove_empty_folders(fs::path folder) noexcept {
  while (folder != root_ && folder.has_parent_path() && ::rmdir(folder.c_str()) == 0) {
    folder = folder.parent_path();
  }
}

} // namespace bizmap
