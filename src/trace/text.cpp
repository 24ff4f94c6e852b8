#include "trace/trace_view.hpp"

#include <fmt/format.h>
#include <ostream>

namespace bizmap {
namespace {

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

// " (Name)" when an element has a name of its own.
std::string name_after(const std::string& id, const std::string& name) {
  return name == id ? "" : fmt::format(" ({})", name);
}

std::string subject_text(const TraceView& view, const TraceSubject& subject) {
  if (subject.kind == ElementKind::process) {
    return fmt::format("process '{}'{}", subject.id,
                       name_after(subject.id, view.process_name(subject.process)));
  }
  return fmt::format("data item '{}'{}", subject.id,
                     name_after(subject.id, view.names.data(subject.id)));
}

std::string counts_line(const Trace& trace) {
  std::vector<std::string> parts{plural(trace.processes.size(), "process", "processes")};
  std::size_t handoffs = count_links(trace, LinkKind::handoff);
  parts.push_back(
      fmt::format("{} between them ({} change{} hands)", plural(handoffs, "handoff", "handoffs"),
                  count_changes_of_hands(trace), count_changes_of_hands(trace) == 1 ? "s" : ""));
  parts.push_back(
      plural(count_links(trace, LinkKind::arrives), "input from outside", "inputs from outside"));
  parts.push_back(plural(count_links(trace, LinkKind::delivered), "delivery", "deliveries"));
  if (std::size_t loops = count_links(trace, LinkKind::loop)) {
    parts.push_back(
        fmt::format("{} round a loop, shown once", plural(loops, "handoff", "handoffs")));
  }
  if (std::size_t gaps = count_links(trace, LinkKind::missing)) {
    parts.push_back(plural(gaps, "input nothing supplies", "inputs nothing supplies"));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string hands_text(const TraceView& view, const TraceLink& link) {
  if (!link.changes_hands) {
    return "owner not set, so whether it changes hands is unknown";
  }
  if (!*link.changes_hands) {
    return "same owner";
  }
  return fmt::format("changes hands, {} → {}: work waits here", view.owner_name(link.from),
                     view.owner_name(link.to));
}

std::string id_of(const TraceView& view, std::uint32_t process) {
  return view.model.processes[process].id.id;
}

std::string link_line(const TraceView& view, const TraceLink& link) {
  const std::string& data = link.data->id;
  switch (link.kind) {
  case LinkKind::arrives:
    return fmt::format("in:   {}, from outside the business", data);
  case LinkKind::handoff:
    if (view.flow.handoffs()[link.handoff].record) {
      return fmt::format("in:   {}, a record kept by {}: read, not waited for", data,
                         id_of(view, link.from));
    }
    return fmt::format("in:   {}, from {}: {}", data, id_of(view, link.from),
                       hands_text(view, link));
  case LinkKind::joins:
    if (view.flow.handoffs()[link.handoff].record) {
      return fmt::format("in:   {}, a record kept by {}: read, not waited for", data,
                         id_of(view, link.from));
    }
    return fmt::format("in:   {}, from {} (not traced): {}", data, id_of(view, link.from),
                       hands_text(view, link));
  case LinkKind::missing:
    return fmt::format("in:   {}: nothing supplies it, the chain breaks here", data);
  case LinkKind::loop:
    if (link.at == link.to) {
      return fmt::format("loop: {}, from {}: comes back round a loop; shown once, not followed",
                         data, id_of(view, link.from));
    }
    return fmt::format("loop: {}, to {}: goes back round a loop; shown once, not followed", data,
                       id_of(view, link.to));
  case LinkKind::delivered:
    return fmt::format("out:  {}, {}", data, view.delivery_text(data));
  }
  return {};
}

void write_process(const TraceView& view, const Trace& trace, const TracedProcess& traced,
                   std::size_t& link, std::ostream& out) {
  std::uint32_t p = traced.process;
  std::vector<std::string> tools = view.tool_names(p);
  const std::string& id = view.model.processes[p].id.id;
  std::string name = view.process_name(p);
  out << fmt::format("  {}{}\n", id, name == id ? "" : ": " + name);
  const RunTime& own = view.flow.run_time(p);
  out << fmt::format("    owner:    {}{}\n", view.owner_name(p),
                     own.outside ? " (outside the business)" : "");
  out << fmt::format("    tools:    {}\n",
                     tools.empty() ? "none" : fmt::format("{}", fmt::join(tools, ", ")));
  out << fmt::format("    {}: {}\n", own.outside ? "outside " : "hands-on",
                     hands_on_text(own.work));
  if (own.wait_minutes > 0) {
    out << fmt::format("    waits:    {}\n",
                       working_days_text(own.wait_minutes, view.flow.working_time()));
  }
  for (; link < trace.links.size() && trace.links[link].at == p; ++link) {
    out << "    " << link_line(view, trace.links[link]) << "\n";
  }
}

std::string_view side_title(TraceSide side) {
  switch (side) {
  case TraceSide::upstream:
    return "Upstream, in the order work flows";
  case TraceSide::subject:
    return "The traced process";
  case TraceSide::downstream:
    return "Downstream, in the order work flows";
  }
  return {};
}

// Processes in flow order: upstream ones come before the subject, and the
// subject before downstream ones, so each side is one run.
void write_processes(const TraceView& view, const Trace& trace, std::ostream& out) {
  std::size_t link = 0;
  for (std::size_t i = 0; i < trace.processes.size(); ++i) {
    const TracedProcess& traced = trace.processes[i];
    if (i == 0 || trace.processes[i - 1].side != traced.side) {
      out << "\n" << side_title(traced.side) << "\n";
    }
    write_process(view, trace, traced, link, out);
  }
}

std::string way_text(const TraceView& view, const std::vector<std::uint32_t>& way) {
  std::vector<std::string> ids;
  for (std::uint32_t p : way) {
    ids.push_back(id_of(view, p));
  }
  return fmt::format("{}", fmt::join(ids, " → "));
}

void write_figure(const TraceView& view, std::string_view label, const LeadFigure& figure,
                  const std::vector<std::uint32_t>& way, const std::vector<ChoiceOnWay>& choices,
                  std::ostream& out) {
  const WorkingTime& time = view.flow.working_time();
  out << fmt::format("  {}{}\n", label, lead_figure_text(figure, time));
  out << fmt::format("    way: {}\n", way_text(view, way));
  for (const ChoiceOnWay& at : choices) {
    out << fmt::format("    {}\n", choice_text(view.model, view.flow, at));
  }
  if (!figure.is_known()) {
    out << fmt::format("    not counted: {}\n", lead_figure_gaps(figure));
  }
}

void write_lead_time(const TraceView& view, const Trace& trace, std::ostream& out) {
  if (trace.path.empty()) {
    out << "\nNo process is on the path, so there is no lead time to estimate.\n";
    return;
  }
  const PathTime& time = trace.lead_time;
  bool one_way = trace.expected_path == trace.path && trace.expected_choices.empty() &&
                 trace.longest_choices.empty();
  out << "\nLead time of one case (estimated, in working time)\n";
  if (one_way) {
    write_figure(view, "", time.longest, trace.path, {}, out);
  } else {
    write_figure(view, "expected: ", time.expected, trace.expected_path, trace.expected_choices,
                 out);
    write_figure(view, "longest:  ", time.longest, trace.path, trace.longest_choices, out);
  }
  const LeadFigure& longest = time.longest;
  const RunTime& slowest = view.flow.run_time(longest.slowest);
  out << fmt::format("  slowest: {} ({})\n", id_of(view, longest.slowest),
                     run_time_text(slowest, view.flow.working_time()));
  out << fmt::format("  {} on the longest way, {} of them change{} hands\n",
                     plural(longest.processes - 1, "handoff", "handoffs"), longest.changes_of_hands,
                     longest.changes_of_hands == 1 ? "s" : "");
  out << fmt::format("Lead time adds up step durations and waits along the way; {}.\n",
                     working_time_note(view.flow.working_time()));
}

} // namespace

void write_trace_text(const TraceView& view, const Trace& trace, std::ostream& out) {
  out << "Trace of " << subject_text(view, trace.subject);
  if (trace.to) {
    out << ", to " << subject_text(view, *trace.to);
  }
  out << "\n" << counts_line(trace) << "\n";
  if (trace.processes.empty()) {
    out << "\nNo process produces or uses it.\n";
    return;
  }
  write_processes(view, trace, out);
  write_lead_time(view, trace, out);
}

} // namespace bizmap
