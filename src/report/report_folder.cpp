// Writing a report into a folder that may hold an earlier report and files
// of the user's: only the files the manifest says bizmap wrote are replaced
// or removed, and only while they are as bizmap wrote them.
#include "report/manifest.hpp"
#include "report/report.hpp"
#include "util/file_transaction.hpp"
#include "util/sha256.hpp"

#include <bizmap/usage_error.hpp>
#include <cerrno>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace bizmap {
namespace fs = std::filesystem;

namespace {

enum class Entry { missing, file, folder, link, other };

Entry entry_at(const fs::path& path) {
  struct stat status {};
  if (::lstat(path.c_str(), &status) != 0) {
    return Entry::missing;
  }
  if (S_ISREG(status.st_mode)) {
    return Entry::file;
  }
  if (S_ISDIR(status.st_mode)) {
    return Entry::folder;
  }
  return S_ISLNK(status.st_mode) ? Entry::link : Entry::other;
}

std::string read_file(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream text;
  text << stream.rdbuf();
  if (!stream && !stream.eof()) {
    throw fs::filesystem_error("cannot read", path,
                               std::error_code(errno, std::generic_category()));
  }
  return text.str();
}

/// Why the report cannot be written without touching what is not bizmap's.
struct Refusals {
  std::vector<std::string> not_written; ///< never replaced, with or without --force
  std::vector<std::string> edited;      ///< replaced only with --force

  [[noreturn]] static void refuse(const std::vector<std::string>& reasons, std::string_view end) {
    std::string more =
        reasons.size() > 1 ? fmt::format(" ({} more like it)", reasons.size() - 1) : std::string();
    throw UsageError(fmt::format("{}{}; nothing was written: {}", reasons.front(), more, end));
  }

  void throw_if_any(bool force) const {
    if (!not_written.empty()) {
      refuse(not_written, "move it away or choose another folder for the report");
    }
    if (!edited.empty() && !force) {
      refuse(edited, "--force replaces what bizmap wrote even when it was edited");
    }
  }
};

class ReportFolder {
public:
  ReportFolder(fs::path folder, std::string shown)
      : folder_(std::move(folder)), shown_(std::move(shown)) {}

  void read_manifest() {
    fs::path path = folder_ / manifest_name;
    switch (entry_at(path)) {
    case Entry::missing:
      return;
    case Entry::file:
      if (std::optional<Manifest> manifest = parse_manifest(read_file(path))) {
        manifest_ = std::move(*manifest);
        return;
      }
      [[fallthrough]];
    default:
      refusals_.not_written.push_back(
          fmt::format("'{}' is not a list of files that bizmap report wrote", shown(path)));
    }
  }

  void plan(const std::vector<ReportFile>& files) {
    for (const ReportFile& file : files) {
      plan_page(file);
    }
    for (const auto& [path, hash] : manifest_.hashes) {
      if (!written_.hashes.contains(path)) {
        plan_removal(path, hash);
      }
    }
  }

  void write(bool force) {
    refusals_.throw_if_any(force);
    FileTransaction transaction(folder_);
    for (const auto& [target, text] : writes_) {
      transaction.write(target, *text);
    }
    for (const fs::path& target : removals_) {
      transaction.remove(target);
    }
    std::string manifest = manifest_text(written_);
    fs::path manifest_path = folder_ / manifest_name;
    if (entry_at(manifest_path) != Entry::file || read_file(manifest_path) != manifest) {
      transaction.write(manifest_path, manifest);
    }
    transaction.commit();
  }

private:
  std::string shown(const fs::path& path) const {
    return (fs::path(shown_) / path.lexically_relative(folder_)).string();
  }

  // The first part of the path between the report folder and a file that is
  // not a folder, and what it is: `missing` when the rest does not exist yet,
  // `folder` when every part is a plain folder.
  Entry folders_on_the_way(const std::string& path, fs::path& at) const {
    at = folder_;
    fs::path relative(path);
    for (auto part = relative.begin(); std::next(part) != relative.end(); ++part) {
      at /= *part;
      if (Entry entry = entry_at(at); entry != Entry::folder) {
        return entry;
      }
    }
    return Entry::folder;
  }

  // Links that lead out of the folder are not followed; files in the way are
  // not replaced.
  bool folders_are_plain(const std::string& path) {
    fs::path at;
    Entry entry = folders_on_the_way(path, at);
    if (entry == Entry::folder || entry == Entry::missing) {
      return true;
    }
    refusals_.not_written.push_back(
        entry == Entry::link
            ? fmt::format("'{}' is a symbolic link, and bizmap does not follow links out of the "
                          "report folder",
                          shown(at))
            : fmt::format("'{}' is in the way: bizmap report did not write it", shown(at)));
    return false;
  }

