#include "trace/trace.hpp"

#include "model/handoffs.hpp"

#include <algorithm>
#include <bizmap/usage_error.hpp>
#include <fmt/format.h>
#include <unordered_map>
#include <unordered_set>

namespace bizmap {
namespace {

constexpr std::uint32_t none = PathTime::none;

class TooLarge {};

class TraceBuilder {
public:
  TraceBuilder(const Model& model, const Handoffs& handoffs, const FlowAnalysis& flow,
               const TraceOptions& options)
      : model_(model), handoffs_(handoffs), flow_(flow), options_(options) {}

  Trace build(const TraceSubject& subject, const std::optional<TraceSubject>& to) {
    trace_.subject = subject;
    trace_.to = to;
    if (is_process_subject()) {
      add(subject.process, TraceSide::subject);
    }
    follow_upstream();
    if (options_.downstream) {
      follow_downstream();
    }
    if (to) {
      keep_paths_to(*to);
    }
    place_in_flow_order();
    collect_links();
    find_longest_path();
    return std::move(trace_);
  }

private:
  bool is_process_subject() const { return trace_.subject.kind == ElementKind::process; }

  void add(std::uint32_t process, TraceSide side) {
    if (side_.try_emplace(process, side).second) {
      if (side_.size() > options_.most_processes) {
        throw TooLarge{};
      }
      queue_.push_back(process);
    }
  }

  std::optional<TraceSide> side_of(std::uint32_t process) const {
    auto found = side_.find(process);
    return found == side_.end() ? std::nullopt : std::optional<TraceSide>(found->second);
  }

  // A case moves along a handoff that is not feedback and hands over no
  // record: a record's producer is not on the case's way (a yearly risk
  // assessment is read, not redone, for every client).
  static bool is_followed(const FlowHandoff& handoff) {
    return !handoff.feedback && !handoff.record;
  }

  // Breadth first along the handoffs a case follows, against the flow.
  void follow_upstream() {
    queue_.clear();
    if (is_process_subject()) {
      queue_.push_back(trace_.subject.process);
    } else {
      for (const Handoffs::Use& producer : handoffs_.producers(trace_.subject.id)) {
        add(static_cast<std::uint32_t>(producer.process), TraceSide::upstream);
      }
    }
    for (std::size_t next = 0; next < queue_.size(); ++next) {
      for (std::uint32_t h : flow_.handoffs_into(queue_[next])) {
        if (is_followed(flow_.handoffs()[h])) {
          add(flow_.handoffs()[h].from, TraceSide::upstream);
        }
      }
    }
  }

  // Breadth first along the handoffs a case follows, with the flow. A
  // consumer of a traced data item that is upstream of it already takes it
  // round a loop.
  void follow_downstream() {
    queue_.clear();
    if (is_process_subject()) {
      queue_.push_back(trace_.subject.process);
    } else {
      for (const Handoffs::Use& consumer : handoffs_.consumers(trace_.subject.id)) {
        add(static_cast<std::uint32_t>(consumer.process), TraceSide::downstream);
      }
    }
    for (std::size_t next = 0; next < queue_.size(); ++next) {
      for (std::uint32_t h : flow_.handoffs_out_of(queue_[next])) {
        if (is_followed(flow_.handoffs()[h])) {
          add(flow_.handoffs()[h].to, TraceSide::downstream);
        }
      }
    }
  }

  // The processes where the paths to `to` end (downstream) or begin (upstream).
  std::vector<std::uint32_t> targets(const TraceSubject& to, TraceSide side) const {
    std::vector<std::uint32_t> found;
    auto keep = [&](std::size_t process) {
      if (side_of(static_cast<std::uint32_t>(process)) == side) {
        found.push_back(static_cast<std::uint32_t>(process));
      }
    };
    if (to.kind == ElementKind::process) {
      keep(to.process);
      return found;
    }
    for (const Handoffs::Use& use :
         side == TraceSide::downstream ? handoffs_.producers(to.id) : handoffs_.consumers(to.id)) {
      keep(use.process);
    }
    return found;
  }

