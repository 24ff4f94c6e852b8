#pragma once

#include "report/book.hpp"
#include "report/health.hpp"
#include "report/manifest.hpp"

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <string>
#include <vector>

namespace bizmap {

/// The pages of a report on the model with its findings: README.md, a page
/// per system and per process, ownership.md, data.md and value-streams.md;
/// with `single_file`, all of them in README.md. The health checks use
/// `weights`.
std::vector<ReportFile> build_report(const Model& model, const std::vector<Diagnostic>& findings,
                                     bool single_file, const HealthWeights& weights = {});

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
