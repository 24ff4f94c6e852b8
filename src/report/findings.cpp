#include "report/findings.hpp"

namespace bizmap {

std::vector<std::optional<std::size_t>>
process_of_findings(const ReferenceIndex& references, const std::vector<Diagnostic>& findings) {
  std::vector<std::optional<std::size_t>> processes;
  processes.reserve(findings.size());
  for (const Diagnostic& finding : findings) {
    const Definition* process =
        finding.subject && finding.subject->kind == ElementKind::process
            ? references.definition(ElementKind::process, finding.subject->id)
            : nullptr;
    processes.push_back(process ? std::optional(process->element.index) : std::nullopt);
  }
  return processes;
}

} // namespace bizmap
