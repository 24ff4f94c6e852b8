// GitHub Actions workflow commands, one a finding, which the runner turns into
// annotations on the pull request:
//   ::error file=F,line=L,col=C,endColumn=E,title=RULE::MESSAGE
// The runner acts only on lines that start with `::`, so the closing summary
// is an ordinary line of the job's log.
#include "output/output.hpp"
#include "output/paths.hpp"
#include "output/summary.hpp"
#include "output/workflow_command_text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace bizmap {
namespace {

std::string_view command_of(Severity severity) {
  switch (severity) {
  case Severity::error:
    return "error";
  case Severity::warning:
    return "warning";
  case Severity::info:
    break;
  }
  return "notice";
}

// An annotation has one place; the related ones follow the message as
// "note:" lines, as in the text format.
std::string message_with_notes(const Model& model, const Diagnostic& finding) {
  std::string message = finding.message;
  for (const RelatedLocation& related : finding.related) {
    message +=
        fmt::format("\nnote: {}:{}:{}: {}", repository_path(model.files[related.at.file].path),
                    related.at.line, related.at.column, related.note);
  }
  return message;
}

void write_command(const Model& model, const Diagnostic& finding, std::ostream& out) {
  const Location& at = finding.at;
  // Annotations count the end column in, as they count the end line in.
  std::uint32_t end_column = at.column + std::max<std::uint32_t>(1, at.length) - 1;
  out << fmt::format("::{} file={},line={},col={},endColumn={},title={}::{}\n",
                     command_of(finding.severity),
                     workflow_command_property(repository_path(model.files[at.file].path)), at.line,
                     at.column, end_column, workflow_command_property(finding.rule),
                     workflow_command_message(message_with_notes(model, finding)));
}

} // namespace

void write_github_annotations(const Model& model, std::span<const Diagnostic> findings,
                              std::ostream& out) {
  for (const Diagnostic& finding : findings) {
    write_command(model, finding, out);
  }
}

void write_github(const Model& model, std::span<const Diagnostic> findings,
                  const OutputOptions& options, std::ostream& out) {
  write_github_annotations(model, findings, out);
  out << summary_line(model, findings, options.hidden) << "\n";
}

} // namespace bizmap
