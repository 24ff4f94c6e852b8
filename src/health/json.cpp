#include "health/formats.hpp"
#include "output/json_document.hpp"

#include <cmath>

namespace bizmap {
namespace {

// Hours and factors to two decimals, so the document does not carry the
// noise of binary fractions.
double rounded(double value) {
  return std::floor(value * 100 + 0.5 + 1e-9) / 100;
}

void add_place(JsonDocument& item, const Model& model, const Location& at) {
  item.update(place_json(model, at));
}

JsonDocument score(const std::optional<int>& value) {
  return value ? JsonDocument(*value) : JsonDocument(nullptr);
}

JsonDocument area_json(const Model& model, const HealthArea& area) {
  JsonDocument facts = JsonDocument::array();
  for (const HealthFact& fact : area.facts) {
    JsonDocument item = {{"kind", to_string(fact.kind)}, {"id", fact.id}, {"what", fact.what}};
    if (fact.at) {
      add_place(item, model, *fact.at);
    }
    facts.push_back(std::move(item));
  }
  std::optional<int> value = area.score();
  return {{"area", area.key},
          {"name", area.name},
          {"weight", area.weight},
          {"score", score(value)},
          {"unit", area.unit},
          {"good", rounded(area.good)},
          {"counted", rounded(area.counted)},
          {"detail", value ? area.detail : ""},
          {"nothing_to_count", value ? JsonDocument(nullptr) : JsonDocument(area.nothing_to_count)},
          {"facts", std::move(facts)},
          {"left_out", area.left_out}};
}

JsonDocument growth_json(const HealthAnswer& answer) {
  JsonDocument items = JsonDocument::array();
  for (const RoleGrowth& role : answer.growth) {
    JsonDocument item = {
        {"role", role.role},
        {"hours_per_week", rounded(role.hours)},
        {"capacity_hours_per_week", rounded(role.capacity)},
        {"factor", role.factor ? JsonDocument(rounded(*role.factor)) : JsonDocument(nullptr)},
        {"over_capacity", role.is_over()},
        {"why_no_factor", role.factor ? JsonDocument(nullptr) : JsonDocument(role.why_none)}};
    add_place(item, answer.model, role.at);
    items.push_back(std::move(item));
  }
  return items;
}

JsonDocument opportunities_json(const HealthAnswer& answer) {
  JsonDocument ranked = JsonDocument::array();
  for (const Opportunity& found : answer.opportunities.ranked) {
    const Process& process = answer.model.processes[found.process];
    const Step& step = process.steps[found.step];
    JsonDocument item = {
        {"process", process.id.id},
        {"step", found.step + 1},
        {"action", step.action},
        {"role", found.role.empty() ? JsonDocument(nullptr) : JsonDocument(found.role)},
        {"hours_per_week", rounded(found.hours_per_week)}};
    add_place(item, answer.model, step.at);
    ranked.push_back(std::move(item));
  }
  return {{"ranked", std::move(ranked)},
          {"not_ranked",
           {{"without_volume", answer.opportunities.without_runs},
            {"without_duration", answer.opportunities.without_duration}}}};
}

} // namespace

void write_health_json(const HealthAnswer& answer, std::ostream& out) {
  const HealthCheck& check = answer.check;
  JsonDocument areas = JsonDocument::array();
  for (const HealthArea& area : check.areas) {
    areas.push_back(area_json(answer.model, area));
  }
  JsonDocument weights = JsonDocument::object();
  for (std::size_t a = 0; a < health_area_count; ++a) {
    weights[std::string(health_area_keys[a])] = check.weights.of[a];
  }
  JsonDocument weakest = JsonDocument::array();
  for (std::string_view name : check.weakest) {
    for (const HealthArea& area : check.areas) {
      if (name == area.name) {
        weakest.push_back(area.key);
      }
    }
  }
  JsonDocument document = {
      {"business", {{"score", score(check.business)}, {"weights", weights}, {"weakest", weakest}}},
      {"documentation", area_json(answer.model, check.documentation)},
      {"areas", std::move(areas)},
      {"growth", growth_json(answer)},
      {"opportunities", opportunities_json(answer)}};
  write_json_document(document, out);
}

} // namespace bizmap
