#include "report/findings.hpp"

#include <algorithm>
#include <tuple>

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
  // line is among those starting where the last one starting at or before it
  // does. Of those, the first in the model that reaches down to the line:
  // sorted by their last line, longest first, with the smallest process
  // index so far kept beside each, that is one binary search, so that a flow
  // list of thousands of processes on one line costs no scan per finding.
  struct Placed {
    LineSpan span;
    std::size_t process;
    std::size_t first_process; ///< smallest process index from its group's start to here
  };
  std::vector<Placed> spans;
  spans.reserve(model.processes.size());
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    spans.push_back({span_of(model.processes[p]), p, p});
  }
  auto start_of = [](const LineSpan& s) { return std::pair(s.file, s.first); };
  std::sort(spans.begin(), spans.end(), [&](const Placed& a, const Placed& b) {
    return std::tuple(a.span.file, a.span.first, b.span.last) <
           std::tuple(b.span.file, b.span.first, a.span.last);
  });
  for (std::size_t i = 1; i < spans.size(); ++i) {
    if (start_of(spans[i].span) == start_of(spans[i - 1].span)) {
      spans[i].first_process = std::min(spans[i].process, spans[i - 1].first_process);
    }
  }
  std::vector<std::optional<std::size_t>> owners(findings.size());
  for (std::size_t f = 0; f < findings.size(); ++f) {
    const Location& at = findings[f].at;
    auto after = std::upper_bound(
        spans.begin(), spans.end(), std::pair(at.file, at.line),
        [&](const auto& line, const Placed& placed) { return line < start_of(placed.span); });
    if (after == spans.begin() || std::prev(after)->span.file != at.file) {
      continue;
    }
    auto group = std::prev(after)->span;
    auto begin = std::lower_bound(
        spans.begin(), after, start_of(group),
        [&](const Placed& placed, const auto& start) { return start_of(placed.span) < start; });
    auto reaching = std::partition_point(
        begin, after, [&](const Placed& placed) { return placed.span.last >= at.line; });
    if (reaching != begin) {
      owners[f] = std::prev(reaching)->first_process;
    }
  }
  return owners;
}

} // namespace bizmap
