#include "cli/command.hpp"
#include "cli/format_option.hpp"
#include "cli/model_options.hpp"
#include "flow/flow.hpp"
#include "health/formats.hpp"
#include "model/index.hpp"

#include <CLI/CLI.hpp>
#include <bizmap/load.hpp>
#include <fmt/format.h>
#include <optional>
#include <ostream>

namespace bizmap {
namespace {

class HealthCommand : public Command {
public:
  void define(CLI::App& app) override {
    add_model_options(app, model_options_);
    add_format_option(app, format_, health_formats());
    app.add_option("--fail-under", fail_under_,
                   "Exit 1 when the business's health score is below N (0-100), or when it "
                   "has no score")
        ->type_name("N")
        ->check(CLI::Range(0, 100));
  }

  int run(Streams& streams) override {
    Workspace workspace = open_workspace(model_options_, streams.in, streams.err);
    const Model& model = workspace.loaded.model;
    ModelIndex index(model);
    FlowAnalysis flow(model, index.handoffs);
    ModelHealth health(model, index.handoffs, flow, health_settings(workspace.config));
    HealthCheck check = health.business();
    std::vector<RoleGrowth> growth = health.growth();
    Opportunities opportunities = health.opportunities();
    find_format(health_formats(), format_)
        ->write(HealthAnswer{model, check, growth, opportunities}, streams.out);
    return verdict(check, streams.err);
  }

private:
  // With --fail-under, a business with no score fails too: a gate that
  // nothing could be measured against must not pass silently.
  int verdict(const HealthCheck& check, std::ostream& err) const {
    if (!fail_under_) {
      return 0;
    }
    if (!check.business) {
      err << fmt::format("bizmap: the business has no health score (no weighted area has "
                         "anything to count), so --fail-under {} fails\n",
                         *fail_under_);
      return 1;
    }
    if (*check.business < *fail_under_) {
      err << fmt::format("bizmap: the business's health score {} is below --fail-under {}\n",
                         *check.business, *fail_under_);
      return 1;
    }
    return 0;
  }

  ModelOptions model_options_;
  std::string format_;
  std::optional<int> fail_under_;
};

} // namespace

std::unique_ptr<Command> make_health_command() {
  return std::make_unique<HealthCommand>();
}

} // namespace bizmap
