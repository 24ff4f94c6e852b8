#include "baseline/check_baseline.hpp"
#include "baseline/finding_key.hpp"
#include "cli/command.hpp"
#include "cli/format_option.hpp"
#include "cli/model_options.hpp"
#include "diff/formats.hpp"
#include "diff/git_revision.hpp"
#include "lint/check_indexed.hpp"
#include "util/atomic_file.hpp"
#include "workspace/output_guard.hpp"
#include "workspace/workspace.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <bizmap/check.hpp>
#include <bizmap/load.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <future>
#include <sstream>

namespace bizmap {
namespace {

/// One side of the comparison, opened, indexed and checked as `check` checks
/// it, with its own configuration. The workspace stays where it is, as the
/// index points into its model.
struct CheckedModel {
  std::unique_ptr<Workspace> workspace;
  std::unique_ptr<ModelIndex> index;
  std::vector<Diagnostic> findings;
  std::vector<std::string> files; ///< each file's key

  DiffSide side() const { return {workspace->loaded.model, *index, findings, files}; }
};

// The findings `check` prints: the configuration's rules, less its baseline
// (read already, for a model at a git revision).
CheckedModel checked(Workspace opened, std::span<const std::string> paths,
                     const std::optional<Baseline>& baseline = std::nullopt) {
  CheckedModel model{std::make_unique<Workspace>(std::move(opened)), nullptr, {}, {}};
  Workspace& workspace = *model.workspace;
  model.index = std::make_unique<ModelIndex>(workspace.loaded.model);
  model.findings = check_model(workspace.loaded.model, *model.index, workspace.loaded.findings,
                               {workspace.config.rules, workspace.today});
  if (baseline) {
    apply_baseline(*baseline, workspace.config, paths, workspace.loaded.model, model.findings);
  } else {
    apply_baseline_options({}, workspace.config, paths, workspace.loaded.model, model.findings);
  }
  model.files = file_keys(workspace.loaded.model, model_root(paths));
  return model;
}

void log_configuration(std::ostream& log, std::string_view side, const ModelOptions& options,
                       const Configuration& configuration) {
  log << fmt::format("bizmap: {}: {}\n", side, configuration_words(options, configuration));
}

bool is_directory(const std::string& path) {
  std::error_code error;
  return std::filesystem::is_directory(path, error);
}

class DiffCommand : public Command {
public:
  void define(CLI::App& app) override {
    add_model_options(app, model_options_);
    app.get_option("paths")->description(
        "OLD and NEW (files or folders; '-' reads one of them from standard input); with --base, "
        "the paths to compare (default: the current folder)");
    app.add_option("--base", base_, "Compare the paths at this git revision with the working tree")
        ->type_name("REV");
    add_format_option(app, format_, diff_formats());
    app.add_option("-o,--output", output_, "Write the output to FILE instead of stdout")
        ->type_name("FILE");
    fail_on_option_ =
        app.add_option("--fail-on", fail_on_,
                       "Lowest severity of an introduced finding that makes the exit code 1")
            ->check(CLI::IsMember({"error", "warning", "info"}))
            ->capture_default_str();
    app.add_option("--color", color_, "Colour the text output")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    paths_option_ = app.get_option("paths");
  }

  int run(Streams& streams) override {
    auto [before, after] = open_models(streams);
    DiffSide old_side = before.side();
    DiffSide new_side = after.side();
    ModelDiff diff = compare_models(old_side, new_side);
    write(DiffView(old_side, new_side, diff), streams);
    // The change is judged by the configuration it leaves: the new model's.
    std::optional<Severity> configured = after.workspace->config.fail_on;
    Severity threshold = fail_on_option_->count() > 0 ? *parse_severity(fail_on_)
                                                      : configured.value_or(Severity::error);
    bool failing = std::any_of(diff.introduced.begin(), diff.introduced.end(),
                               [&](const Diagnostic& d) { return d.severity >= threshold; });
    return failing ? 1 : 0;
  }

private:
  // The two models, each opened and checked with its own configuration; the
  // old one on a thread of its own, as the two are independent.
  std::pair<CheckedModel, CheckedModel> open_models(Streams& streams) const {
    bool paths_given = paths_option_->count() > 0;
    if (!base_.empty()) {
      return open_at_revision(paths_given ? model_options_.paths : std::vector<std::string>{"."},
                              streams);
    }
    if (!paths_given || model_options_.paths.size() != 2) {
      throw UsageError("diff compares two models: give OLD and NEW, or --base REV [PATH...]");
    }
    const std::vector<std::string>& paths = model_options_.paths;
    if (paths[0] == "-" && paths[1] == "-") {
      throw UsageError("only one of OLD and NEW can be read from standard input ('-')");
    }
    if (paths[0] != "-" && paths[1] != "-" && !model_options_.stdin_filename.empty()) {
      throw UsageError(
          "--stdin-filename names the model read from standard input: give '-' as OLD or NEW");
    }
    Configuration old_configuration = side_configuration(paths[0], "old model", streams);
    Configuration new_configuration = side_configuration(paths[1], "new model", streams);
    std::span<const std::string> old_paths(paths.data(), 1);
    std::span<const std::string> new_paths(paths.data() + 1, 1);
    // With -v both sides write to the log: one after the other.
    auto before =
        std::async(model_options_.verbose ? std::launch::deferred : std::launch::async, [&] {
          return checked(open_workspace(side_options(paths[0]), std::move(old_configuration),
                                        streams.in, streams.err),
                         old_paths);
        });
    if (model_options_.verbose) {
      before.wait();
    }
    CheckedModel after =
        checked(open_workspace(side_options(paths[1]), std::move(new_configuration), streams.in,
                               streams.err),
                new_paths);
    CheckedModel old_model = before.get();
    guard(old_model);
    guard(after);
    // Two files are the same file in two versions, whatever their names.
    if (paths[0] != paths[1] && !is_directory(paths[0]) && !is_directory(paths[1])) {
      old_model.files = after.files;
    }
    return {std::move(old_model), std::move(after)};
  }

