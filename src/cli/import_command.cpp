#include "cli/command.hpp"
#include "cli/format_option.hpp"
#include "output/output.hpp"
#include "report/report.hpp"
#include "sheets/sheets.hpp"
#include "workspace/output_guard.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <bizmap/usage_error.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <ostream>
#include <sstream>

namespace bizmap {
namespace {
namespace fs = std::filesystem;

std::string lower_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return extension;
}

// A sheet's bytes, up to a byte past the largest sheet import reads, so that
// a huge file costs no more memory than that to name.
std::string read_bytes(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::string bytes;
  char chunk[1 << 16];
  while (stream && bytes.size() <= sheets::largest_sheet) {
    stream.read(chunk, sizeof chunk);
    bytes.append(chunk, static_cast<std::size_t>(stream.gcount()));
  }
  if (stream.bad() || !stream.is_open()) {
    throw UsageError(fmt::format("cannot read '{}'", path.string()));
  }
  return bytes;
}

// The sheets of a folder, by name: its CSV files, and its workbooks, which
// import names as such.
std::vector<fs::path> sheets_in(const fs::path& folder) {
  std::vector<fs::path> found;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, error)) {
    std::string extension = lower_extension(entry.path());
    if (entry.is_regular_file(error) && (extension == ".csv" || extension == ".xlsx" ||
                                         extension == ".xls" || extension == ".ods")) {
      found.push_back(entry.path());
    }
  }
  if (error) {
    throw UsageError(
        fmt::format("cannot read the folder '{}': {}", folder.string(), error.message()));
  }
  std::sort(found.begin(), found.end());
  if (std::none_of(found.begin(), found.end(),
                   [](const fs::path& path) { return lower_extension(path) == ".csv"; })) {
    throw UsageError(
        fmt::format("'{}' holds no .csv sheets: save the sheets as CSV into it", folder.string()));
  }
  return found;
}

class ImportCommand : public Command {
public:
  void define(CLI::App& app) override {
    app.add_option("path", path_, "A folder of sheets, or one processes.csv")
        ->type_name("PATH")
        ->required();
    app.add_option("-o,--output", output_, "Folder to write the model into")
        ->type_name("DIR")
        ->required();
    add_format_option(app, format_, output_formats())->description("Format of the findings");
    app.add_flag("--force", force_,
                 "Also replace model files bizmap wrote that were edited since; files bizmap "
                 "did not write are never touched");
  }

  int run(Streams& streams) override {
    std::vector<fs::path> paths = sheet_paths();
    Workspace workspace;
    workspace.inputs.emplace_back(path_);
    std::vector<sheets::SheetBytes> sheets;
    for (const fs::path& path : paths) {
      workspace.inputs.push_back(path);
      bool workbook = lower_extension(path) != ".csv";
      sheets.push_back({path.string(), workbook ? std::string() : read_bytes(path)});
    }
    guard_output(output_, workspace);
    sheets::Imported imported = sheets::import_sheets(std::move(sheets));
    write_report_folder(output_, imported.files, force_);
    const OutputFormat& format = *find_format(output_formats(), format_);
    format.write(imported.sheets, imported.findings, OutputOptions{}, streams.out);
    streams.err << fmt::format("bizmap: wrote {} model files to {}\n", imported.files.size(),
                               output_);
    return imported.findings.empty() ? 0 : 1;
  }

private:
  std::vector<fs::path> sheet_paths() const {
    std::error_code error;
    if (fs::is_directory(path_, error)) {
      return sheets_in(path_);
    }
    if (!fs::exists(path_, error)) {
      throw UsageError(fmt::format("'{}' does not exist", path_));
    }
    return {fs::path(path_)};
  }

  std::string path_;
  std::string output_;
  std::string format_;
  bool force_ = false;
};

} // namespace

std::unique_ptr<Command> make_import_command() {
  return std::make_unique<ImportCommand>();
}

} // namespace bizmap
