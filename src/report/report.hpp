#pragma once

#include "report/book.hpp"
#include "report/health.hpp"

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <string>
#include <vector>

namespace bizmap {

/// Name of the file that marks a folder as a report bizmap wrote, so that a
/// later run may replace it.
inline constexpr std::string_view report_marker = ".bizmap-report";

/// The pages of a report on the model with its findings: README.md, a page
/// per system and per process, ownership.md, data.md and value-streams.md;
/// with `single_file`, all of them in README.md. The health checks use
/// `weights`.
std::vector<ReportFile> build_report(const Model& model, const std::vector<Diagnostic>& findings,
                                     bool single_file, const HealthWeights& weights = {});

/// Writes the files into a new folder beside `folder` and renames it into
/// place, replacing an earlier report. A folder bizmap did not write (no
/// marker) is replaced only with `force`, an empty one always. Throws
/// UsageError, leaving `folder` as it was, when anything fails.
void write_report_folder(const std::string& folder, const std::vector<ReportFile>& files,
                         bool force);

} // namespace bizmap
