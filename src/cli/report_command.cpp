#include "cli/command.hpp"
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
  }

  int run(Streams& streams) override {
    LoadResult loaded = load_model(paths_);
    std::vector<Diagnostic> findings = check_model(loaded.model, std::move(loaded.findings));
    std::vector<ReportFile> files = build_report(loaded.model, findings, single_file_);
    write_report_folder(output_, files, force_);
    streams.err << fmt::format("bizmap: wrote {} page{} to {}\n", files.size(),
                               files.size() == 1 ? "" : "s", output_);
    return 0;
  }

private:
  std::vector<std::string> paths_{"."};
  std::string output_;
  bool single_file_ = false;
  bool force_ = false;
};

} // namespace

std::unique_ptr<Command> make_report_command() {
  return std::make_unique<ReportCommand>();
}

} // namespace bizmap
