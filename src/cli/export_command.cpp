#include "cli/command.hpp"
#include "cli/model_options.hpp"
#include "report/report.hpp"
#include "sheets/sheets.hpp"
#include "workspace/output_guard.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <ostream>

namespace bizmap {
namespace {

class ExportCommand : public Command {
public:
  void define(CLI::App& app) override {
    add_model_options(app, model_options_);
    app.add_option("--format", format_, "Sheet format")
        ->check(CLI::IsMember({"csv"}))
        ->capture_default_str();
    app.add_option("-o,--output", output_, "Folder to write the sheets into")
        ->type_name("DIR")
        ->required();
    app.add_flag("--force", force_,
                 "Also replace sheets bizmap wrote that were edited since; files bizmap did not "
                 "write are never touched");
  }

  int run(Streams& streams) override {
    Workspace workspace = open_workspace(model_options_, streams.in, streams.err);
    guard_output(output_, workspace);
    std::vector<ReportFile> sheets = sheets::export_sheets(workspace.loaded.model);
    write_report_folder(output_, sheets, force_);
    streams.err << fmt::format("bizmap: wrote {} sheets to {}\n", sheets.size(), output_);
    return 0;
  }

private:
  ModelOptions model_options_;
  std::string format_ = "csv";
  std::string output_;
  bool force_ = false;
};

} // namespace

std::unique_ptr<Command> make_export_command() {
  return std::make_unique<ExportCommand>();
}

} // namespace bizmap
