#include "output/json_document.hpp"
#include "whatif/answer_lines.hpp"

namespace bizmap {
namespace {

JsonDocument processes(const WhatIfAnswer& answer, const std::vector<std::size_t>& list) {
  JsonDocument items = JsonDocument::array();
  for (std::size_t p : list) {
    const Process& process = answer.before.processes[p];
    JsonDocument item = {{"process", process.id.id}, {"reasons", answer.scenario.reasons[p]}};
    item.update(place_json(answer.before, process.id.at));
    items.push_back(std::move(item));
  }
  return items;
}

JsonDocument ids(const Model& model, const std::vector<std::size_t>& list) {
  JsonDocument items = JsonDocument::array();
  for (std::size_t p : list) {
    items.push_back(model.processes[p].id.id);
  }
  return items;
}

JsonDocument lost(const WhatIfAnswer& answer) {
  JsonDocument items = JsonDocument::array();
  for (const LostDelivery& delivery : answer.consequences.lost) {
    JsonDocument item = {{"data", delivery.data}};
    if (delivery.input != delivery.data) {
      item["break"] = {{"process", answer.before.processes[delivery.process].id.id},
                       {"input", delivery.input}};
    }
    item["stopped_suppliers"] = ids(answer.before, delivery.stopped_suppliers);
    items.push_back(std::move(item));
  }
  return items;
}

JsonDocument handed_over(const WhatIfAnswer& answer) {
  JsonDocument items = JsonDocument::array();
  for (const ShiftedWork& shift : answer.scenario.shifts) {
    JsonDocument item = {{"from", shift.from},
                         {"to", shift.to ? JsonDocument(*shift.to) : nullptr}};
    item["steps"] = shift.steps.size();
    item["processes_owned"] = ids(answer.before, shift.owned);
    items.push_back(std::move(item));
  }
  return items;
}

JsonDocument optional_number(const std::optional<double>& value) {
  return value ? JsonDocument(*value) : JsonDocument(nullptr);
}

std::string_view no_capacity_word(NoCapacity why) {
  switch (why) {
  case NoCapacity::known:
    break;
  case NoCapacity::filled_by:
    return "filled_by";
  case NoCapacity::vendor:
    return "vendor";
  case NoCapacity::no_people:
    return "no_people";
  }
  return "";
}

JsonDocument figures(const Model& model, const RoleFigures& role) {
  JsonDocument item = {{"hours_per_week", role.hours_per_week},
                       {"capacity_hours_per_week", optional_number(role.capacity_hours_per_week)},
                       {"use", optional_number(role.use())},
                       {"over_capacity", role.over_capacity()}};
  item["peak_hours_per_week"] = optional_number(role.peak_hours_per_week);
  item["over_capacity_at_peak"] = role.over_capacity_at_peak();
  if (role.no_capacity != NoCapacity::known) {
    item["no_capacity"] = no_capacity_word(role.no_capacity);
  }
  if (role.peak_process) {
    item["peak_process"] = model.processes[*role.peak_process].id.id;
  }
  if (role.counted_in) {
    item["counted_in"] = *role.counted_in;
  }
  item["not_counted"] = {{"steps_without_duration", role.steps_without_duration},
                         {"processes_without_runs", role.processes_without_runs}};
  return item;
}

JsonDocument loads(const WhatIfAnswer& answer) {
  JsonDocument items = JsonDocument::array();
  for (const RoleLoadChange& change : answer.consequences.loads) {
    const Role& role = answer.before.roles[change.role];
    JsonDocument item = {{"role", role.id.id}, {"gone", !change.after}};
    item.update(place_json(answer.before, role.id.at));
    item["before"] = figures(answer.before, change.before);
    item["after"] = change.after ? figures(answer.before, *change.after) : JsonDocument(nullptr);
    items.push_back(std::move(item));
  }
  return items;
}

JsonDocument lead(const LeadFigure& figure) {
  return {{"minutes", whole_minutes(figure.minutes())}, {"known", figure.is_known()}};
}

JsonDocument lead_times(const WhatIfAnswer& answer) {
  JsonDocument items = JsonDocument::array();
  for (const LeadTimeChange& change : answer.consequences.lead_times) {
    JsonDocument item = {{"data", change.data},
                         {"process", answer.before.processes[change.producer].id.id}};
    item.update(place_json(answer.before, answer.before.processes[change.producer].id.at));
    item["before"] = {{"expected", lead(change.before.expected)},
                      {"longest", lead(change.before.longest)}};
    item["after"] = {{"expected", lead(change.after.expected)},
                     {"longest", lead(change.after.longest)}};
    items.push_back(std::move(item));
  }
  return items;
}

} // namespace

void write_what_if_json(const WhatIfAnswer& answer, std::ostream& out) {
  JsonDocument changes = JsonDocument::array();
  for (const ScenarioChange& change : answer.changes) {
    changes.push_back(change.written);
  }
  const HomelessWork& work = answer.consequences.homeless;
  JsonDocument document = {
      {"changes", std::move(changes)},
      {"stopped", processes(answer, answer.consequences.stopped)},
      {"unaccountable", processes(answer, answer.consequences.unaccountable)},
      {"lost", lost(answer)},
      {"new_home",
       {{"hours_per_week", work.hours_per_week},
        {"steps", work.steps},
        {"steps_without_duration", work.steps_without_duration},
        {"steps_without_runs", work.steps_without_runs}}},
      {"work_moved", handed_over(answer)},
      {"loads", loads(answer)},
      {"processes_not_scaled", answer.consequences.processes_without_volume},
      {"lead_times", lead_times(answer)},
  };
  write_json_document(document, out);
}

} // namespace bizmap
