#pragma once

#include <bizmap/load.hpp>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace bizmap {

/// The model files that paths of the working tree held at a git revision,
/// read with git's own executable into memory: for a folder, every `*.yaml`
/// and `*.yml` below it (names that start with a dot and symbolic links
/// skipped, as when reading a folder), less those `exclude` leaves out; a
/// file named is read whatever its name. Paths are shown as the working
/// tree's would be. A path the revision does not have gives no file. Throws
/// UsageError when git is missing, the folder is not in a repository, or the
/// revision does not exist.
std::vector<SourceText> files_at_revision(const std::string& revision,
                                          std::span<const std::string> paths,
                                          const FileFilter& exclude);

/// The top folder of the git working tree that holds `folder`, checking that
/// the revision exists. Throws UsageError as files_at_revision does.
std::filesystem::path repository_root(const std::string& revision,
                                      const std::filesystem::path& folder);

/// The text of a file at a git revision, for a file below `root` (from
/// repository_root); a file outside it is read from disk, as git does not
/// keep it. None when there is no such file.
std::optional<std::string> file_at_revision(const std::string& revision,
                                            const std::filesystem::path& root,
                                            const std::filesystem::path& file);

} // namespace bizmap