  void plan_page(const ReportFile& file) {
    written_.hashes[file.path] = sha256_hex(file.text);
    fs::path target = folder_ / file.path;
    if (!folders_are_plain(file.path)) {
      return;
    }
    Entry entry = entry_at(target);
    if (entry == Entry::missing) {
      writes_.emplace_back(target, &file.text);
      return;
    }
    if (entry != Entry::file) {
      refusals_.not_written.push_back(
          fmt::format("'{}' is {} that bizmap report did not write", shown(target),
                      entry == Entry::link ? "a symbolic link" : "a folder or a special file"));
      return;
    }
    std::string existing = read_file(target);
    if (existing == file.text) {
      return; // already what this report holds: nothing to write, nothing lost
    }
    if (is_written_by_bizmap(file.path, existing, target)) {
      writes_.emplace_back(target, &file.text);
    }
  }

  void plan_removal(const std::string& path, const std::string& hash) {
    fs::path target = folder_ / path;
    fs::path at;
    if (!is_inside_path(path) || folders_on_the_way(path, at) != Entry::folder ||
        entry_at(target) != Entry::file) {
      return; // gone, or no longer a file bizmap wrote: left as it is
    }
    std::string existing = read_file(target);
    if (sha256_hex(existing) != hash) {
      refusals_.edited.push_back(fmt::format(
          "'{}' was edited since bizmap report wrote it, and this report has no such page",
          shown(target)));
    }
    removals_.push_back(target);
  }

  // Whether an existing file is bizmap's to replace; records the refusal if
  // it is not, or may be only with --force.
  bool is_written_by_bizmap(const std::string& path, const std::string& existing,
                            const fs::path& target) {
    auto recorded = manifest_.hashes.find(path);
    if (recorded != manifest_.hashes.end()) {
      if (sha256_hex(existing) != recorded->second) {
        refusals_.edited.push_back(
            fmt::format("'{}' was edited since bizmap report wrote it", shown(target)));
      }
      return true;
    }
    if (manifest_.without_hashes) {
      refusals_.edited.push_back(fmt::format(
          "'{}' is from a report of an earlier bizmap, which kept no record of what it wrote, so "
          "bizmap cannot tell whether it was edited",
          shown(target)));
      return true;
    }
    refusals_.not_written.push_back(
        fmt::format("'{}' exists and bizmap report did not write it", shown(target)));
    return false;
  }

  fs::path folder_;
  std::string shown_;
  Manifest manifest_;
  Manifest written_;
  Refusals refusals_;
  std::vector<std::pair<fs::path, const std::string*>> writes_;
  std::vector<fs::path> removals_;
};

fs::path normalise(const std::string& folder) {
  fs::path path = fs::absolute(folder).lexically_normal();
  return path.filename().empty() ? path.parent_path() : path;
}

// The folder to write into: the one named, or the one a link names points to.
fs::path report_folder(const std::string& folder) {
  fs::path target = normalise(folder);
  Entry entry = entry_at(target);
  if (entry == Entry::link) {
    std::error_code error;
    fs::path followed = fs::canonical(target, error);
    if (!error && entry_at(followed) == Entry::folder) {
      return followed;
    }
    throw UsageError(fmt::format(
        "cannot write '{}': it is a symbolic link to something that is not a folder", folder));
  }
  if (entry != Entry::missing && entry != Entry::folder) {
    throw UsageError(fmt::format("cannot write '{}': it is a file, not a folder", folder));
  }
  if (entry == Entry::missing) {
    fs::path parent = target.parent_path();
    std::error_code error;
    if (!fs::is_directory(parent, error)) {
      if (fs::exists(parent, error)) {
        throw UsageError(
            fmt::format("cannot write '{}': '{}' is not a folder", folder, parent.string()));
      }
      throw UsageError(fmt::format("cannot write '{}': its parent folder does not exist", folder));
    }
  }
  return target;
}

} // namespace

void write_report_folder(const std::string& folder, const std::vector<ReportFile>& files,
                         bool force) {
  try {
    ReportFolder report(report_folder(folder), folder);
    report.read_manifest();
    report.plan(files);
    report.write(force);
  } catch (const fs::filesystem_error& failure) {
    throw UsageError(fmt::format("cannot write '{}': {}", folder, failure.code().message()));
  }
}

} // namespace bizmap
