#include "load/discover.hpp"

#include <algorithm>
#include <bizmap/load.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <set>

namespace bizmap {
namespace fs = std::filesystem;
namespace {

bool is_yaml(const fs::path& path) {
  std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

void search_folder(const fs::path& folder, std::vector<Candidate>& found,
                   std::vector<SkippedPath>& skipped) {
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::none, error);
  if (error) {
    throw UsageError(fmt::format("cannot read folder '{}': {}", folder.string(), error.message()));
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) {
      throw UsageError(
          fmt::format("cannot read folder '{}': {}", it->path().string(), error.message()));
    }
    const fs::path& path = it->path();
    if (is_hidden(path)) {
      bool folder_skipped = it->is_directory(error);
      if (folder_skipped) {
        it.disable_recursion_pending();
      }
      // A configuration file is named by -v as what it is, not as skipped.
      if (folder_skipped || (is_yaml(path) && path.filename() != ".bizmap.yaml")) {
        skipped.push_back({path.lexically_normal().generic_string(),
                           fmt::format("its name starts with a dot{}",
                                       folder_skipped ? ", so nothing below it is read" : "")});
      }
      continue;
    }
    if (is_yaml(path) && it->is_regular_file(error)) {
      found.push_back({path.lexically_normal().generic_string(), false});
    }
  }
}

} // namespace

std::vector<Candidate> discover(std::span<const std::string> paths,
                                std::vector<SkippedPath>& skipped) {
  std::vector<Candidate> found;
  for (const std::string& given : paths) {
    fs::path path(given);
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (!fs::exists(status)) {
      throw UsageError(fmt::format("path '{}' does not exist", given));
    }
    if (fs::is_directory(status)) {
      search_folder(path, found, skipped);
    } else {
      found.push_back({path.lexically_normal().generic_string(), true});
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Candidate& a, const Candidate& b) { return a.path < b.path; });
  // The same file given twice, or named and also found in a folder, is read once.
  std::vector<Candidate> unique;
  std::set<fs::path> seen;
  for (Candidate& candidate : found) {
    std::error_code error;
    fs::path identity = fs::weakly_canonical(candidate.path, error);
    if (seen.insert(error ? fs::path(candidate.path) : identity).second) {
      unique.push_back(std::move(candidate));
    } else if (candidate.named) {
      for (Candidate& kept : unique) {
        kept.named = kept.named || kept.path == candidate.path;
      }
    }
  }
  return unique;
}

} // namespace bizmap
