#include "output/json_document.hpp"
#include "trace/trace_view.hpp"

#include <bizmap/version.hpp>
#include <cmath>

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
  const RunTime& own = view.flow.run_time(traced.process);
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
          {"outside", own.outside},
          {"hands_on", hands_on_json(own.work)},
          {"wait_minutes", own.wait_minutes},
          {"own_minutes", own.minutes()},
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

JsonDocument way_json(const TraceView& view, const std::vector<std::uint32_t>& way) {
  JsonDocument ids = JsonDocument::array();
  for (std::uint32_t p : way) {
    ids.push_back(view.model.processes[p].id.id);
  }
  return ids;
}

JsonDocument choices_json(const TraceView& view, const std::vector<ChoiceOnWay>& choices) {
  JsonDocument found = JsonDocument::array();
  for (const ChoiceOnWay& at : choices) {
    const Process& process = view.model.processes[at.process];
    const InputChoice& choice = process.choices[at.choice];
    JsonDocument alternatives = JsonDocument::array();
    for (std::size_t k = 0; k < choice.count; ++k) {
      alternatives.push_back(
          {{"data", process.inputs[choice.first + k].id},
           {"share", at.weighted ? JsonDocument(choice.shares[k]) : JsonDocument(nullptr)}});
    }
    found.push_back({{"process", process.id.id},
                     {"counted", at.weighted ? "weighed by share" : "the longest"},
                     {"alternatives", std::move(alternatives)},
                     {"taken", at.handoff == TraceLink::outside
                                   ? JsonDocument(nullptr)
                                   : JsonDocument(view.flow.handoffs()[at.handoff].input->id)}});
  }
  return found;
}

JsonDocument figure_json(const TraceView& view, const LeadFigure& figure,
                         const std::vector<std::uint32_t>& way,
                         const std::vector<ChoiceOnWay>& choices) {
  const WorkingTime& time = view.flow.working_time();
  std::uint64_t lead = whole_minutes(figure.minutes());
  std::optional<double> efficiency = figure.flow_efficiency();
  return {{"lead_time_minutes", lead},
          {"hands_on_minutes", whole_minutes(figure.hands_on)},
          {"wait_minutes", whole_minutes(figure.waits)},
          {"outside_minutes", whole_minutes(figure.outside)},
          {"calendar_days",
           time.days_per_week() > 0 && time.minutes_per_day() > 0
               ? JsonDocument(std::round(time.calendar_days(static_cast<double>(lead)) * 10) / 10)
               : JsonDocument(nullptr)},
          {"flow_efficiency_percent", efficiency && figure.is_known()
                                          ? JsonDocument(std::round(*efficiency * 1000) / 10)
                                          : JsonDocument(nullptr)},
          {"known", figure.is_known()},
          {"steps_without_duration", figure.steps_without_duration},
          {"processes_without_steps", figure.processes_without_steps},
          {"path", way_json(view, way)},
          {"one_of", choices_json(view, choices)},
          {"text", lead_figure_text(figure, time)}};
}

JsonDocument lead_time_json(const TraceView& view, const Trace& trace) {
  if (trace.path.empty()) {
    return nullptr;
  }
  const LeadFigure& longest = trace.lead_time.longest;
  return {{"expected_minutes", whole_minutes(trace.lead_time.expected.minutes())},
          {"longest_minutes", whole_minutes(longest.minutes())},
          {"expected", figure_json(view, trace.lead_time.expected, trace.expected_path,
                                   trace.expected_choices)},
          {"longest", figure_json(view, longest, trace.path, trace.longest_choices)},
          {"slowest", view.model.processes[longest.slowest].id.id},
          {"slowest_minutes", view.flow.run_time(longest.slowest).minutes()},
          {"handoffs", longest.processes - 1},
          {"changes_of_hands", longest.changes_of_hands}};
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
  const WorkingTime& time = view.flow.working_time();
  json["working_time"] = {{"hours_per_day", time.hours_per_day()},
                          {"days_per_week", time.days_per_week()},
                          {"text", working_time_note(time)}};
  write_json_document(json, out);
}

} // namespace bizmap
