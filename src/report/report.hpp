#pragma once

#include "report/book.hpp"

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace bizmap {

/// Name of the file that marks a folder as a report bizmap wrote, so that a
/// later run may replace it.
inline constexpr std::string_view report_marker = ".bizmap-report";

/// Who a report is for: the model's author (everything, findings and
/// health scores included) or the staff who do the work (the procedures
/// only, without findings, scores and placeholders for what is missing).
enum class Audience : std::uint8_t { author, staff };

/// The order of the systems on the index page: the order in which work
/// flows from the business's external inputs, or the order of the files.
enum class SystemOrder : std::uint8_t { flow, file };

struct ReportOptions {
  bool single_file = false; ///< every page in README.md
  Audience audience = Audience::author;
  SystemOrder system_order = SystemOrder::flow;
  Date today; ///< the date reviews are due against
  /// Threads the pages are written on; 0 chooses: one for a small report or a
  /// single file, one per core from 1,000 pages. The pages do not depend on it.
  std::size_t threads = 0;
};

/// The pages of a report on the model with its findings: README.md, a page
/// per system, per process and per role, ownership.md and data.md; with
/// `single_file`, all of them in README.md.
std::vector<ReportFile> build_report(const Model& model, const std::vector<Diagnostic>& findings,
                                     const ReportOptions& options);

/// Writes the files into a new folder beside `folder` and renames it into
/// place, replacing an earlier report. A folder bizmap did not write (no
/// marker) is replaced only with `force`, an empty one always. Throws
/// UsageError, leaving `folder` as it was, when anything fails.
void write_report_folder(const std::string& folder, const std::vector<ReportFile>& files,
                         bool force);

} // namespace bizmap
