#pragma once

#include "flow/flow.hpp"

#include <bizmap/model.hpp>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace bizmap {

class Handoffs;

/// What a trace follows: a process or a data item.
struct TraceSubject {
  ElementKind kind = ElementKind::process; ///< process or data
  std::string id;
  std::uint32_t process = 0; ///< for a process: its position in Model::processes
};

/// Where a traced process stands relative to the subject.
enum class TraceSide : std::uint8_t { upstream, subject, downstream };

struct TracedProcess {
  std::uint32_t process = 0;
  TraceSide side = TraceSide::upstream;
  bool on_path = false; ///< on the longest way
};

/// What a line of a trace shows.
enum class LinkKind : std::uint8_t {
  arrives,   ///< data that arrives from outside the business into a traced process
  handoff,   ///< data handed from one traced process to another
  loop,      ///< data that comes back round a loop: shown once, not followed
  joins,     ///< data a traced process needs from a process the trace does not follow
  missing,   ///< an input that nothing supplies: the chain breaks here
  delivered, ///< an output that is an external output or a system outcome
};

/// One handoff, arrival or delivery of a trace.
struct TraceLink {
  static constexpr std::uint32_t outside = PathTime::none;

  LinkKind kind = LinkKind::handoff;
  std::uint32_t at = 0;              ///< the traced process it is listed with
  const Ref* data = nullptr;         ///< the input (or, delivered, the output) it names
  std::uint32_t from = outside;      ///< a process, or outside the business
  std::uint32_t to = outside;        ///< a process, or outside the business
  std::uint32_t handoff = outside;   ///< position in FlowAnalysis::handoffs()
  std::optional<bool> changes_hands; ///< between processes: owners differ; unknown without one
  bool on_path = false;
};

/// The flow through a subject: upstream to where its inputs enter the
/// business, downstream to the outcomes and deliveries it feeds.
struct Trace {
  TraceSubject subject;
  std::optional<TraceSubject> to;
  std::vector<TracedProcess> processes; ///< in the order work flows
  /// Grouped by the process they are listed with, in the order of `processes`.
  std::vector<TraceLink> links;
  /// The lead time of one case through the subject (to `to`, when given):
  /// the expected figure and the longest way, each at the end where it is
  /// largest; `processes` is 0 when no process is on it.
  PathTime lead_time;
  std::vector<std::uint32_t> path;           ///< the longest way's processes, first to last
  std::vector<std::uint32_t> expected_path;  ///< the way the expected figure names
  std::vector<ChoiceOnWay> longest_choices;  ///< the `one_of`s on the longest way
  std::vector<ChoiceOnWay> expected_choices; ///< the `one_of`s on the expected way
};

struct TraceOptions {
  bool downstream = true; ///< false: only the chain that leads to the subject
  /// Stop and give no trace past this many processes (a report draws only
  /// chains it can show).
  std::size_t most_processes = std::numeric_limits<std::size_t>::max();
};

/// Traces a subject, keeping with `to` only the paths between the subject
/// and `to`, on `to`'s side. Throws UsageError when no chain of handoffs
/// joins the two. Returns nothing when the trace would hold more than
/// `options.most_processes` processes. Takes time in proportion to the
/// processes and handoffs it traces.
std::optional<Trace> trace_flow(const Model& model, const Handoffs& handoffs,
                                const FlowAnalysis& flow, const TraceSubject& subject,
                                const std::optional<TraceSubject>& to = std::nullopt,
                                const TraceOptions& options = {});

/// The number of links of a kind, and of handoffs that change hands.
std::size_t count_links(const Trace& trace, LinkKind kind);
std::size_t count_changes_of_hands(const Trace& trace);

} // namespace bizmap