  // `--base REV [PATH...]`: the paths at the revision against the working tree.
  std::pair<CheckedModel, CheckedModel> open_at_revision(const std::vector<std::string>& paths,
                                                         Streams& streams) const {
    if (std::find(paths.begin(), paths.end(), "-") != paths.end()) {
      throw UsageError("--base compares paths of the working tree with git's: '-' (standard "
                       "input) is not one");
    }
    ModelOptions options = model_options_;
    options.paths = paths;
    options.verbose = false;
    // The revision's own configuration and baseline, as git has them.
    std::filesystem::path root = repository_root(base_, model_root(paths));
    FileReader at_revision = [&](const std::filesystem::path& file) {
      return file_at_revision(base_, root, file);
    };
    Configuration old_configuration = find_configuration(options, at_revision);
    Configuration new_configuration = find_configuration(options, streams.err);
    if (model_options_.verbose) {
      log_configuration(streams.err, fmt::format("old model (at {})", base_), options,
                        old_configuration);
      log_configuration(streams.err, "new model", options, new_configuration);
    }
    std::optional<Baseline> old_baseline;
    if (old_configuration.config.baseline) {
      if (std::optional<std::string> text = at_revision(*old_configuration.config.baseline)) {
        old_baseline = read_baseline(old_configuration.config.baseline->string(), *text);
      }
    }
    FileFilter exclude = [&](const std::string& file) {
      return old_configuration.config.excludes(file);
    };
    auto before = std::async(std::launch::async, [&] {
      std::vector<SourceText> files = files_at_revision(base_, paths, exclude);
      return checked(open_texts(std::move(files), std::move(old_configuration), options), paths,
                     old_baseline ? std::move(old_baseline) : std::optional<Baseline>(Baseline{}));
    });
    options.verbose = model_options_.verbose;
    CheckedModel after = checked(
        open_workspace(options, std::move(new_configuration), streams.in, streams.err), paths);
    CheckedModel old_model = before.get();
    guard(after);
    return {std::move(old_model), std::move(after)};
  }

  // The configuration of one side, found for its path alone; -v says which.
  Configuration side_configuration(const std::string& path, std::string_view side,
                                   Streams& streams) const {
    ModelOptions options = side_options(path);
    options.verbose = false;
    Configuration configuration = find_configuration(options, streams.err);
    if (model_options_.verbose) {
      log_configuration(streams.err, side, options, configuration);
    }
    return configuration;
  }

  ModelOptions side_options(const std::string& path) const {
    ModelOptions options = model_options_;
    options.paths = {path};
    if (path != "-") {
      options.stdin_filename.clear();
    }
    return options;
  }

  void guard(const CheckedModel& model) const {
    if (!output_.empty()) {
      guard_output(output_, *model.workspace);
    }
  }

  bool use_color(const Streams& streams) const {
    if (color_ != "auto") {
      return color_ == "always";
    }
    return output_.empty() && streams.terminal.stdout_is_terminal && !streams.terminal.no_color;
  }

  void write(const DiffView& view, Streams& streams) const {
    const DiffFormat& format = *find_format(diff_formats(), format_);
    DiffOutputOptions options{use_color(streams)};
    if (output_.empty()) {
      format.write(view, options, streams.out);
      return;
    }
    std::ostringstream text;
    format.write(view, options, text);
    write_file_atomically(output_, text.str());
  }

  ModelOptions model_options_;
  CLI::Option* paths_option_ = nullptr;
  std::string base_;
  std::string format_;
  std::string output_;
  std::string fail_on_ = "error";
  std::string color_ = "auto";
  CLI::Option* fail_on_option_ = nullptr;
};

} // namespace

std::unique_ptr<Command> make_diff_command() {
  return std::make_unique<DiffCommand>();
}

} // namespace bizmap
