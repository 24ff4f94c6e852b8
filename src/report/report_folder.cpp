#include "report/report.hpp"

#include <bizmap/load.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>

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

fs::path reserve_folder(const fs::path& beside, std::string_view purpose,
                        const std::string& shown) {
  std::string pattern =
      (beside.parent_path() / fmt::format(".{}.{}-XXXXXX", beside.filename().string(), purpose))
          .string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw UsageError(fmt::format("cannot write '{}': {}", shown, std::strerror(errno)));
  }
  return pattern;
}

void write_file(const fs::path& path, std::string_view text) {
  fs::create_directories(path.parent_path());
  std::ofstream stream(path, std::ios::binary);
  stream << text;
  stream.close();
  if (!stream) {
    throw fs::filesystem_error("cannot write the file", path,
                               std::make_error_code(std::errc::io_error));
  }
}

void write_files(const fs::path& folder, const std::vector<ReportFile>& files) {
  for (const ReportFile& file : files) {
    write_file(folder / fs::path(file.path), file.text);
  }
  write_file(folder / report_marker, marker_text);
}

// Moves the old folder aside, the new one into place, and only then deletes
// the old one; if the second move fails, the old folder goes back.
void swap_into_place(const fs::path& built, const fs::path& folder, const std::string& shown) {
  std::error_code error;
  if (!fs::exists(fs::symlink_status(folder, error))) {
    fs::rename(built, folder);
    return;
  }
  fs::path old = reserve_folder(folder, "old", shown);
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
  std::error_code error;
  if (!fs::is_directory(target.parent_path(), error)) {
    throw UsageError(fmt::format("cannot write '{}': its parent folder does not exist", folder));
  }
  fs::path built = reserve_folder(target, "new", folder);
  try {
    // mkdtemp makes the folder private; a report is for reading.
    fs::permissions(built, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                               fs::perms::others_read | fs::perms::others_exec);
    write_files(built, files);
    swap_into_place(built, target, folder);
  } catch (const fs::filesystem_error& failure) {
    fs::remove_all(built, error);
    throw UsageError(fmt::format("cannot write '{}': {}", folder, failure.code().message()));
  }
}

} // namespace bizmap
