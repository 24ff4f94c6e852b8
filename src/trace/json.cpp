#include "output/json_writer.hpp"
#include "trace/trace_view.hpp"

#include <bizmap/version.hpp>
#include <ostream>

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

void write_subject(const TraceView& view, const TraceSubject& subject, std::string_view key,
                   JsonWriter& json) {
  json.begin_object(key);
  json.field("kind", subject.kind == ElementKind::process ? "process" : "data");
  json.field("id", subject.id);
  json.field("name", subject.kind == ElementKind::process ? view.process_name(subject.process)
                                                          : view.names.data(subject.id));
  json.end_object();
}

void write_hands_on(const HandsOn& time, JsonWriter& json) {
  json.begin_object("hands_on");
  json.field("minutes", time.minutes);
  json.boolean_field("known", time.is_known());
  json.field("steps_without_duration", static_cast<std::uint64_t>(time.steps_without_duration));
  json.field("processes_without_steps", static_cast<std::uint64_t>(time.processes_without_steps));
  json.field("text", hands_on_text(time));
  json.end_object();
}

void write_process(const TraceView& view, const TracedProcess& traced, JsonWriter& json) {
  const Process& process = view.model.processes[traced.process];
  json.begin_object();
  json.field("id", process.id.id);
  json.field("name", view.process_name(traced.process));
  json.field("side", side_name(traced.side));
  if (process.owner) {
    json.field("owner", process.owner->id);
  } else {
    json.null_field("owner");
  }
  json.field("owner_name", view.owner_name(traced.process));
  json.begin_array("tools");
  for (const Ref* tool : view.tools(traced.process)) {
    json.begin_object();
    json.field("id", tool->id);
    json.field("name", view.names.tool(tool->id));
    json.end_object();
  }
  json.end_array();
  write_hands_on(view.flow.hands_on(traced.process), json);
  json.boolean_field("on_path", traced.on_path);
  json.end_object();
}

void write_end(const TraceView& view, std::string_view key, std::uint32_t process,
               JsonWriter& json) {
  if (process == TraceLink::outside) {
    json.null_field(key);
  } else {
    json.field(key, view.model.processes[process].id.id);
  }
}

void write_link(const TraceView& view, const TraceLink& link, JsonWriter& json) {
  json.begin_object();
  json.field("kind", kind_name(link.kind));
  json.field("data", link.data->id);
  write_end(view, "from", link.from, json);
  write_end(view, "to", link.to, json);
  if (link.changes_hands) {
    json.boolean_field("changes_hands", *link.changes_hands);
  } else {
    json.null_field("changes_hands");
  }
  json.boolean_field("on_path", link.on_path);
  json.end_object();
}

void write_lead_time(const TraceView& view, const Trace& trace, JsonWriter& json) {
  if (trace.path.empty()) {
    json.null_field("lead_time");
    return;
  }
  json.begin_object("lead_time");
  write_hands_on(trace.lead_time.hands_on, json);
  json.begin_array("path");
  for (std::uint32_t p : trace.path) {
    json.element(view.model.processes[p].id.id);
  }
  json.end_array();
  json.field("slowest", view.model.processes[trace.lead_time.slowest].id.id);
  json.field("handoffs", static_cast<std::uint64_t>(trace.lead_time.processes - 1));
  json.field("changes_of_hands", static_cast<std::uint64_t>(trace.lead_time.changes_of_hands));
  json.end_object();
}

void write_summary(const Trace& trace, JsonWriter& json) {
  json.begin_object("summary");
  json.field("processes", static_cast<std::uint64_t>(trace.processes.size()));
  json.field("handoffs", static_cast<std::uint64_t>(count_links(trace, LinkKind::handoff)));
  json.field("changes_of_hands", static_cast<std::uint64_t>(count_changes_of_hands(trace)));
  json.field("loops", static_cast<std::uint64_t>(count_links(trace, LinkKind::loop)));
  json.field("inputs_from_outside",
             static_cast<std::uint64_t>(count_links(trace, LinkKind::arrives)));
  json.field("deliveries", static_cast<std::uint64_t>(count_links(trace, LinkKind::delivered)));
  json.field("missing", static_cast<std::uint64_t>(count_links(trace, LinkKind::missing)));
  json.end_object();
}

} // namespace

void write_trace_json(const TraceView& view, const Trace& trace, std::ostream& out) {
  JsonWriter json(out);
  json.begin_object();
  json.begin_object("tool");
  json.field("name", "bizmap");
  json.field("version", version);
  json.end_object();
  write_subject(view, trace.subject, "subject", json);
  if (trace.to) {
    write_subject(view, *trace.to, "to", json);
  }
  json.begin_array("processes");
  for (const TracedProcess& traced : trace.processes) {
    write_process(view, traced, json);
  }
  json.end_array();
  json.begin_array("links");
  for (const TraceLink& link : trace.links) {
    write_link(view, link, json);
  }
  json.end_array();
  write_lead_time(view, trace, json);
  write_summary(trace, json);
  json.field("working_time", "a day (d) is 8 working hours, a week (w) 5 working days");
  json.end_object();
}

} // namespace bizmap
