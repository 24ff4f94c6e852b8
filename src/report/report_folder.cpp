#include "report/report.hpp"
#include "util/atomic_file.hpp"

#include <bizmap/load.hpp>
#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace bizmap {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view marker_text =
    "This folder was written by bizmap report; the next run replaces it as a whole.\n";

fs::path normalise(const std::string& folder) {
  fs::path path = fs::absolute(folder).lexically_normal();
  return path.filename().empty() ? path.parent_path() : path;
}

// A folder with bizmap's marker or nothing in it may be replaced; anything
// else only when the user says so.
void check_replaceable(const fs::path& folder, const std::string& shown, bool force) {
  std::error_code error;
  fs::file_status status = fs::symlink_status(folder, error);
  if (!fs::exists(status) || force) {
    return;
  }
  if (!fs::is_directory(fs::status(folder, error))) {
    throw UsageError(fmt::format(
        "'{}' exists and is not a folder; use --force to replace it with the report", shown));
  }
  if (fs::exists(folder / report_marker, error) || fs::is_empty(folder, error)) {
    return;
  }
  throw UsageError(fmt::format("'{}' holds files that bizmap report did not write; use --force "
                               "to replace the folder",
                               shown));
}

[[noreturn]] void fail(const fs::path& path, int error) {
  throw fs::filesystem_error("cannot write", path, std::error_code(error, std::generic_category()));
}

// A new, empty folder beside `beside`. mkdir(0777) lets the umask apply, as
// to any new folder (mkdtemp would make it private).
fs::path reserve_folder(const fs::path& beside, std::string_view purpose) {
  constexpr int attempts = 100;
  for (int attempt = 0; attempt < attempts; ++attempt) {
    fs::path path = temporary_beside(beside, purpose);
    if (::mkdir(path.c_str(), 0777) == 0) {
      return path;
    }
    if (errno != EEXIST && errno != EINTR) {
      fail(path, errno);
    }
  }
  fail(beside, EEXIST);
}

void write_file(const fs::path& path, std::string_view text) {
  fs::create_directories(path.parent_path());
  int descriptor;
  do {
    descriptor = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  } while (descriptor < 0 && errno == EINTR);
  if (descriptor < 0) {
    fail(path, errno);
  }
  int written = write_all(descriptor, text);
  int closed = close_file(descriptor);
  if (int error = written != 0 ? written : closed; error != 0) {
    fail(path, error);
  }
}

void write_files(const fs::path& folder, const std::vector<ReportFile>& files) {
  for (const ReportFile& file : files) {
    write_file(folder / fs::path(file.path), file.text);
  }
  write_file(folder / report_marker, marker_text);
}

// A report that replaces a folder keeps the folder's permission bits.
void keep_mode(const fs::path& folder, const fs::path& built) {
  struct stat existing {};
  if (::stat(folder.c_str(), &existing) == 0 && S_ISDIR(existing.st_mode) &&
      ::chmod(built.c_str(), existing.st_mode & 0777) != 0) {
    fail(built, errno);
  }
}

// Moves the old folder aside, the new one into place, and only then deletes
// the old one; if the second move fails, the old folder goes back.
void swap_into_place(const fs::path& built, const fs::path& folder) {
  std::error_code error;
  if (!fs::exists(fs::symlink_status(folder, error))) {
    fs::rename(built, folder);
    return;
  }
  fs::path old = reserve_folder(folder, "old");
  fs::remove(old);
  fs::rename(folder, old);
  try {
    fs::rename(built, folder);
  } catch (const fs::filesystem_error&) {
    fs::rename(old, folder, error);
    throw;
  }
  fs::remove_all(old, error);
}

} // namespace

void write_report_folder(const std::string& folder, const std::vector<ReportFile>& files,
                         bool force) {
  fs::path target = normalise(folder);
  check_replaceable(target, folder, force);
  fs::path parent = target.parent_path();
  std::error_code error;
  if (!fs::is_directory(parent, error)) {
    if (fs::exists(parent, error)) {
      throw UsageError(
          fmt::format("cannot write '{}': '{}' is not a folder", folder, parent.string()));
    }
    throw UsageError(fmt::format("cannot write '{}': its parent folder does not exist", folder));
  }
  // Everything is written into a new folder beside the target, which is
  // removed again if anything fails, so nothing is left behind.
  fs::path built;
  try {
    built = reserve_folder(target, "new");
    write_files(built, files);
    keep_mode(target, built);
    swap_into_place(built, target);
  } catch (const fs::filesystem_error& failure) {
    if (!built.empty()) {
      fs::remove_all(built, error);
    }
    throw UsageError(fmt::format("cannot write '{}': {}", folder, failure.code().message()));
  }
}

} // namespace bizmap
