#include "diff/git_revision.hpp"

#include "util/program.hpp"

#include <filesystem>
#include <fmt/format.h>

namespace bizmap {
namespace fs = std::filesystem;
namespace {

std::string first_line(std::string_view text) {
  std::string line(text.substr(0, text.find('\n')));
  return line.starts_with("fatal: ") ? line.substr(7) : line;
}

ProgramRun git(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), "git");
  ProgramRun run = run_program(arguments);
  if (run.exit_code == -1 && run.err.empty()) {
    throw UsageError("git ended without finishing");
  }
  return run;
}

void check_revision(const std::string& revision) {
  ProgramRun inside = git({"rev-parse", "--is-inside-work-tree"});
  if (inside.exit_code != 0) {
    throw UsageError(fmt::format("--base {}: {}", revision, first_line(inside.err)));
  }
  ProgramRun commit = git({"rev-parse", "--verify", "--quiet", "--end-of-options",
                           revision + "^{commit}"});
  if (commit.exit_code != 0) {
    throw UsageError(fmt::format("--base {}: git knows no commit of that name", revision));
  }
}

bool is_yaml(const fs::path& path) {
  return path.extension() == ".yaml" || path.extension() == ".yml";
}

// A name below a folder that reading the folder skips: one starting with a dot.
bool is_hidden_below(const fs::path& file, const fs::path& folder) {
  for (const fs::path& part : file.lexically_relative(folder)) {
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
  std::string path;
};

std::vector<TreeEntry> tree_entries(const std::string& revision, const std::string& path) {
  ProgramRun listed = git({"ls-tree", "-r", "-z", "--end-of-options", revision, "--", path});
  if (listed.exit_code != 0) {
    throw UsageError(fmt::format("--base {}: {}", revision, first_line(listed.err)));
  }
  std::vector<TreeEntry> entries;
  for (std::size_t at = 0; at < listed.out.size();) {
    std::size_t end = listed.out.find('\0', at);
    std::string_view entry(listed.out.data() + at,
                           (end == std::string::npos ? listed.out.size() : end) - at);
    std::size_t tab = entry.find('\t');
    std::size_t space = entry.find(' ');
    if (tab != std::string_view::npos && space < tab) {
      std::string_view head = entry.substr(0, tab);
      entries.push_back({std::string(head.substr(0, space)),
                         std::string(head.substr(space + 1, head.find(' ', space + 1) - space - 1)),
                         std::string(entry.substr(tab + 1))});
    }
    at = end == std::string::npos ? listed.out.size() : end + 1;
  }
  return entries;
}

std::string blob_text(const std::string& revision, const std::string& path) {
  // `REV:./PATH` names a path relative to the current folder.
  std::string relative = path.starts_with("../") ? path : "./" + path;
  ProgramRun shown = git({"cat-file", "blob", revision + ":" + relative});
  if (shown.exit_code != 0) {
    throw UsageError(fmt::format("--base {}: {}", revision, first_line(shown.err)));
  }
  return std::move(shown.out);
}

void add_files_of(const std::string& revision, const std::string& given, const FileFilter& exclude,
                  std::vector<SourceText>& files) {
  fs::path here = fs::current_path();
  fs::path target = (here / given).lexically_normal();
  if (!target.has_filename() && target.has_parent_path() && target != target.root_path()) {
    target = target.parent_path(); // "models/" is the folder "models"
  }
  for (const TreeEntry& entry : tree_entries(revision, given)) {
    if (entry.type != "blob" || entry.mode == "120000") {
      continue;
    }
    // git names the entries relative to the current folder.
    fs::path listed = (here / entry.path).lexically_normal();
    bool named = listed == target;
    std::string shown = (fs::path(given).is_absolute() ? listed : fs::path(entry.path))
                            .lexically_normal()
                            .generic_string();
    if (!named &&
        (!is_yaml(listed) || is_hidden_below(listed, target) || (exclude && exclude(shown)))) {
      continue;
    }
    files.push_back({shown, blob_text(revision, entry.path), named});
  }
}

} // namespace

std::vector<SourceText> files_at_revision(const std::string& revision,
                                          std::span<const std::string> paths,
                                          const FileFilter& exclude) {
  check_revision(revision);
  std::vector<SourceText> files;
  for (const std::string& path : paths) {
    add_files_of(revision, path, exclude, files);
  }
  return files;
}

} // namespace bizmap
