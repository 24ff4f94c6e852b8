#include "cli/command.hpp"
#include "cli/model_options.hpp"
#include "config/report_language.hpp"
#include "html/site.hpp"
#include "report/report.hpp"
#include "workspace/output_guard.hpp"

#include <CLI/CLI.hpp>
#include <bizmap/check.hpp>
#include <bizmap/load.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <ostream>

namespace bizmap {
namespace {

class ReportCommand : public Command {
public:
  void define(CLI::App& app) override {
    add_model_options(app, model_options_);
    app.add_option("-o,--output", output_,
                   "Folder to write the report into; with --single-file, a FILE.md to write "
                   "(or a folder to write README.md into)")
        ->type_name("DIR")
        ->required();
    app.add_flag("--single-file", single_file_,
                 "Write the whole report as one Markdown file: -o FILE.md, or DIR/README.md");
    app.add_flag("--force", force_,
                 "Also replace or remove pages bizmap wrote that were edited since; files "
                 "bizmap did not write are never touched");
    app.add_option("--audience", audience_,
                   "Who the pages are for: author (everything, findings and health scores "
                   "included) or staff (the procedures only)")
        ->check(CLI::IsMember({"author", "staff"}))
        ->capture_default_str();
    app.add_option("--format", format_,
                   "markdown (pages for GitHub and editors) or html (a manual to open in a "
                   "browser from disk, with search, run sheets and print.html)")
        ->check(CLI::IsMember({"markdown", "html"}))
        ->capture_default_str();
    app.add_option("--language", language_,
                   "Language of the HTML manual's own words: en or de (default: the "
                   "configuration's report: language:, else en)")
        ->check(CLI::IsMember(
            std::vector<std::string>(report_languages.begin(), report_languages.end())));
    app.add_option("--system-order", system_order_,
                   "Order of the systems on the index: flow (as work flows from the external "
                   "inputs) or file (as written)")
        ->check(CLI::IsMember({"flow", "file"}))
        ->capture_default_str();
  }

  int run(Streams& streams) override {
    bool html = format_ == "html";
    if (html && single_file_) {
      throw UsageError("--single-file writes Markdown; the HTML manual is a folder (-o DIR)");
    }
    if (!html && !language_.empty()) {
      throw UsageError("--language chooses the words of the HTML manual: add --format html");
    }
    Workspace workspace = open_workspace(model_options_, streams.in, streams.err);
    guard_output(output_, workspace);
    std::vector<Diagnostic> findings = check_workspace(workspace);
    ReportOptions options;
    options.single_file = single_file_;
    options.audience = audience_ == "staff" ? Audience::staff : Audience::author;
    options.system_order = system_order_ == "file" ? SystemOrder::file : SystemOrder::flow;
    options.today = workspace.today;
    options.health = health_settings(workspace.config);
    if (html) {
      HtmlOptions html_options{options, Language::en};
      std::string_view language =
          !language_.empty() ? language_ : workspace.config.report_language.value_or("en");
      html_options.language = language_named(language).value_or(Language::en);
      std::vector<ReportFile> files =
          build_html_site(workspace.loaded.model, findings, html_options);
      write_report_folder(output_, files, force_);
      streams.err << fmt::format("bizmap: wrote the HTML manual ({} files) to {}; open {}\n",
                                 files.size(), output_,
                                 (std::filesystem::path(output_) / "index.html").string());
      return 0;
    }
    std::vector<ReportFile> files = build_report(workspace.loaded.model, findings, options);
    if (single_file_ && output_.ends_with(".md")) {
      write_report_file(output_, files.front().text, force_);
      streams.err << fmt::format("bizmap: wrote the report to {}\n", output_);
      return 0;
    }
    write_report_folder(output_, files, force_);
    streams.err << fmt::format("bizmap: wrote {} page{} to {}\n", files.size(),
                               files.size() == 1 ? "" : "s", output_);
    return 0;
  }

private:
  ModelOptions model_options_;
  std::string output_;
  bool single_file_ = false;
  bool force_ = false;
  std::string audience_ = "author";
  std::string system_order_ = "flow";
  std::string format_ = "markdown";
  std::string language_;
};

} // namespace

std::unique_ptr<Command> make_report_command() {
  return std::make_unique<ReportCommand>();
}

} // namespace bizmap
