#include "baseline/finding_key.hpp"
#include "cli/command.hpp"
#include "config/config.hpp"
#include "diff/formats.hpp"
#include "diff/git_revision.hpp"
#include "lint/check_indexed.hpp"
#include "util/atomic_file.hpp"

#include <CLI/CLI.hpp>
#include <bizmap/check.hpp>
#include <bizmap/load.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <future>
#include <sstream>

namespace bizmap {
namespace {

/// One side of the comparison, loaded, indexed and checked. The model stays
/// where it is, as its index points into it.
struct CheckedModel {
  std::unique_ptr<LoadResult> loaded;
  std::unique_ptr<ModelIndex> index;
  std::vector<Diagnostic> findings;
  std::vector<std::string> files; ///< each file's key

  DiffSide side() const { return {loaded->model, *index, findings, files}; }
};

CheckedModel checked(LoadResult loaded, const Config& config, std::span<const std::string> paths) {
  CheckedModel model{std::make_unique<LoadResult>(std::move(loaded)), nullptr, {}, {}};
  model.index = std::make_unique<ModelIndex>(model.loaded->model);
  model.findings = check_model(model.loaded->model, *model.index, std::move(model.loaded->findings),
                               config.rules);
  model.files = file_keys(model.loaded->model, model_root(paths));
  return model;
}

bool is_file(const std::string& path) {
  std::error_code error;
  return std::filesystem::is_regular_file(path, error);
}

class DiffCommand : public Command {
public:
  void define(CLI::App& app) override {
    app.add_option("paths", paths_,
                   "OLD and NEW (files or folders); with --base, the paths to compare (default: "
                   "the current folder)");
    app.add_option("--base", base_, "Compare the paths at this git revision with the working tree")
        ->type_name("REV");
    std::vector<std::string> names;
    for (const DiffFormat& format : diff_formats()) {
      names.emplace_back(format.name);
    }
    app.add_option("--format", format_, "Output format")
        ->check(CLI::IsMember(names))
        ->capture_default_str();
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
    app.add_option("--config", config_path_,
                   "Configuration file (default: .bizmap.yaml in the current folder or the "
                   "nearest folder above it)")
        ->type_name("FILE");
  }

  int run(Streams& streams) override {
    Config config = load_config();
    auto [before, after] = open_models(config);
    DiffSide old_side = before.side();
    DiffSide new_side = after.side();
    ModelDiff diff = compare_models(old_side, new_side);
    write(DiffView(old_side, new_side, diff), streams);
    Severity threshold = fail_on_option_->count() > 0 ? *parse_severity(fail_on_)
                                                      : config.fail_on.value_or(Severity::error);
    bool failing = std::any_of(diff.introduced.begin(), diff.introduced.end(),
                               [&](const Diagnostic& d) { return d.severity >= threshold; });
    return failing ? 1 : 0;
  }

private:
  // The two models, each loaded and checked with the same configuration; the
  // old one on a thread of its own, as the two are independent.
  std::pair<CheckedModel, CheckedModel> open_models(const Config& config) const {
    FileFilter exclude = [&](const std::string& file) { return config.excludes(file); };
    if (!base_.empty()) {
      std::vector<std::string> paths = paths_.empty() ? std::vector<std::string>{"."} : paths_;
      auto before = std::async(std::launch::async, [&] {
        return checked(load_texts(files_at_revision(base_, paths, exclude)), config, paths);
      });
      CheckedModel after = checked(load_model(paths, exclude), config, paths);
      return {before.get(), std::move(after)};
    }
    if (paths_.size() != 2) {
      throw UsageError("diff compares two models: give OLD and NEW, or --base REV [PATH...]");
    }
    std::span<const std::string> old_paths(paths_.data(), 1);
    std::span<const std::string> new_paths(paths_.data() + 1, 1);
    auto before = std::async(std::launch::async, [&] {
      return checked(load_model(old_paths, exclude), config, old_paths);
    });
    CheckedModel after = checked(load_model(new_paths, exclude), config, new_paths);
    CheckedModel old_model = before.get();
    // Two files are the same file in two versions, whatever their names.
    if (is_file(paths_[0]) && is_file(paths_[1])) {
      old_model.files = after.files;
    }
    return {std::move(old_model), std::move(after)};
  }

  Config load_config() const {
    if (!config_path_.empty()) {
      if (!std::filesystem::exists(config_path_)) {
        throw UsageError(fmt::format("configuration file '{}' does not exist", config_path_));
      }
      return read_config(config_path_);
    }
    std::optional<std::filesystem::path> found = find_config(std::filesystem::current_path());
    return found ? read_config(*found) : Config{};
  }

  bool use_color(const Streams& streams) const {
    if (color_ != "auto") {
      return color_ == "always";
    }
    return output_.empty() && streams.terminal.stdout_is_terminal && !streams.terminal.no_color;
  }

  void write(const DiffView& view, Streams& streams) const {
    const DiffFormat& format = *find_diff_format(format_);
    DiffOutputOptions options{use_color(streams)};
    if (output_.empty()) {
      format.write(view, options, streams.out);
      return;
    }
    std::ostringstream text;
    format.write(view, options, text);
    write_file_atomically(output_, text.str());
  }

  std::vector<std::string> paths_;
  std::string base_;
  std::string format_ = "text";
  std::string output_;
  std::string fail_on_ = "error";
  std::string color_ = "auto";
  std::string config_path_;
  CLI::Option* fail_on_option_ = nullptr;
};

} // namespace

std::unique_ptr<Command> make_diff_command() {
  return std::make_unique<DiffCommand>();
}

} // namespace bizmap