  // Keeps, on one side, only the processes that lie between a target and
  // the subject.
  void keep_paths_to(const TraceSubject& to) {
    if (to.kind == trace_.subject.kind && to.id == trace_.subject.id) {
      throw UsageError(fmt::format("--to {}: it is what is traced", to.id));
    }
    TraceSide side = TraceSide::downstream;
    std::vector<std::uint32_t> ends = targets(to, side);
    if (ends.empty()) {
      side = TraceSide::upstream;
      ends = targets(to, side);
    }
    if (ends.empty()) {
      throw UsageError(fmt::format("--to {}: no chain of handoffs joins '{}' and '{}'", to.id,
                                   trace_.subject.id, to.id));
    }
    to_side_ = side;
    std::unordered_set<std::uint32_t> between(ends.begin(), ends.end());
    std::vector<std::uint32_t> queue(ends.begin(), ends.end());
    for (std::size_t next = 0; next < queue.size(); ++next) {
      auto handoffs = side == TraceSide::downstream ? flow_.handoffs_into(queue[next])
                                                    : flow_.handoffs_out_of(queue[next]);
      for (std::uint32_t h : handoffs) {
        const FlowHandoff& handoff = flow_.handoffs()[h];
        std::uint32_t other = side == TraceSide::downstream ? handoff.from : handoff.to;
        if (is_followed(handoff) && side_of(other) == side && between.insert(other).second) {
          queue.push_back(other);
        }
      }
    }
    std::erase_if(side_, [&](const auto& entry) {
      return entry.second == side && !between.contains(entry.first);
    });
    ends_ = std::move(ends);
  }

  void place_in_flow_order() {
    for (const auto& [process, side] : side_) {
      trace_.processes.push_back({process, side, false});
    }
    std::sort(trace_.processes.begin(), trace_.processes.end(),
              [&](const TracedProcess& a, const TracedProcess& b) {
                return flow_.position(a.process) < flow_.position(b.process);
              });
    for (std::size_t i = 0; i < trace_.processes.size(); ++i) {
      local_[trace_.processes[i].process] = static_cast<std::uint32_t>(i);
    }
  }

  std::optional<bool> hands_change(std::uint32_t from, std::uint32_t to) const {
    return changes_hands(model_.processes[from], model_.processes[to]);
  }

  void link(LinkKind kind, const Ref& data, std::uint32_t from, std::uint32_t to,
            std::uint32_t handoff = none) {
    std::optional<bool> changes;
    if (from != none && to != none) {
      changes = hands_change(from, to);
    }
    trace_.links.push_back({kind, listed_with_, &data, from, to, handoff, changes, false});
  }

  void link_inputs(std::uint32_t p) {
    std::span<const std::uint32_t> into = flow_.handoffs_into(p);
    std::size_t cursor = 0;
    std::unordered_set<std::string_view> seen;
    for (const Ref& input : model_.processes[p].inputs) {
      if (!seen.insert(input.id).second) {
        continue;
      }
      if (handoffs_.is_external_input(input.id)) {
        link(LinkKind::arrives, input, none, p);
      } else if (!handoffs_.is_supplied(input.id)) {
        link(LinkKind::missing, input, none, p);
      }
      for (; cursor < into.size() && flow_.handoffs()[into[cursor]].input == &input; ++cursor) {
        const FlowHandoff& handoff = flow_.handoffs()[into[cursor]];
        LinkKind kind = handoff.feedback        ? LinkKind::loop
                        : side_of(handoff.from) ? LinkKind::handoff
                                                : LinkKind::joins;
        link(kind, input, handoff.from, p, into[cursor]);
      }
    }
  }

  bool shows_deliveries(std::uint32_t p, const Ref& output) const {
    TraceSide side = side_.at(p);
    if (!is_process_subject() && output.id == trace_.subject.id) {
      return true;
    }
    if (side == TraceSide::upstream || (trace_.to && to_side_ == TraceSide::downstream)) {
      return trace_.to && trace_.to->kind == ElementKind::data && output.id == trace_.to->id &&
             side == TraceSide::downstream;
    }
    return true;
  }

  void link_outputs(std::uint32_t p) {
    std::unordered_set<std::string_view> seen;
    for (const Ref& output : model_.processes[p].outputs) {
      if ((handoffs_.is_external_output(output.id) || handoffs_.is_outcome(output.id)) &&
          seen.insert(output.id).second && shows_deliveries(p, output)) {
        link(LinkKind::delivered, output, p, none);
      }
    }
    for (std::uint32_t h : flow_.handoffs_out_of(p)) {
      const FlowHandoff& handoff = flow_.handoffs()[h];
      if (handoff.feedback && !side_of(handoff.to)) {
        link(LinkKind::loop, *handoff.input, p, handoff.to, h);
      }
    }
  }

  void collect_links() {
    for (const TracedProcess& traced : trace_.processes) {
      listed_with_ = traced.process;
      link_inputs(traced.process);
      link_outputs(traced.process);
    }
  }

  // Whether the longest path through the subject may take a handoff: up to
  // the subject along upstream processes, then on from it downstream.
  bool may_take(const FlowHandoff& handoff) const {
    std::optional<TraceSide> from = side_of(handoff.from);
    std::optional<TraceSide> to = side_of(handoff.to);
    if (!is_followed(handoff) || !from || !to) {
      return false;
    }
    if (*to != TraceSide::downstream) {
      return *from == TraceSide::upstream;
    }
    return *from != TraceSide::upstream ||
           (!is_process_subject() && handoff.input->id == trace_.subject.id);
  }

