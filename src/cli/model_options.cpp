#include "cli/model_options.hpp"

#include <CLI/CLI.hpp>

namespace bizmap {

void add_model_options(CLI::App& app, ModelOptions& options) {
  app.add_option("paths", options.paths,
                 "Model files and folders (default: the current folder); '-' reads one model "
                 "file from standard input");
  app.add_option("--config", options.config,
                 "Configuration file (default: the nearest .bizmap.yaml at or above the model's "
                 "folder, else at or above the current folder)")
      ->type_name("FILE");
  app.add_option("--stdin-filename", options.stdin_filename,
                 "The name of the model read from '-', used in findings and to find its "
                 "configuration")
      ->type_name("NAME");
  CLI::Validator date(
      [](std::string& text) {
        return parse_date(text)
                   ? std::string()
                   : "expected a date as YYYY-MM-DD, like 2026-03-01, not '" + text + "'";
      },
      "YYYY-MM-DD");
  app.add_option_function<std::string>(
         "--today", [&options](const std::string& text) { options.today = parse_date(text); },
         "The date rules compare with (default: today), to reproduce a run")
      ->type_name("YYYY-MM-DD")
      ->check(date);
  app.add_flag("-v,--verbose", options.verbose,
               "Say which configuration file is used and list every file skipped");
}

} // namespace bizmap
