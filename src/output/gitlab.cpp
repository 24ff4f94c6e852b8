// GitLab's Code Quality report, for the merge request widget: a JSON array of
// issues, each with a description, the rule as check_name, a fingerprint, a
// severity and the file and line.
//   [{"description": "process 'x' has no owner…", "check_name": "process-without-owner",
//     "fingerprint": "…", "severity": "major",
//     "location": {"path": "sales.yaml", "lines": {"begin": 14}}}]
// GitLab compares the fingerprints of a merge request's report with those of
// its target branch to tell new findings from fixed ones; the caller computes
// them (OutputOptions::fingerprints), as they hold no line or column.
#include "output/json_document.hpp"
#include "output/output.hpp"
#include "output/paths.hpp"

#include <stdexcept>

namespace bizmap {
namespace {

// GitLab's scale is info, minor, major, critical, blocker; an error stops the
// check but is not a crash or a security hole, so it is major.
std::string_view severity_of(Severity severity) {
  switch (severity) {
  case Severity::error:
    return "major";
  case Severity::warning:
    return "minor";
  case Severity::info:
    break;
  }
  return "info";
}

JsonDocument issue(const Model& model, const Diagnostic& finding, const std::string& fingerprint) {
  return {
      {"description", finding.message},
      {"check_name", finding.rule},
      {"fingerprint", fingerprint},
      {"severity", severity_of(finding.severity)},
      {"location",
       {{"path", repository_path(model.files[finding.at.file].path)},
        {"lines", {{"begin", finding.at.line}}}}},
  };
}

} // namespace

void write_gitlab(const Model& model, std::span<const Diagnostic> findings,
                  const OutputOptions& options, std::ostream& out) {
  if (options.fingerprints.size() != findings.size()) {
    throw std::logic_error("the gitlab format needs one fingerprint a finding");
  }
  JsonDocument issues = JsonDocument::array();
  for (std::size_t i = 0; i < findings.size(); ++i) {
    issues.push_back(issue(model, findings[i], options.fingerprints[i]));
  }
  write_json_document(issues, out);
}

} // namespace bizmap
