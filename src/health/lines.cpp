#include "health/lines.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

HealthSection scores(const HealthCheck& check) {
  HealthSection section{"Scores", {}};
  section.lines.push_back(
      {check.business ? fmt::format("Business health: {}/100, the weighted mean of the areas "
                                    "that have a score",
                                    *check.business)
                      : std::string("Business health: no score: no weighted area has anything "
                                    "to count"),
       std::nullopt});
  std::optional<int> documentation = check.documentation.score();
  section.lines.push_back(
      {documentation ? fmt::format("Documentation: {}/100, the model's completeness, scored apart",
                                   *documentation)
                     : fmt::format("Documentation: no score: nothing to count: {}",
                                   check.documentation.nothing_to_count),
       std::nullopt});
  std::vector<std::string> weakest(check.weakest.begin(), check.weakest.end());
  section.lines.push_back({weakest.empty() ? std::string("No weak areas.")
                                           : fmt::format("Weakest: {}.", fmt::join(weakest, ", ")),
                           std::nullopt});
  return section;
}

HealthSection area_section(const HealthArea& area, bool weighted) {
  std::optional<int> score = area.score();
  std::string weight = weighted ? fmt::format(", weight {}", area.weight) : ", no weight";
  HealthSection section{fmt::format("{}: {}{}", area.name,
                                    score ? fmt::format("{}/100", *score) : "no score", weight),
                        {}};
  section.lines.push_back(
      {score ? area.detail : fmt::format("nothing to count: {}", area.nothing_to_count),
       std::nullopt});
  for (const HealthFact& fact : area.facts) {
    section.lines.push_back(
        {fmt::format("{} {}: {}", to_string(fact.kind), fact.id, fact.what), fact.at, true});
  }
  for (const std::string& left : area.left_out) {
    section.lines.push_back({fmt::format("not counted: {}", left), std::nullopt, true});
  }
  return section;
}

HealthLine growth_line(const RoleGrowth& role) {
  if (!role.factor) {
    return {fmt::format("{}: no factor: {}", role.role, role.why_none), role.at};
  }
  if (role.is_over()) {
    return {fmt::format("{}: already over capacity: {} of {} hours a week", role.role,
                        hours_text(role.hours), hours_text(role.capacity)),
            role.at};
  }
  return {fmt::format("{}: the work may grow {}× ({} of {} hours a week)", role.role,
                      factor_text(*role.factor), hours_text(role.hours), hours_text(role.capacity)),
          role.at};
}

HealthSection growth(const HealthAnswer& answer) {
  HealthSection section{"What breaks first as you grow", {}};
  if (answer.growth.empty()) {
    section.lines.push_back({"nothing to count: no role declares its capacity", std::nullopt});
  }
  for (const RoleGrowth& role : answer.growth) {
    section.lines.push_back(growth_line(role));
  }
  return section;
}

std::string steps_words(std::size_t count) {
  return count == 1 ? "1 step" : fmt::format("{} steps", count);
}

HealthSection opportunities(const HealthAnswer& answer) {
  const Opportunities& found = answer.opportunities;
  HealthSection section{"Opportunities to automate or delegate, by hours a week", {}};
  if (found.ranked.empty()) {
    section.lines.push_back({"none ranked", std::nullopt});
  }
  for (std::size_t i = 0; i < found.ranked.size() && i < opportunities_listed; ++i) {
    const Opportunity& step = found.ranked[i];
    const Process& process = answer.model.processes[step.process];
    const Step& at = process.steps[step.step];
    section.lines.push_back(
        {fmt::format("{}. {} hours a week: process {} step {} \"{}\"{}", i + 1,
                     hours_text(step.hours_per_week), process.id.id, step.step + 1, at.action,
                     step.role.empty() ? "" : fmt::format(" by {}", step.role)),
         at.at});
  }
  if (found.ranked.size() > opportunities_listed) {
    section.lines.push_back({fmt::format("and {} more (--format json lists them all)",
                                         found.ranked.size() - opportunities_listed),
                             std::nullopt});
  }
  if (found.without_runs > 0 || found.without_duration > 0) {
    section.lines.push_back(
        {fmt::format("not ranked: {} whose process has no volume, {} "
                     "without a duration",
                     steps_words(found.without_runs), steps_words(found.without_duration)),
         std::nullopt});
  }
  return section;
}

} // namespace

std::string health_title(const Model& model) {
  return fmt::format("Health of {}", model.business && !model.business->name.empty()
                                         ? std::string_view(model.business->name)
                                         : std::string_view("the business"));
}

std::vector<HealthSection> health_sections(const HealthAnswer& answer) {
  std::vector<HealthSection> sections{scores(answer.check)};
  for (const HealthArea& area : answer.check.areas) {
    sections.push_back(area_section(area, true));
  }
  sections.push_back(area_section(answer.check.documentation, false));
  sections.push_back(growth(answer));
  sections.push_back(opportunities(answer));
  return sections;
}

} // namespace bizmap
