#pragma once

#include "flow/flow.hpp"
#include "graph/names.hpp"
#include "model/index.hpp"
#include "trace/trace.hpp"

#include <bizmap/model.hpp>
#include <iosfwd>
#include <string>
#include <vector>

namespace bizmap {

/// What every way of showing a trace reads: the model, its indexes and the
/// display names.
struct TraceView {
  const Model& model;
  const ModelIndex& index;
  const FlowAnalysis& flow;
  const DisplayNames& names;

  /// The process's name, or its id.
  std::string process_name(std::uint32_t process) const;
  /// The owner's name, or "not set".
  std::string owner_name(std::uint32_t process) const;
  /// The tools of the process and of its steps, each once.
  std::vector<const Ref*> tools(std::uint32_t process) const;
  /// The same, by name.
  std::vector<std::string> tool_names(std::uint32_t process) const;
  /// Ids of the systems that list a data id among their outcomes.
  std::vector<std::string> outcome_systems(std::string_view data) const;
  /// "delivered outside the business", "outcome of system 'x'", or both.
  std::string delivery_text(std::string_view data) const;
};

/// `bizmap trace --format text`.
void write_trace_text(const TraceView& view, const Trace& trace, std::ostream& out);
/// `bizmap trace --format json` (docs/schemas/bizmap-trace.schema.json).
void write_trace_json(const TraceView& view, const Trace& trace, std::ostream& out);
/// `bizmap trace --format mermaid`: a flowchart, without a code fence.
std::string trace_mermaid(const TraceView& view, const Trace& trace);
void write_trace_mermaid(const TraceView& view, const Trace& trace, std::ostream& out);

} // namespace bizmap
