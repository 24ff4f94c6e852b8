#include "cli/command.hpp"
#include "docs/rule_pages.hpp"
#include "lint/suggest.hpp"

#include <CLI/CLI.hpp>
#include <bizmap/load.hpp>
#include <bizmap/rule.hpp>
#include <fmt/format.h>
#include <ostream>

namespace bizmap {
namespace {

[[noreturn]] void unknown_rule(std::string_view id) {
  std::vector<std::string_view> ids;
  for (const Rule* rule : all_rules()) {
    ids.push_back(rule->id);
  }
  std::optional<std::string_view> near = closest(id, ids);
  throw UsageError(fmt::format("unknown rule '{}'{}", id,
                               near ? fmt::format("; did you mean '{}'?", *near)
                                    : "; 'bizmap rules' lists every rule"));
}

class ExplainCommand : public Command {
public:
  void define(CLI::App& app) override {
    app.add_option("rule", id_, "The rule's id, as 'bizmap rules' lists it")->required();
  }

  int run(Streams& streams) override {
    const Rule* rule = find_rule(id_);
    if (rule == nullptr) {
      unknown_rule(id_);
    }
    streams.out << rule_page(*rule);
    return 0;
  }

private:
  std::string id_;
};

} // namespace

std::unique_ptr<Command> make_explain_command() {
  return std::make_unique<ExplainCommand>();
}

} // namespace bizmap
