#pragma once

#include <bizmap/load.hpp>
#include <span>
#include <string>
#include <vector>

namespace bizmap {

/// A file to read, and whether the user named it (so it must be a model).
struct Candidate {
  std::string path;
  bool named = false;
};

/// Expands files and folders into the YAML files to read, sorted, each once.
/// Folders are searched below for *.yaml and *.yml, skipping names that start
/// with a dot (each is added to `skipped`, a folder without what is below
/// it); symbolic links to folders are not followed. Throws UsageError for a
/// path that does not exist.
std::vector<Candidate> discover(std::span<const std::string> paths,
                                std::vector<SkippedPath>& skipped);

} // namespace bizmap
