#pragma once

#include "report/book.hpp"
#include "sheets/drafts.hpp"

#include <bizmap/diagnostic.hpp>
#include <cstdint>
#include <vector>

namespace bizmap::sheets {

/// The model files import writes, and where each value from a cell stands.
struct ModelFiles {
  std::vector<ReportFile> files;
  std::vector<std::vector<Placed>> places; ///< one list a file, in its order
};

/// `business.yaml` and one file per top-level system, the keys in the order
/// of the format. The drafts are moved into the files.
ModelFiles write_model_files(Drafts& drafts);

/// The files read by the loader as `check` reads them: each of its findings
/// at the cell the value it is about came from (or, for one that no cell
/// explains, row 1 of the sheet `fallback`), every one an error.
std::vector<Diagnostic> read_back(const ModelFiles& files, std::uint32_t fallback);

} // namespace bizmap::sheets
