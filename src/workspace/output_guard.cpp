#include "workspace/output_guard.hpp"

#include <algorithm>
#include <cstdlib>
#include <fmt/format.h>
#include <fstream>
#include <unordered_map>

namespace bizmap {
namespace fs = std::filesystem;
namespace {

// The path with every symbolic link of its existing part resolved.
fs::path resolved(const fs::path& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  if (error) {
    return path.lexically_normal();
  }
  fs::path canonical = fs::weakly_canonical(absolute, error);
  return (error ? absolute : canonical).lexically_normal();
}

// Resolves the folders of many files, each folder once: a model of
// thousands of files in a few folders costs a few path resolutions.
class Resolver {
public:
  fs::path file(const fs::path& path) {
    std::error_code error;
    if (fs::is_symlink(path, error)) {
      return resolved(path);
    }
    fs::path absolute = fs::absolute(path, error).lexically_normal();
    fs::path parent = absolute.parent_path();
    auto [it, inserted] = folders_.try_emplace(parent.string());
    if (inserted) {
      it->second = resolved(parent);
    }
    return it->second / absolute.filename();
  }

private:
  std::unordered_map<std::string, fs::path> folders_;
};

bool at_or_above(const fs::path& folder, const fs::path& path) {
  auto f = folder.begin();
  auto p = path.begin();
  for (; f != folder.end(); ++f, ++p) {
    if (f->empty()) {
      continue; // the trailing "" of "a/b/"
    }
    if (p == path.end() || *f != *p) {
      return false;
    }
  }
  return true;
}

// The output being checked: the option that names it and its path.
struct Output {
  std::string_view option;
  const std::string& target;
};

[[noreturn]] void refuse(const Output& output, const std::string& conflict) {
  throw UsageError(fmt::format("{} '{}' is {}, and bizmap never writes over what it did not "
                               "write; choose another output",
                               output.option, output.target, conflict));
}

std::string_view kind_of(const fs::path& input, const Workspace& workspace) {
  if (workspace.config_file && resolved(*workspace.config_file) == resolved(input)) {
    return "the configuration file";
  }
  if (fs::is_directory(input)) {
    return "the model folder";
  }
  bool skipped = std::any_of(workspace.loaded.skipped.begin(), workspace.loaded.skipped.end(),
                             [&](const SkippedPath& s) { return fs::path(s.path) == input; });
  return skipped ? "a file in the model's folder" : "a file of the model";
}

// "the model folder 'models'", or only "the model folder" when -o names the
// same path (not through a link).
std::string named(std::string_view kind, const fs::path& input, const std::string& target) {
  std::error_code error;
  bool same = fs::absolute(input, error).lexically_normal() ==
              fs::absolute(target, error).lexically_normal();
  return same ? std::string(kind) : fmt::format("{} '{}'", kind, input.string());
}

void guard_against_inputs(const Output& output, const fs::path& resolved_target,
                          const Workspace& workspace) {
  Resolver resolver;
  for (const fs::path& input : workspace.inputs) {
    fs::path place = resolver.file(input);
    if (place == resolved_target) {
      refuse(output, named(kind_of(input, workspace), input, output.target));
    }
    if (at_or_above(resolved_target, place)) {
      refuse(output,
             fmt::format("a folder that holds {} '{}'", kind_of(input, workspace), input.string()));
    }
  }
}

void guard_against_places(const Output& output, const fs::path& resolved_target) {
  if (resolved_target == resolved_target.root_path()) {
    refuse(output, "the root folder");
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    fs::path resolved_home = resolved(home);
    if (resolved_target == resolved_home) {
      refuse(output, "your home folder");
    }
    if (at_or_above(resolved_target, resolved_home)) {
      refuse(output, "a folder that holds your home folder");
    }
  }
  fs::path current = resolved(fs::current_path());
  if (resolved_target == current) {
    refuse(output, "the current folder");
  }
  if (at_or_above(resolved_target, current)) {
    refuse(output, "a folder that holds the current folder");
  }
}

bool mentions_format_version(const fs::path& file) {
  std::ifstream stream(file, std::ios::binary);
  for (std::string line; std::getline(stream, line);) {
    if (line.starts_with("bizmap:") || line.starts_with("\xEF\xBB\xBF"
                                                        "bizmap:")) {
      return true;
    }
  }
  return false;
}

// Model and configuration files that are not part of this run.
void guard_against_other_models(const Output& output, const fs::path& resolved_target) {
  std::error_code error;
  if (!fs::is_regular_file(resolved_target, error)) {
    return;
  }
  std::string name = resolved_target.filename().string();
  std::string extension = resolved_target.extension().string();
  if (name == ".bizmap.yaml") {
    refuse(output, "a configuration file");
  }
  if ((extension == ".yaml" || extension == ".yml") && mentions_format_version(resolved_target)) {
    refuse(output, "a model file (it has a 'bizmap:' line)");
  }
}

} // namespace

void guard_output(const std::string& target, const Workspace& workspace, std::string_view option) {
  Output output{option, target};
  fs::path resolved_target = resolved(target);
  guard_against_places(output, resolved_target);
  guard_against_inputs(output, resolved_target, workspace);
  guard_against_other_models(output, resolved_target);
}

} // namespace bizmap
