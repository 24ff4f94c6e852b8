#include "flow/flow.hpp"
#include "lint/check_indexed.hpp"
#include "lint/consequences.hpp"
#include "lint/suppression.hpp"
#include "model/index.hpp"
#include "model/review.hpp"
#include "rules/rule.hpp"
#include "util/parallel.hpp"

#include <algorithm>
#include <bizmap/check.hpp>
#include <iterator>
#include <tuple>

namespace bizmap {

namespace {

class RuleFindings : public Findings {
public:
  RuleFindings(const Rule& rule, std::vector<Diagnostic>& into) : rule_(rule), into_(into) {}

  Diagnostic& report(const Location& at, std::string message, std::string suggestion) override {
    return into_.emplace_back(Diagnostic{
        rule_.id, rule_.severity, at, std::move(message), std::move(suggestion), {}, {}, {}});
  }

private:
  const Rule& rule_;
  std::vector<Diagnostic>& into_;
};

const OptionValues no_options;

const RuleSetting* setting_of(const RuleSettings& settings, std::string_view rule) {
  auto found = settings.find(rule);
  return found == settings.end() ? nullptr : &found->second;
}

bool is_off(const RuleSettings& settings, std::string_view rule) {
  const Rule* registered = find_rule(rule);
  if (registered != nullptr) {
    return !is_rule_on(*registered, settings);
  }
  const RuleSetting* setting = setting_of(settings, rule);
  return setting != nullptr && setting->off;
}

auto sort_key(const Diagnostic& d) {
  return std::tie(d.at.file, d.at.line, d.at.column, d.rule, d.message);
}

struct RuleRun {
  const Rule* rule;
  std::vector<Diagnostic> findings;
};

void run_rule(const Model& model, const ModelIndex& index, const FlowAnalysis& flow,
              const RuleSettings& settings, Date today, RuleRun& run) {
  const RuleSetting* setting = setting_of(settings, run.rule->id);
  RuleContext context{model,
                      index.references,
                      index.handoffs,
                      flow,
                      setting ? setting->options : no_options,
                      today,
                      !is_off(settings, "broken-handoff")};
  RuleFindings collector(*run.rule, run.findings);
  run.rule->check(context, collector);
}

// Below this many processes a check takes milliseconds and runs on one thread.
constexpr std::size_t processes_worth_threads = 1000;

// Runs every rule that is on. Rules only read the model and the handoff
// index, so on a large model they run on as many threads as there are cores;
// their findings are then joined in the registry's order, as on one thread.
std::vector<Diagnostic> run_rules(const Model& model, const ModelIndex& index,
                                  const FlowAnalysis& flow, const CheckOptions& options) {
  const RuleSettings& settings = options.settings;
  Date today = options.today.value_or(local_today());
  std::vector<RuleRun> runs;
  for (const Rule* rule : all_rules()) {
    if (rule->check != nullptr && is_rule_on(*rule, settings)) {
      runs.push_back({rule, {}});
    }
  }
  std::size_t threads = options.threads;
  if (threads == 0) {
    threads = model.processes.size() < processes_worth_threads ? 1 : available_cores();
  }
  parallel_for(runs.size(), threads,
               [&](std::size_t i) { run_rule(model, index, flow, settings, today, runs[i]); });
  std::vector<Diagnostic> findings;
  for (RuleRun& run : runs) {
    std::move(run.findings.begin(), run.findings.end(), std::back_inserter(findings));
  }
  return findings;
}

} // namespace

bool is_rule_on(const Rule& rule, const RuleSettings& settings) {
  const RuleSetting* setting = setting_of(settings, rule.id);
  if (setting != nullptr && setting->off) {
    return false;
  }
  return !rule.off_by_default || (setting != nullptr && setting->severity.has_value());
}

std::vector<Diagnostic> check_model(const Model& model, std::vector<Diagnostic> load_findings,
                                    const CheckOptions& options) {
  return check_model(model, ModelIndex(model), std::move(load_findings), options);
}

std::vector<Diagnostic> check_model(const Model& model, const ModelIndex& index,
                                    std::vector<Diagnostic> load_findings,
                                    const CheckOptions& options) {
  const RuleSettings& settings = options.settings;
  std::vector<Diagnostic> findings = std::move(load_findings);
  FlowAnalysis flow(model, index.handoffs, !is_off(settings, "broken-handoff"));
  std::vector<Diagnostic> found = run_rules(model, index, flow, options);
  findings.insert(findings.end(), std::make_move_iterator(found.begin()),
                  std::make_move_iterator(found.end()));
  apply_suppressions(model, findings);
  std::erase_if(findings, [&](const Diagnostic& d) { return is_off(settings, d.rule); });
  for (Diagnostic& finding : findings) {
    const RuleSetting* setting = setting_of(settings, finding.rule);
    if (setting != nullptr && setting->severity) {
      finding.severity = *setting->severity;
    }
  }
  fold_consequences(model, findings);
  std::sort(findings.begin(), findings.end(),
            [](const Diagnostic& a, const Diagnostic& b) { return sort_key(a) < sort_key(b); });
  findings.erase(std::unique(findings.begin(), findings.end(),
                             [](const Diagnostic& a, const Diagnostic& b) {
                               return sort_key(a) == sort_key(b);
                             }),
                 findings.end());
  return findings;
}

Tally tally(const std::vector<Diagnostic>& findings) {
  Tally counts;
  for (const Diagnostic& finding : findings) {
    switch (finding.severity) {
    case Severity::error:
      ++counts.errors;
      break;
    case Severity::warning:
      ++counts.warnings;
      break;
    case Severity::info:
      ++counts.infos;
      break;
    }
  }
  return counts;
}

} // namespace bizmap
