// The one list of every rule, sorted by id.
#include "model/suggest.hpp"
#include "rules/rules.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace bizmap {
namespace {

const std::array<const Rule*, 28> registered = {
    &rules::duplicate_business,
    &rules::duplicate_capture,
    &rules::duplicate_id,
    &rules::duplicate_key,
    &rules::empty_system,
    &rules::invalid_value,
    &rules::isolated_process,
    &rules::missing_field,
    &rules::missing_trigger,
    &rules::not_a_model,
    &rules::owner_overload,
    &rules::process_without_owner,
    &rules::process_without_steps,
    &rules::step_input_unavailable,
    &rules::system_without_goal,
    &rules::system_without_manager,
    &rules::unconsumed_output,
    &rules::undeclared_data,
    &rules::unknown_key,
    &rules::unknown_role,
    &rules::unknown_tool,
    &rules::unproduced_input,
    &rules::unused_data,
    &rules::unused_role,
    &rules::unused_suppression,
    &rules::unused_tool,
    &rules::wrong_type,
    &rules::yaml_syntax,
};

} // namespace

std::span<const Rule* const> all_rules() {
  return registered;
}

std::optional<std::string_view> closest_rule(std::string_view id) {
  static const std::vector<std::string_view> ids = [] {
    std::vector<std::string_view> names;
    for (const Rule* rule : registered) {
      names.push_back(rule->id);
    }
    return names;
  }();
  return closest(id, ids);
}

std::string unknown_rule_message(std::string_view id) {
  std::optional<std::string_view> near = closest_rule(id);
  return fmt::format("unknown rule '{}'{}", id,
                     near ? did_you_mean(near) : std::string("; 'bizmap rules' lists every rule"));
}

const Rule* find_rule(std::string_view id) {
  auto found =
      std::lower_bound(registered.begin(), registered.end(), id,
                       [](const Rule* rule, std::string_view key) { return rule->id < key; });
  return found != registered.end() && (*found)->id == id ? *found : nullptr;
}

} // namespace bizmap
