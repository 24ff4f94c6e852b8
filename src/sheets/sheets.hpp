#pragma once

#include "report/book.hpp"

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <cstddef>
#include <string>
#include <vector>

namespace bizmap::sheets {

/// The model as sheets a spreadsheet opens: `business.csv`, `roles.csv`,
/// `tools.csv`, `data.csv`, `systems.csv` and `processes.csv` (one row per
/// step). A catalogue the model does not declare and that is empty has no
/// sheet.
std::vector<ReportFile> export_sheets(const Model& model);

/// The largest sheet import reads, as the largest model file (docs/limits.md).
inline constexpr std::size_t largest_sheet = std::size_t{512} << 20;

/// A sheet's bytes and the path findings name it by.
struct SheetBytes {
  std::string path;
  std::string bytes;
};

/// What import made of the sheets.
struct Imported {
  /// The sheets as the files findings point into, for the output formats;
  /// their lines are rows and their columns cells.
  Model sheets;
  std::vector<Diagnostic> findings; ///< every cell that could not be read, sorted
  std::vector<ReportFile> files;    ///< `business.yaml` and one file per top-level system
};

/// Reads the sheets into model files. A sheet is known by its file name
/// (`roles.csv`); one sheet alone with another name is read as the
/// processes sheet.
Imported import_sheets(std::vector<SheetBytes> sheets);

} // namespace bizmap::sheets
