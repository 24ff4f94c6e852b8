#pragma once

#include "html/labels.hpp"
#include "report/report.hpp"

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <vector>

namespace bizmap {

/// What an HTML manual is written with: the report's options (audience,
/// order of systems, date, health weights) and the language of its labels.
struct HtmlOptions {
  ReportOptions report;
  Language language = Language::en;
  /// Draw the diagrams (the fuzzer leaves most runs without them, as each
  /// drawing starts a process).
  bool diagrams = true;
};

/// The files of the HTML manual (docs/html-report.md): index.html, a page per
/// system, process and role, a run sheet per process, health.html (for the
/// author), value-streams.html, print.html, the search index as a script
/// (search-index.js), search.js and style.css. Written into a folder by
/// write_report_folder, as the Markdown report is.
std::vector<ReportFile> build_html_site(const Model& model, const std::vector<Diagnostic>& findings,
                                        const HtmlOptions& options);

} // namespace bizmap
