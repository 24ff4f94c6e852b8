#include "output/json_document.hpp"
#include "trace/trace_view.hpp"

#include <bizmap/version.hpp>

namespace bizmap {
namespace {

std::string_view side_name(TraceSide side) {
  switch (side) {
  case TraceSide::upstream:
    return "upstream";
  case TraceSide::subject:
    return "subject";
  case TraceSide::downstream:
    return "downstream";
  }
  return {};
}

std::string_view kind_name(LinkKind kind) {
  switch (kind) {
  case LinkKind::arrives:
    return "arrives";
  case LinkKind::handoff:
    return "handoff";
  case LinkKind::loop:
    return "loop";
  case LinkKind::joins:
    return "joins";
  case LinkKind::missing:
    return "missing";
  case LinkKind::delivered:
    return "delivered";
  }
  return {};
}

JsonDocument subject_json(const TraceView& view, const TraceSubject& subject) {
  bool process = subject.kind == ElementKind::process;
  return {{"kind", process ? "process" : "data"},
          {"id", subject.id},
          {"name", process ? view.process_name(subject.process) : view.names.data(subject.id)}};
}

JsonDocument hands_on_json(const HandsOn& time) {
  return {{"minutes", time.minutes},
          {"known", time.is_known()},
          {"steps_without_duration", time.steps_without_duration},
          {"processes_without_steps", time.processes_without_steps},
          {"text", hands_on_text(time)}};
}

JsonDocument process_json(const TraceView& view, const TracedProcess& traced) {
  const Process& process = view.model.processes[traced.process];
  JsonDocument tools = JsonDocument::array();
  for (const Ref* tool : view.tools(traced.process)) {
    tools.push_back({{"id", tool->id}, {"name", view.names.tool(tool->id)}});
  }
  return {{"id", process.id.id},
          {"name", view.process_name(traced.process)},
          {"side", side_name(traced.side)},
          {"owner", process.owner ? JsonDocument(process.owner->id) : JsonDocument(nullptr)},
          {"owner_name", view.owner_name(traced.process)},
          {"tools", std::move(tools)},
          {"hands_on", hands_on_json(view.flow.hands_on(traced.process))},
          {"on_path", traced.on_path}};
}

JsonDocument end_json(const TraceView& view, std::uint32_t process) {
  return process == TraceLink::outside ? JsonDocument(nullptr)
                                       : JsonDocument(view.model.processes[process].id.id);
}

JsonDocument link_json(const TraceView& view, const TraceLink& link) {
  return {{"kind", kind_name(link.kind)},
          {"data", link.data->id},
          {"from", end_json(view, link.from)},
          {"to", end_json(view, link.to)},
          {"changes_hands",
           link.changes_hands ? JsonDocument(*link.changes_hands) : JsonDocument(nullptr)},
          {"on_path", link.on_path}};
}

JsonDocument lead_time_json(const TraceView& view, const Trace& trace) {
  if (trace.path.empty()) {
    return nullptr;
  }
  JsonDocument path = JsonDocument::array();
  for (std::uint32_t p : trace.path) {
    path.push_back(view.model.processes[p].id.id);
  }
  return {{"hands_on", hands_on_json(trace.lead_time.hands_on)},
          {"path", std::move(path)},
          {"slowest", view.model.processes[trace.lead_time.slowest].id.id},
          {"handoffs", trace.lead_time.processes - 1},
          {"changes_of_hands", trace.lead_time.changes_of_hands}};
}

JsonDocument summary_json(const Trace& trace) {
  return {{"processes", trace.processes.size()},
          {"handoffs", count_links(trace, LinkKind::handoff)},
          {"changes_of_hands", count_changes_of_hands(trace)},
          {"loops", count_links(trace, LinkKind::loop)},
          {"inputs_from_outside", count_links(trace, LinkKind::arrives)},
          {"deliveries", count_links(trace, LinkKind::delivered)},
          {"missing", count_links(trace, LinkKind::missing)}};
}

} // namespace

void write_trace_json(const TraceView& view, const Trace& trace, std::ostream& out) {
  JsonDocument json = {{"tool", {{"name", "bizmap"}, {"version", version}}},
                       {"subject", subject_json(view, trace.subject)}};
  if (trace.to) {
    json["to"] = subject_json(view, *trace.to);
  }
  JsonDocument processes = JsonDocument::array();
  for (const TracedProcess& traced : trace.processes) {
    processes.push_back(process_json(view, traced));
  }
  json["processes"] = std::move(processes);
  JsonDocument links = JsonDocument::array();
  for (const TraceLink& link : trace.links) {
    links.push_back(link_json(view, link));
  }
  json["links"] = std::move(links);
  json["lead_time"] = lead_time_json(view, trace);
  json["summary"] = summary_json(trace);
  json["working_time"] = "a day (d) is 8 working hours, a week (w) 5 working days";
  write_json_document(json, out);
}

} // namespace bizmap
