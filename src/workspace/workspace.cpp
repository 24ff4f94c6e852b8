#include "workspace/workspace.hpp"

#include "yaml/tree.hpp"

#include <fmt/format.h>
#include <istream>
#include <ostream>

namespace bizmap {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view standard_input = "-";
constexpr std::string_view unnamed_input = "<stdin>";

fs::path absolute_path(const fs::path& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  return (error ? path : absolute).lexically_normal();
}

// The folder a path names, or the folder of the file it names.
fs::path folder_of(const fs::path& path) {
  std::error_code error;
  fs::path absolute = absolute_path(path);
  if (fs::is_directory(absolute, error)) {
    return absolute;
  }
  fs::path parent = absolute.parent_path();
  return parent.empty() ? absolute : parent;
}

fs::path common_folder(const fs::path& a, const fs::path& b) {
  fs::path common;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end() && *i == *j; ++i, ++j) {
    if (!i->empty()) {
      common /= *i;
    }
  }
  return common;
}

// The folder that holds the model: the common folder of the paths given.
fs::path model_folder(const std::vector<std::string>& paths, const std::string& stdin_name) {
  if (paths.size() == 1 && paths.front() == standard_input) {
    return stdin_name.empty() ? absolute_path(fs::current_path()) : folder_of(stdin_name);
  }
  std::optional<fs::path> common;
  for (const std::string& path : paths) {
    fs::path folder = folder_of(path);
    common = common ? common_folder(*common, folder) : folder;
  }
  return common.value_or(absolute_path(fs::current_path()));
}

Configuration found_configuration(const ModelOptions& options) {
  if (!options.config.empty()) {
    std::error_code error;
    if (!fs::exists(options.config, error)) {
      throw UsageError(fmt::format("configuration file '{}' does not exist", options.config));
    }
    return {read_config(options.config), fs::path(options.config)};
  }
  std::optional<fs::path> found = find_config(model_folder(options.paths, options.stdin_filename));
  if (!found) {
    found = find_config(fs::current_path());
  }
  if (!found) {
    return {};
  }
  return {read_config(*found), found};
}

void check_standard_input(const ModelOptions& options) {
  bool reads_input =
      std::find(options.paths.begin(), options.paths.end(), standard_input) != options.paths.end();
  if (reads_input && options.paths.size() > 1) {
    throw UsageError("'-' reads the model from standard input, so it must be the only path");
  }
  if (!reads_input && !options.stdin_filename.empty()) {
    throw UsageError(
        "--stdin-filename names the model read from standard input: give '-' as the path");
  }
}

std::string read_input(std::istream& in) {
  std::uint64_t limit = yaml::Limits{}.max_file_bytes;
  std::string text;
  std::string chunk(std::size_t{1} << 16, '\0');
  while (text.size() <= limit && in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    auto count = static_cast<std::size_t>(in.gcount());
    text.append(chunk.data(), std::min<std::size_t>(count, limit + 1 - text.size()));
  }
  if (in.bad()) {
    throw UsageError("cannot read the model from standard input");
  }
  return text;
}

LoadResult load(const ModelOptions& options, const Config& config, std::istream& in) {
  if (options.paths.size() == 1 && options.paths.front() == standard_input) {
    std::string name =
        options.stdin_filename.empty() ? std::string(unnamed_input) : options.stdin_filename;
    return load_text(std::move(name), read_input(in));
  }
  return load_model(options.paths, [&](const std::string& file) { return config.excludes(file); });
}

std::vector<fs::path> inputs_of(const ModelOptions& options, const Workspace& workspace) {
  std::vector<fs::path> inputs;
  for (const std::string& path : options.paths) {
    if (path != standard_input) {
      inputs.emplace_back(path);
    }
  }
  if (!options.stdin_filename.empty()) {
    inputs.emplace_back(options.stdin_filename);
  }
  for (const SourceFile& file : workspace.loaded.model.files) {
    inputs.emplace_back(file.path);
  }
  for (const SkippedPath& skipped : workspace.loaded.skipped) {
    inputs.emplace_back(skipped.path);
  }
  if (workspace.config_file) {
    inputs.push_back(*workspace.config_file);
  }
  return inputs;
}

void log_configuration(const ModelOptions& options, const Configuration& configuration,
                       std::ostream& log) {
  log << "bizmap: " << configuration_words(options, configuration) << "\n";
}

void log_skipped(const Workspace& workspace, std::ostream& log) {
  for (const SkippedPath& skipped : workspace.loaded.skipped) {
    log << fmt::format("bizmap: skipped '{}': {}\n", skipped.path, skipped.reason);
  }
}

} // namespace

std::string configuration_words(const ModelOptions& options, const Configuration& configuration) {
  if (configuration.file) {
    return fmt::format("configuration: {}", configuration.file->string());
  }
  return fmt::format("no configuration file: no .bizmap.yaml at or above '{}' or the current "
                     "folder",
                     model_folder(options.paths, options.stdin_filename).string());
}

Configuration find_configuration(const ModelOptions& options, const FileReader& files) {
  if (!options.config.empty()) {
    return found_configuration(options);
  }
  for (const fs::path& start :
       {model_folder(options.paths, options.stdin_filename), absolute_path(fs::current_path())}) {
    for (fs::path at = start; !at.empty(); at = at.parent_path()) {
      fs::path candidate = at / ".bizmap.yaml";
      if (std::optional<std::string> text = files(candidate)) {
        return {read_config(candidate, *text), candidate};
      }
      if (at == at.root_path()) {
        break;
      }
    }
  }
  return {};
}

Configuration find_configuration(const ModelOptions& options, std::ostream& log) {
  Configuration configuration = found_configuration(options);
  if (options.verbose) {
    log_configuration(options, configuration, log);
  }
  return configuration;
}

Workspace open_workspace(const ModelOptions& options, std::istream& in, std::ostream& log) {
  check_standard_input(options);
  return open_workspace(options, find_configuration(options, log), in, log);
}

Workspace open_workspace(const ModelOptions& options, Configuration configuration, std::istream& in,
                         std::ostream& log) {
  check_standard_input(options);
  Workspace workspace;
  workspace.config = std::move(configuration.config);
  workspace.config_file = std::move(configuration.file);
  workspace.today = options.today.value_or(local_today());
  workspace.loaded = load(options, workspace.config, in);
  workspace.inputs = inputs_of(options, workspace);
  if (options.verbose) {
    log_skipped(workspace, log);
  }
  return workspace;
}

Workspace open_texts(std::vector<SourceText> files, Configuration configuration,
                     const ModelOptions& options) {
  Workspace workspace;
  workspace.config = std::move(configuration.config);
  workspace.config_file = std::move(configuration.file);
  workspace.today = options.today.value_or(local_today());
  workspace.loaded = load_texts(std::move(files));
  return workspace;
}

std::vector<Diagnostic> check_workspace(const Workspace& workspace) {
  return check_model(workspace.loaded.model, workspace.loaded.findings,
                     {workspace.config.rules, workspace.today});
}

} // namespace bizmap
