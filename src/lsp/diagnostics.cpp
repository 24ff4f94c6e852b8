// Findings as LSP diagnostics, published per file.
#include "lsp/features.hpp"

namespace bizmap::lsp {
namespace {

int severity_number(Severity severity) {
  switch (severity) {
  case Severity::error:
    return 1;
  case Severity::warning:
    return 2;
  case Severity::info:
    break;
  }
  return 3;
}

} // namespace

Json diagnostic_json(const Analysis& analysis, const Diagnostic& finding) {
  Json diagnostic = {{"range", to_json(range_in(analysis, finding.at))},
                     {"severity", severity_number(finding.severity)},
                     {"code", finding.rule},
                     {"source", "bizmap"},
                     {"message", finding.message}};
  if (!finding.related.empty()) {
    Json related = Json::array();
    for (const RelatedLocation& place : finding.related) {
      related.push_back({{"location", location_json(analysis, place.at)}, {"message", place.note}});
    }
    diagnostic["relatedInformation"] = std::move(related);
  }
  if (!finding.suggestion.empty()) {
    diagnostic["data"] = {{"suggestion", finding.suggestion}};
  }
  return diagnostic;
}

std::vector<FileDiagnostics> diagnostics_by_file(const Analysis& analysis) {
  std::vector<FileDiagnostics> files;
  for (const EditorFile* source : analysis.sources) {
    std::optional<std::int64_t> version;
    if (source->open) {
      version = source->version;
    }
    files.push_back({source->uri, version, Json::array()});
  }
  for (const Diagnostic& finding : analysis.findings) {
    if (finding.at.file < files.size()) {
      files[finding.at.file].diagnostics.push_back(diagnostic_json(analysis, finding));
    }
  }
  return files;
}

} // namespace bizmap::lsp
