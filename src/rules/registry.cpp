// The one list of every rule, sorted by id.
#include "model/suggest.hpp"
#include "rules/rules.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace bizmap {

// Every rule, one line each, sorted by id: adding a rule is its file and a
// line here.
#define BIZMAP_RULES(RULE)                                                                         \
  RULE(broken_handoff)                                                                             \
  RULE(duplicate_business)                                                                         \
  RULE(duplicate_capture)                                                                          \
  RULE(duplicate_id)                                                                               \
  RULE(duplicate_key)                                                                              \
  RULE(empty_system)                                                                               \
  RULE(handoff_cycle)                                                                              \
  RULE(invalid_value)                                                                              \
  RULE(isolated_process)                                                                           \
  RULE(key_person)                                                                                 \
  RULE(misses_due)                                                                                 \
  RULE(missing_field)                                                                              \
  RULE(missing_trigger)                                                                            \
  RULE(not_a_model)                                                                                \
  RULE(over_capacity)                                                                              \
  RULE(owner_overload)                                                                             \
  RULE(process_without_owner)                                                                      \
  RULE(process_without_steps)                                                                      \
  RULE(review_overdue)                                                                             \
  RULE(step_input_unavailable)                                                                     \
  RULE(system_without_goal)                                                                        \
  RULE(system_without_manager)                                                                     \
  RULE(unconsumed_output)                                                                          \
  RULE(undeclared_data)                                                                            \
  RULE(unknown_key)                                                                                \
  RULE(unknown_process)                                                                            \
  RULE(unknown_quantity)                                                                           \
  RULE(unknown_role)                                                                               \
  RULE(unknown_tool)                                                                               \
  RULE(unproduced_input)                                                                           \
  RULE(unreachable_outcome)                                                                        \
  RULE(unused_baseline_entry)                                                                      \
  RULE(unused_data)                                                                                \
  RULE(unused_role)                                                                                \
  RULE(unused_suppression)                                                                         \
  RULE(unused_tool)                                                                                \
  RULE(wrong_type)                                                                                 \
  RULE(yaml_syntax)

namespace rules {
#define BIZMAP_DECLARE_RULE(name) extern const Rule name;
BIZMAP_RULES(BIZMAP_DECLARE_RULE)
#undef BIZMAP_DECLARE_RULE
} // namespace rules

namespace {

#define BIZMAP_RULE_ADDRESS(name) &rules::name,
constexpr std::array registered = std::to_array<const Rule*>({BIZMAP_RULES(BIZMAP_RULE_ADDRESS)});
#undef BIZMAP_RULE_ADDRESS

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

// Rule ids are lower case; 'DUPLICATE-CAPTURE' finds the same rule.
const Rule* find_rule(std::string_view written) {
  std::string id(written);
  std::transform(id.begin(), id.end(), id.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  auto found =
      std::lower_bound(registered.begin(), registered.end(), std::string_view(id),
                       [](const Rule* rule, std::string_view key) { return rule->id < key; });
  return found != registered.end() && (*found)->id == id ? *found : nullptr;
}

} // namespace bizmap
