#include "output/json_document.hpp"
#include "whatif/answer_lines.hpp"

namespace bizmap {
namespace {

JsonDocument place(const Model& model, const Location& at) {
  std::string_view file;
  if (at.file < model.files.size()) {
    file = model.files[at.file].path;
  }
  return {{"file", file}, {"line", at.line}, {"column", at.column}};
}

JsonDocument processes(const WhatIfAnswer& answer, const std::vector<std::size_t>& list) {
  JsonDocument items = JsonDocument::array();
  for (std::size_t p : list) {
    const Process& process = answer.before.processes[p];
    JsonDocument item = {{"process", process.id.id}, {"reasons", answer.scenario.reasons[p]}};
    item.update(place(answer.before, process.id.at));
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
  };
  write_json_document(document, out);
}

} // namespace bizmap
