#include "baseline/check_baseline.hpp"
#include "baseline/fingerprint.hpp"
#include "cli/command.hpp"
#include "cli/format_option.hpp"
#include "cli/model_options.hpp"
#include "config/config.hpp"
#include "model/suggest.hpp"
#include "output/output.hpp"
#include "rules/rule.hpp"
#include "util/atomic_file.hpp"
#include "workspace/output_guard.hpp"
#include "workspace/workspace.hpp"

#include <CLI/CLI.hpp>
#include <bizmap/check.hpp>
#include <bizmap/load.hpp>
#include <cstdlib>
#include <fmt/format.h>
#include <sstream>

namespace bizmap {
namespace {

// GitHub sets GITHUB_ACTIONS=true in every step of a workflow.
bool under_github_actions() {
  const char* actions = std::getenv("GITHUB_ACTIONS");
  return actions != nullptr && std::string_view(actions) == "true";
}

std::optional<Severity> rule_severity(std::string_view text, std::string_view setting) {
  if (text == "off") {
    return std::nullopt;
  }
  if (std::optional<Severity> severity = parse_severity(text)) {
    return severity;
  }
  constexpr std::string_view severities[] = {"error", "warning", "info", "off"};
  std::optional<std::string_view> near = closest(text, severities);
  throw UsageError(fmt::format("--rule {}: severity '{}' is not one of error, warning, info, "
                               "off{}",
                               setting, text,
                               near ? fmt::format("; did you mean '{}'?", *near) : ""));
}

RuleSettings parse_rule_settings(const std::vector<std::string>& settings) {
  RuleSettings overrides;
  for (const std::string& setting : settings) {
    std::size_t equals = setting.find('=');
    if (equals == std::string::npos) {
      throw UsageError(
          fmt::format("--rule {}: expected RULE=SEVERITY, like unused-tool=off", setting));
    }
    const Rule* rule = find_rule(setting.substr(0, equals));
    if (rule == nullptr) {
      throw UsageError(
          fmt::format("--rule {}: {}", setting, unknown_rule_message(setting.substr(0, equals))));
    }
    std::string id(rule->id);
    std::optional<Severity> severity =
        rule_severity(std::string_view(setting).substr(equals + 1), setting);
    overrides[id].off = !severity;
    overrides[id].severity = severity;
  }
  return overrides;
}

class CheckCommand : public Command {
public:
  void define(CLI::App& app) override {
    add_model_options(app, model_options_);
    format_option_ = add_format_option(app, format_, output_formats());
    app.add_option("-o,--output", output_, "Write the output to FILE instead of stdout")
        ->type_name("FILE");
    app.add_option("--fail-on", fail_on_, "Lowest severity that makes the exit code 1")
        ->check(CLI::IsMember({"error", "warning", "info"}))
        ->capture_default_str();
    app.add_option("--max-warnings", max_warnings_,
                   "Also exit 1 when there are more than N warnings")
        ->type_name("N")
        ->check(CLI::NonNegativeNumber);
    app.add_option("--rule", rule_settings_,
                   "Set a rule's severity: RULE=error|warning|info|off (repeatable)")
        ->type_name("RULE=SEVERITY")
        ->allow_extra_args(false);
    app.add_option("--color", color_, "Colour the text output")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    app.add_flag("-q,--quiet", quiet_,
                 "Print errors only; the summary says how many findings it did not show");
    app.add_option("--baseline", baseline_.use,
                   "Do not report the findings recorded in FILE; report its entries that no "
                   "longer match")
        ->type_name("FILE");
    app.add_option("--write-baseline", baseline_.write,
                   "Record every current finding in FILE (keeping only still-matching entries "
                   "when FILE exists) and exit 0")
        ->type_name("FILE");
    fail_on_option_ = app.get_option("--fail-on");
  }

  int run(Streams& streams) override {
    RuleSettings overrides = parse_rule_settings(rule_settings_);
    Workspace workspace = open_workspace(model_options_, streams.in, streams.err);
    apply_command_line(workspace.config, overrides);
    if (!output_.empty()) {
      guard_output(output_, workspace);
    }
    if (!baseline_.write.empty()) {
      guard_output(baseline_.write, workspace, "--write-baseline");
    }
    std::vector<Diagnostic> findings = check_workspace(workspace);
    if (std::optional<std::string> written = apply_baseline_options(
            baseline_, workspace.config, model_options_.paths, workspace.loaded.model, findings)) {
      streams.out << *written;
      return 0;
    }
    int exit_code = exit_code_for(findings, workspace.config.fail_on.value_or(Severity::error));
    std::optional<Tally> hidden;
    if (quiet_) {
      Tally all = tally(findings);
      std::erase_if(findings, [](const Diagnostic& d) { return d.severity != Severity::error; });
      hidden = Tally{0, all.warnings, all.infos};
    }
    write(workspace.loaded.model, findings, hidden, streams);
    return exit_code;
  }

private:
  // Options given on the command line win over the configuration file.
  void apply_command_line(Config& config, const RuleSettings& overrides) const {
    for (const auto& [rule, setting] : overrides) {
      config.rules[rule].off = setting.off;
      config.rules[rule].severity = setting.severity;
    }
    if (fail_on_option_->count() > 0) {
      config.fail_on = parse_severity(fail_on_);
    }
  }

  int exit_code_for(const std::vector<Diagnostic>& findings, Severity threshold) const {
    bool failing = std::any_of(findings.begin(), findings.end(),
                               [&](const Diagnostic& d) { return d.severity >= threshold; });
    bool too_many_warnings = max_warnings_ && tally(findings).warnings > *max_warnings_;
    return failing || too_many_warnings ? 1 : 0;
  }

  bool use_color(const Streams& streams) const {
    if (color_ != "auto") {
      return color_ == "always";
    }
    return output_.empty() && streams.terminal.stdout_is_terminal && !streams.terminal.no_color;
  }

  // Under GitHub Actions, findings printed to the job's log in the default
  // format also become annotations, with no option to remember. Asking for a
  // format, or writing to a terminal or a file, says what is wanted instead.
  bool annotates(const Streams& streams) const {
    return format_option_->count() == 0 && !streams.terminal.stdout_is_terminal &&
           under_github_actions();
  }

  void write(const Model& model, const std::vector<Diagnostic>& findings,
             const std::optional<Tally>& hidden, Streams& streams) {
    const OutputFormat& format = *find_format(output_formats(), format_);
    OutputOptions options{use_color(streams), hidden};
    if (format.name == "gitlab") {
      options.fingerprints = finding_fingerprints(model, findings, model_options_.paths);
    }
    if (output_.empty()) {
      format.write(model, findings, options, streams.out);
      if (annotates(streams)) {
        write_github_annotations(model, findings, streams.out);
      }
      return;
    }
    std::ostringstream text;
    format.write(model, findings, options, text);
    write_file_atomically(output_, text.str());
  }

  ModelOptions model_options_;
  std::string format_;
  std::string output_;
  std::string fail_on_ = "error";
  std::optional<std::size_t> max_warnings_;
  std::vector<std::string> rule_settings_;
  std::string color_ = "auto";
  bool quiet_ = false;
  BaselineOptions baseline_;
  CLI::Option* fail_on_option_ = nullptr;
  CLI::Option* format_option_ = nullptr;
};

} // namespace

std::unique_ptr<Command> make_check_command() {
  return std::make_unique<CheckCommand>();
}

} // namespace bizmap
