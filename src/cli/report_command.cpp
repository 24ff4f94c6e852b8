#include "cli/command.hpp"
#include "config/config.hpp"
#include "report/report.hpp"

#include <CLI/CLI.hpp>
#include <bizmap/check.hpp>
#include <bizmap/load.hpp>
#include <fmt/format.h>
#include <ostream>

namespace bizmap {
namespace {

class ReportCommand : public Command {
public:
  void define(CLI::App& app) override {
    app.add_option("paths", paths_, "Model files and folders (default: the current folder)");
    app.add_option("-o,--output", output_, "Folder to write the report into")
        ->type_name("DIR")
        ->required();
    app.add_flag("--single-file", single_file_, "Write the whole report into DIR/README.md");
    app.add_flag("--force", force_,
                 "Replace DIR even if it holds files that bizmap report did not write");
    app.add_option("--config", config_path_,
                   "Configuration file (default: .bizmap.yaml in the current folder or the "
                   "nearest folder above it)")
        ->type_name("FILE");
  }

  int run(Streams& streams) override {
    Config config = load_config();
    LoadResult loaded =
        load_model(paths_, [&](const std::string& file) { return config.excludes(file); });
    std::vector<Diagnostic> findings =
        check_model(loaded.model, std::move(loaded.findings), config.rules);
    std::vector<ReportFile> files =
        build_report(loaded.model, findings, single_file_, config.health_weights);
    write_report_folder(output_, files, force_);
    streams.err << fmt::format("bizmap: wrote {} page{} to {}\n", files.size(),
                               files.size() == 1 ? "" : "s", output_);
    return 0;
  }

private:
  // The configuration as `check` finds it.
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

  std::vector<std::string> paths_{"."};
  std::string config_path_;
  std::string output_;
  bool single_file_ = false;
  bool force_ = false;
};

} // namespace

std::unique_ptr<Command> make_report_command() {
  return std::make_unique<ReportCommand>();
}

} // namespace bizmap
