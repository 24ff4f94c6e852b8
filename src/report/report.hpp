#pragma once

#include "health/health.hpp"
#include "report/book.hpp"
#include "report/manifest.hpp"

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace bizmap {

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
  HealthSettings health; ///< what the health checks weigh and count
};

/// The pages of a report on the model with its findings: README.md, a page
/// per system, per process and per role, ownership.md, data.md and
/// value-streams.md; with `single_file`, all of them in README.md.
std::vector<ReportFile> build_report(const Model& model, const std::vector<Diagnostic>& findings,
                                     const ReportOptions& options);

/// Writes the files into `folder` (created if missing) and records them, with
/// their SHA-256, in its manifest (`manifest_name`). Of the files already
/// there, only those an earlier report wrote are replaced, and the pages it
/// wrote that this report does not have are removed; one edited since is
/// replaced or removed only with `force`; every other file stays as it is.
/// Symbolic links inside the folder are not followed. Every new text is
/// written beside its target first and renamed into place at the end, so a
/// failure (a full disk) or a refusal throws UsageError and leaves the folder
/// exactly as it was.
void write_report_folder(const std::string& folder, const std::vector<ReportFile>& files,
                         bool force);

/// Writes a single-file report to `path`, ending with a comment that holds
/// the SHA-256 of the text above it. An existing file is replaced only if it
/// ends with such a comment: when its text no longer matches the hash (it was
/// edited), only with `force`. Throws UsageError, leaving `path` as it was.
void write_report_file(const std::string& path, const std::string& text, bool force);

} // namespace bizmap
