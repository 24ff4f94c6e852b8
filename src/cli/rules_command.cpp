#include "cli/command.hpp"
#include "cli/format_option.hpp"
#include "output/json_document.hpp"
#include "rules/rule.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <ostream>

namespace bizmap {
namespace {

// "warning"; "off (info)" for a rule that is off until given a severity.
std::string default_severity(const Rule& rule) {
  return rule.off_by_default ? fmt::format("off ({})", to_string(rule.severity))
                             : std::string(to_string(rule.severity));
}

// One rule a line: id, default severity and summary in aligned columns.
void write_rule_lines(std::ostream& out) {
  std::size_t id_width = 0;
  std::size_t severity_width = 0;
  for (const Rule* rule : all_rules()) {
    id_width = std::max(id_width, rule->id.size());
    severity_width = std::max(severity_width, default_severity(*rule).size());
  }
  for (const Rule* rule : all_rules()) {
    out << fmt::format("{:<{}}  {:<{}}  {}\n", rule->id, id_width, default_severity(*rule),
                       severity_width, rule->summary);
  }
}

JsonDocument rule_json(const Rule& rule) {
  JsonDocument options = JsonDocument::array();
  for (const RuleOption& option : rule.options) {
    // Options are counts and limits, never negative.
    options.push_back({{"name", option.name},
                       {"default", static_cast<std::uint64_t>(option.default_value)},
                       {"description", option.description}});
  }
  return {{"id", rule.id},
          {"severity", to_string(rule.severity)},
          {"off_by_default", rule.off_by_default},
          {"summary", rule.summary},
          {"options", std::move(options)}};
}

void write_rules_json(std::ostream& out) {
  JsonDocument rules = JsonDocument::array();
  for (const Rule* rule : all_rules()) {
    rules.push_back(rule_json(*rule));
  }
  write_json_document(rules, out);
}

using RulesFormat = Format<void (*)(std::ostream& out)>;

// Every format, one row each, the default first.
constexpr std::array rules_formats = std::to_array<RulesFormat>({
    {"text", "text", {}, write_rule_lines},
    {"json", "JSON", {}, write_rules_json},
});

class RulesCommand : public Command {
public:
  void define(CLI::App& app) override {
    add_format_option(app, format_, std::span<const RulesFormat>(rules_formats));
  }

  int run(Streams& streams) override {
    find_format(std::span<const RulesFormat>(rules_formats), format_)->write(streams.out);
    return 0;
  }

private:
  std::string format_;
};

} // namespace

std::unique_ptr<Command> make_rules_command() {
  return std::make_unique<RulesCommand>();
}

} // namespace bizmap
