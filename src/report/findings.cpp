#include "report/findings.hpp"

#include <algorithm>

namespace bizmap {
namespace {

struct LineSpan {
  std::uint32_t file = 0;
  std::uint32_t first = 0;
  std::uint32_t last = 0;

  void add(const Location& at) {
    first = std::min(first, at.line);
    last = std::max(last, at.line);
  }
  void add(const std::vector<Ref>& refs) {
    for (const Ref& ref : refs) {
      add(ref.at);
    }
  }
  void add(const std::vector<WhatIf>& what_ifs) {
    for (const WhatIf& what_if : what_ifs) {
      add(what_if.at);
    }
  }
};

void add_step(const Step& step, LineSpan& span) {
  span.add(step.at);
  for (const std::optional<Ref>& ref : {step.by, step.tool}) {
    if (ref) {
      span.add(ref->at);
    }
  }
  span.add(step.inputs);
  span.add(step.outputs);
  span.add(step.what_ifs);
}

LineSpan span_of(const Process& process) {
  LineSpan span{process.id.at.file, process.id.at.line, process.id.at.line};
  if (process.owner) {
    span.add(process.owner->at);
  }
  span.add(process.inputs);
  span.add(process.outputs);
  span.add(process.tools);
  span.add(process.what_ifs);
  for (const Step& step : process.steps) {
    add_step(step, span);
  }
  return span;
}

} // namespace

std::vector<std::optional<std::size_t>>
process_of_findings(const Model& model, const std::vector<Diagnostic>& findings) {
  std::vector<LineSpan> spans;
  spans.reserve(model.processes.size());
  for (const Process& process : model.processes) {
    spans.push_back(span_of(process));
  }
  std::vector<std::optional<std::size_t>> owners(findings.size());
  for (std::size_t f = 0; f < findings.size(); ++f) {
    const Location& at = findings[f].at;
    for (std::size_t p = 0; p < spans.size() && !owners[f]; ++p) {
      if (spans[p].file == at.file && spans[p].first <= at.line && at.line <= spans[p].last) {
        owners[f] = p;
      }
    }
  }
  return owners;
}

} // namespace bizmap
