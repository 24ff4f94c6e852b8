#include "diff/git_revision.hpp"

#include "util/program.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

namespace bizmap {
namespace fs = std::filesystem;
namespace {

std::string first_line(std::string_view text) {
  std::string line(text.substr(0, text.find('\n')));
  return line.starts_with("fatal: ") ? line.substr(7) : line;
}

// Runs git in `folder`, where it finds the repository and reads paths from.
ProgramRun git(const fs::path& folder, std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), {"git", "-C", folder.string()});
  ProgramRun run = run_program(arguments);
  if (run.exit_code == -1 && run.err.empty()) {
    throw UsageError("git ended without finishing");
  }
  return run;
}

void check_revision(const fs::path& folder, const std::string& revision) {
  ProgramRun inside = git(folder, {"rev-parse", "--is-inside-work-tree"});
  if (inside.exit_code != 0) {
    throw UsageError(fmt::format("--base {}: {}", revision, first_line(inside.err)));
  }
  ProgramRun commit =
      git(folder, {"rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"});
  if (commit.exit_code != 0) {
    throw UsageError(fmt::format("--base {}: git knows no commit of that name", revision));
  }
}

bool is_yaml(const fs::path& path) {
  return path.extension() == ".yaml" || path.extension() == ".yml";
}

// A name below the folder read that reading a folder skips: one that starts
// with a dot.
bool is_hidden(const fs::path& relative) {
  for (const fs::path& part : relative) {
    std::string name = part.string();
    if (name.size() > 1 && name[0] == '.' && name != "..") {
      return true;
    }
  }
  return false;
}

// "<mode> <type> <object>\t<path>\0", as `git ls-tree -z` writes each entry.
struct TreeEntry {
  std::string mode;
  std::string type;
  std::string path; ///< relative to the folder git ran in
};

std::vector<TreeEntry> tree_entries(const fs::path& folder, const std::string& revision,
                                    const std::string& path) {
  ProgramRun listed =
      git(folder, {"ls-tree", "-r", "-z", "--end-of-options", revision, "--", path});
  if (listed.exit_code != 0) {
    throw UsageError(fmt::format("--base {}: {}", revision, first_line(listed.err)));
  }
  std::vector<TreeEntry> entries;
  for (std::size_t at = 0; at < listed.out.size();) {
    std::size_t end = std::min(listed.out.find('\0', at), listed.out.size());
    std::string_view entry(listed.out.data() + at, end - at);
    std::size_t tab = entry.find('\t');
    std::size_t space = entry.find(' ');
    std::size_t second = entry.find(' ', space + 1);
    if (tab != std::string_view::npos && second < tab) {
      entries.push_back({std::string(entry.substr(0, space)),
                         std::string(entry.substr(space + 1, second - space - 1)),
                         std::string(entry.substr(tab + 1))});
    }
    at = end + 1;
  }
  return entries;
}

std::string blob_text(const fs::path& folder, const std::string& revision,
                      const std::string& path) {
  // `REV:./PATH` names a path relative to the folder git runs in.
  ProgramRun shown = git(folder, {"cat-file", "blob", revision + ":./" + path});
  if (shown.exit_code != 0) {
    throw UsageError(fmt::format("--base {}: {}", revision, first_line(shown.err)));
  }
  return std::move(shown.out);
}

// Where to run git for a path of the working tree: the folder itself, or the
// folder of a file (which may be gone from the working tree), and the path
// from there.
struct GitPlace {
  fs::path folder;    ///< as given: where shown paths start
  std::string target; ///< the path from that folder: "." or a file name
};

GitPlace place_of(const std::string& given) {
  fs::path path = fs::path(given).lexically_normal();
  if (!path.has_filename() && path.has_parent_path() && path != path.root_path()) {
    path = path.parent_path(); // "models/" is the folder "models"
  }
  std::error_code error;
  if (fs::is_directory(path, error)) {
    return {path, "."};
  }
  fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  return {folder, path.filename().string()};
}

void add_files_of(const std::string& revision, const std::string& given, const FileFilter& exclude,
                  std::vector<SourceText>& files) {
  GitPlace where = place_of(given);
  check_revision(where.folder, revision);
  for (const TreeEntry& entry : tree_entries(where.folder, revision, where.target)) {
    if (entry.type != "blob" || entry.mode == "120000") {
      continue;
    }
    bool named = where.target != "." && entry.path == where.target;
    std::string shown = (where.folder / entry.path).lexically_normal().generic_string();
    if (!named && (!is_yaml(entry.path) || is_hidden(entry.path) || (exclude && exclude(shown)))) {
      continue;
    }
    files.push_back({shown, blob_text(where.folder, revision, entry.path), named});
  }
}

std::optional<std::string> file_on_disk(const fs::path& file) {
  std::error_code error;
  if (!fs::is_regular_file(file, error)) {
    return std::nullopt;
  }
  std::ifstream stream(file, std::ios::binary);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

} // namespace

fs::path repository_root(const std::string& revision, const fs::path& folder) {
  check_revision(folder, revision);
  ProgramRun top = git(folder, {"rev-parse", "--show-toplevel"});
  if (top.exit_code != 0) {
    throw UsageError(fmt::format("--base {}: {}", revision, first_line(top.err)));
  }
  return fs::path(first_line(top.out)).lexically_normal();
}

std::optional<std::string> file_at_revision(const std::string& revision, const fs::path& root,
                                            const fs::path& file) {
  std::error_code error;
  fs::path relative = fs::weakly_canonical(fs::absolute(file), error).lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..") {
    return file_on_disk(file);
  }
  ProgramRun shown = git(root, {"cat-file", "blob", revision + ":./" + relative.generic_string()});
  if (shown.exit_code != 0) {
    return std::nullopt;
  }
  return std::move(shown.out);
}

std::vector<SourceText> files_at_revision(const std::string& revision,
                                          std::span<const std::string> paths,
                                          const FileFilter& exclude) {
  std::vector<SourceText> files;
  for (const std::string& path : paths) {
    add_files_of(revision, path, exclude, files);
  }
  return files;
}

} // namespace bizmap
