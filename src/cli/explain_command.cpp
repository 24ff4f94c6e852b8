#include "cli/command.hpp"
#include "docs/rule_pages.hpp"
#include "model/suggest.hpp"
#include "rules/rule.hpp"

#include <CLI/CLI.hpp>
#include <bizmap/load.hpp>
#include <fmt/format.h>
#include <ostream>

namespace bizmap {
namespace {

[[noreturn]] void unknown_rule(std::string_view id) {
  throw UsageError(unknown_rule_message(id));
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
