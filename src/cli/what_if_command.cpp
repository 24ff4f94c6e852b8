#include "cli/command.hpp"
#include "cli/format_option.hpp"
#include "cli/model_options.hpp"
#include "util/atomic_file.hpp"
#include "whatif/formats.hpp"
#include "workspace/output_guard.hpp"

#include <CLI/CLI.hpp>
#include <array>
#include <bizmap/load.hpp>
#include <bizmap/usage_error.hpp>
#include <fmt/format.h>
#include <ostream>
#include <sstream>

namespace bizmap {
namespace {

// The options that each give one change, as `bizmap what-if --help` lists them.
struct ChangeOption {
  std::string_view name;
  std::string_view type;
  std::string_view help;
};

constexpr std::array change_options = {
    ChangeOption{"--without", "KIND:ID",
                 "A role, tool, process or system is gone (role:sam, tool:xero); KIND: may be "
                 "left out when the id names one thing"},
    ChangeOption{"--move", "ROLE=ROLE",
                 "All of the first role's work and ownership moves to the "
                 "second"},
    ChangeOption{"--people", "ROLE=N", "The role has N people"},
    ChangeOption{"--scale", "FACTOR", "Every volume written in the model times FACTOR"},
    ChangeOption{"--volume", "PROCESS=N",
                 "One process's volume, written as volume is (140, "
                 "30/month)"},
};

class WhatIfCommand : public Command {
public:
  void define(CLI::App& app) override {
    app_ = &app;
    add_model_options(app, model_options_);
    for (std::size_t i = 0; i < change_options.size(); ++i) {
      const ChangeOption& option = change_options[i];
      options_[i] = app.add_option(std::string(option.name), values_[i], std::string(option.help))
                        ->type_name(std::string(option.type))
                        ->allow_extra_args(false);
    }
    add_format_option(app, format_, what_if_formats());
    app.add_option("-o,--output", output_, "Write the answer to FILE instead of stdout")
        ->type_name("FILE");
  }

  int run(Streams& streams) override {
    std::vector<ScenarioChange> changes = changes_in_order();
    if (changes.empty()) {
      throw UsageError("what-if needs a change, such as --without role:ID, --move A=B, --people "
                       "ROLE=N, --scale 1.5 or --volume PROCESS=N");
    }
    Workspace workspace = open_workspace(model_options_, streams.in, streams.err);
    if (!output_.empty()) {
      guard_output(output_, workspace);
    }
    const Model& model = workspace.loaded.model;
    Scenario scenario = apply_changes(model, changes);
    Consequences consequences = consequences_of(model, scenario);
    std::ostringstream text;
    find_format(what_if_formats(), format_)
        ->write(WhatIfAnswer{model, changes, scenario, consequences}, text);
    if (output_.empty()) {
      streams.out << text.str();
    } else {
      write_file_atomically(output_, text.str());
    }
    return 0;
  }

private:
  // The changes in the order the command line gives them, across options.
  std::vector<ScenarioChange> changes_in_order() const {
    std::array<std::size_t, change_options.size()> taken{};
    std::vector<ScenarioChange> changes;
    for (const CLI::Option* parsed : app_->parse_order()) {
      for (std::size_t i = 0; i < options_.size(); ++i) {
        if (parsed == options_[i] && taken[i] < values_[i].size()) {
          changes.push_back(parse_change(change_options[i].name, values_[i][taken[i]++]));
        }
      }
    }
    return changes;
  }

  CLI::App* app_ = nullptr;
  ModelOptions model_options_;
  std::array<CLI::Option*, change_options.size()> options_{};
  std::array<std::vector<std::string>, change_options.size()> values_;
  std::string format_;
  std::string output_;
};

} // namespace

std::unique_ptr<Command> make_what_if_command() {
  return std::make_unique<WhatIfCommand>();
}

} // namespace bizmap
