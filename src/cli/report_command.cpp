#include "cli/command.hpp"
#include "cli/run_date.hpp"
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
    app.add_option("--audience", audience_,
                   "Who the pages are for: author (everything, findings and health scores "
                   "included) or staff (the procedures only)")
        ->check(CLI::IsMember({"author", "staff"}))
        ->capture_default_str();
    app.add_option("--system-order", system_order_,
                   "Order of the systems on the index: flow (as work flows from the external "
                   "inputs) or file (as written)")
        ->check(CLI::IsMember({"flow", "file"}))
        ->capture_default_str();
    add_today_option(app, today_);
  }

  int run(Streams& streams) override {
    ReportOptions options;
    options.single_file = single_file_;
    options.audience = audience_ == "staff" ? Audience::staff : Audience::author;
    options.system_order = system_order_ == "file" ? SystemOrder::file : SystemOrder::flow;
    options.today = run_date(today_);
    LoadResult loaded = load_model(paths_);
    std::vector<Diagnostic> findings =
        check_model(loaded.model, std::move(loaded.findings), {{}, options.today, 0});
    std::vector<ReportFile> files = build_report(loaded.model, findings, options);
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
  std::string audience_ = "author";
  std::string system_order_ = "flow";
  std::optional<std::string> today_;
};

} // namespace

std::unique_ptr<Command> make_report_command() {
  return std::make_unique<ReportCommand>();
}

} // namespace bizmap