  // The processes a longest path may end at: downstream, those that deliver
  // an outcome or an external output (or, when none does, any); without a
  // downstream, the subject or the producers of the traced data.
  std::vector<std::uint32_t> path_ends() const {
    if (trace_.to && to_side_ == TraceSide::downstream) {
      return ends_;
    }
    std::vector<std::uint32_t> ends;
    for (const TraceLink& link : trace_.links) {
      if (link.kind == LinkKind::delivered && side_.at(link.from) == TraceSide::downstream &&
          (ends.empty() || ends.back() != link.from)) {
        ends.push_back(link.from);
      }
    }
    if (!ends.empty()) {
      return ends;
    }
    for (const TracedProcess& traced : trace_.processes) {
      if (traced.side == TraceSide::downstream) {
        ends.push_back(traced.process);
      }
    }
    if (!ends.empty()) {
      return ends;
    }
    if (is_process_subject()) {
      return {trace_.subject.process};
    }
    for (const Handoffs::Use& producer : handoffs_.producers(trace_.subject.id)) {
      if (side_of(static_cast<std::uint32_t>(producer.process))) {
        ends.push_back(static_cast<std::uint32_t>(producer.process));
      }
    }
    return ends;
  }

  void find_longest_path() {
    std::vector<PathTime> times(trace_.processes.size());
    std::vector<const PathTime*> before;
    for (std::size_t i = 0; i < trace_.processes.size(); ++i) {
      std::uint32_t p = trace_.processes[i].process;
      before.clear();
      for (std::uint32_t h : flow_.handoffs_into(p)) {
        const FlowHandoff& handoff = flow_.handoffs()[h];
        before.push_back(may_take(handoff) ? &times[local_.at(handoff.from)] : nullptr);
      }
      times[i] = lead_time_through(model_, flow_, p, before);
    }
    std::optional<std::uint32_t> longest, expected;
    for (std::uint32_t p : path_ends()) {
      const PathTime& time = times[local_.at(p)];
      if (!longest || is_longer(time.longest, times[local_.at(*longest)].longest)) {
        longest = p;
      }
      if (!expected || is_longer(time.expected, times[local_.at(*expected)].expected)) {
        expected = p;
      }
    }
    if (longest) {
      trace_.lead_time = {times[local_.at(*expected)].expected, times[local_.at(*longest)].longest};
      trace_.path = flow_.way_to(
          *longest,
          [&](std::uint32_t p) -> const LeadFigure& { return times[local_.at(p)].longest; },
          &trace_.longest_choices);
      mark_path(times);
      trace_.expected_path = flow_.way_to(
          *expected,
          [&](std::uint32_t p) -> const LeadFigure& { return times[local_.at(p)].expected; },
          &trace_.expected_choices);
    }
  }

  // Marks the longest way's processes and the handoffs between them.
  void mark_path(const std::vector<PathTime>& times) {
    std::unordered_set<std::uint32_t> taken;
    for (std::uint32_t p : trace_.path) {
      trace_.processes[local_.at(p)].on_path = true;
      if (std::uint32_t h = times[local_.at(p)].longest.previous; h != none) {
        taken.insert(h);
      }
    }
    for (TraceLink& link : trace_.links) {
      link.on_path = link.kind == LinkKind::handoff && taken.contains(link.handoff);
    }
  }

  const Model& model_;
  const Handoffs& handoffs_;
  const FlowAnalysis& flow_;
  const TraceOptions& options_;
  Trace trace_;
  std::unordered_map<std::uint32_t, TraceSide> side_;
  std::unordered_map<std::uint32_t, std::uint32_t> local_;
  std::vector<std::uint32_t> queue_;
  std::vector<std::uint32_t> ends_;
  TraceSide to_side_ = TraceSide::downstream;
  std::uint32_t listed_with_ = 0;
};

} // namespace

std::optional<Trace> trace_flow(const Model& model, const Handoffs& handoffs,
                                const FlowAnalysis& flow, const TraceSubject& subject,
                                const std::optional<TraceSubject>& to,
                                const TraceOptions& options) {
  try {
    return TraceBuilder(model, handoffs, flow, options).build(subject, to);
  } catch (const TooLarge&) {
    return std::nullopt;
  }
}

std::size_t count_links(const Trace& trace, LinkKind kind) {
  return static_cast<std::size_t>(
      std::count_if(trace.links.begin(), trace.links.end(),
                    [&](const TraceLink& link) { return link.kind == kind; }));
}

std::size_t count_changes_of_hands(const Trace& trace) {
  return static_cast<std::size_t>(
      std::count_if(trace.links.begin(), trace.links.end(), [](const TraceLink& link) {
        return link.kind == LinkKind::handoff && link.changes_hands.value_or(false);
      }));
}

} // namespace bizmap
