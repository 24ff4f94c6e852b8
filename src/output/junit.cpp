// JUnit XML, as Jenkins, GitLab and other CI systems show test reports: one
// test case per model file, which fails with one <failure> per error or
// warning in it. Info findings do not fail a file; they are listed in the
// test case's <system-out>.
#include "output/output.hpp"
#include "output/paths.hpp"
#include "output/xml_text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>
#include <vector>

namespace bizmap {
namespace {

bool is_failure(const Diagnostic& finding) {
  return finding.severity != Severity::info;
}

// The finding as the text format's first line, then a line per related note.
std::string finding_line(const Model& model, const Diagnostic& finding) {
  std::string line = fmt::format(
      "{}:{}:{}: {}: {} [{}]", repository_path(model.files[finding.at.file].path), finding.at.line,
      finding.at.column, to_string(finding.severity), finding.message, finding.rule);
  for (const RelatedLocation& related : finding.related) {
    line += fmt::format("\n{}:{}:{}: note: {}", repository_path(model.files[related.at.file].path),
                        related.at.line, related.at.column, related.note);
  }
  return line;
}

void write_test_case(const Model& model, std::string_view path,
                     std::span<const Diagnostic* const> findings, std::ostream& out) {
  out << fmt::format("    <testcase classname=\"{0}\" name=\"{0}\"", xml_attribute(path));
  if (findings.empty()) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  std::string notes;
  for (const Diagnostic* finding : findings) {
    if (!is_failure(*finding)) {
      notes += finding_line(model, *finding) + "\n";
      continue;
    }
    out << fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n",
                       xml_attribute(finding->message), xml_attribute(finding->rule),
                       xml_content(finding_line(model, *finding)));
  }
  if (!notes.empty()) {
    out << "      <system-out>" << xml_content(notes) << "</system-out>\n";
  }
  out << "    </testcase>\n";
}

// Findings grouped by file, in the order of the model's files.
std::vector<std::vector<const Diagnostic*>> findings_by_file(const Model& model,
                                                             std::span<const Diagnostic> findings) {
  std::vector<std::vector<const Diagnostic*>> by_file(model.files.size());
  for (const Diagnostic& finding : findings) {
    by_file[finding.at.file].push_back(&finding);
  }
  return by_file;
}

} // namespace

void write_junit(const Model& model, std::span<const Diagnostic> findings, const OutputOptions&,
                 std::ostream& out) {
  auto by_file = findings_by_file(model, findings);
  auto failed = std::count_if(by_file.begin(), by_file.end(), [](const auto& file_findings) {
    return std::any_of(file_findings.begin(), file_findings.end(),
                       [](const Diagnostic* finding) { return is_failure(*finding); });
  });
  std::string counts =
      fmt::format("tests=\"{}\" failures=\"{}\" errors=\"0\"", model.files.size(), failed);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format("<testsuites name=\"bizmap\" {}>\n", counts);
  out << fmt::format("  <testsuite name=\"bizmap\" {} skipped=\"0\">\n", counts);
  for (std::size_t file = 0; file < model.files.size(); ++file) {
    write_test_case(model, repository_path(model.files[file].path), by_file[file], out);
  }
  out << "  </testsuite>\n</testsuites>\n";
}

} // namespace bizmap
