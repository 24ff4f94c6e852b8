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
  // Processes are items of lists, so their spans do not overlap except on a
  // single line (a flow list); sorted by where they start, the process of a
  // line is the last one starting at or before it, or one starting on the
  // same line.
  std::vector<std::pair<LineSpan, std::size_t>> spans;
  spans.reserve(model.processes.size());
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    spans.emplace_back(span_of(model.processes[p]), p);
  }
  auto starts_before = [](const LineSpan& a, const LineSpan& b) {
    return std::pair(a.file, a.first) < std::pair(b.file, b.first);
  };
  std::sort(spans.begin(), spans.end(),
            [&](const auto& a, const auto& b) { return starts_before(a.first, b.first); });
  std::vector<std::optional<std::size_t>> owners(findings.size());
  for (std::size_t f = 0; f < findings.size(); ++f) {
    const Location& at = findings[f].at;
    LineSpan line{at.file, at.line, at.line};
    auto after =
        std::upper_bound(spans.begin(), spans.end(), line, [&](const LineSpan& l, const auto& s) {
          return starts_before(l, s.first);
        });
    // Every process starting on the same line as the last one that starts
    // before the finding; of those containing it, the first in the model.
    for (auto it = after; it != spans.begin();) {
      --it;
      const LineSpan& span = it->first;
      if (span.file != at.file || span.first != std::prev(after)->first.first) {
        break;
      }
      if (at.line <= span.last && (!owners[f] || it->second < *owners[f])) {
        owners[f] = it->second;
      }
    }
  }
  return owners;
}

} // namespace bizmap
