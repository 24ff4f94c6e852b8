#include <bizmap/check.hpp>
#include <bizmap/rule.hpp>

#include "lint/handoffs.hpp"

#include <algorithm>
#include <tuple>

namespace bizmap {

std::string_view to_string(Severity severity) {
  switch (severity) {
  case Severity::error:
    return "error";
  case Severity::warning:
    return "warning";
  case Severity::info:
    break;
  }
  return "info";
}

std::optional<Severity> parse_severity(std::string_view text) {
  for (Severity severity : {Severity::error, Severity::warning, Severity::info}) {
    if (to_string(severity) == text) {
      return severity;
    }
  }
  return std::nullopt;
}

namespace {

class RuleFindings : public Findings {
public:
  RuleFindings(const Rule& rule, std::vector<Diagnostic>& into) : rule_(rule), into_(into) {}

  void report(const Location& at, std::string message, std::string suggestion) override {
    into_.push_back({rule_.id, rule_.severity, at, std::move(message), std::move(suggestion)});
  }

private:
  const Rule& rule_;
  std::vector<Diagnostic>& into_;
};

bool is_off(const SeverityOverrides& overrides, std::string_view rule) {
  auto found = overrides.find(rule);
  return found != overrides.end() && !found->second;
}

auto sort_key(const Diagnostic& d) {
  return std::tie(d.at.file, d.at.line, d.at.column, d.rule, d.message);
}

} // namespace

std::vector<Diagnostic> check_model(const Model& model, std::vector<Diagnostic> load_findings,
                                    const SeverityOverrides& overrides) {
  std::vector<Diagnostic> findings = std::move(load_findings);
  Handoffs handoffs(model);
  RuleContext context{model, handoffs};
  for (const Rule* rule : all_rules()) {
    if (rule->check != nullptr && !is_off(overrides, rule->id)) {
      RuleFindings collector(*rule, findings);
      rule->check(context, collector);
    }
  }
  std::erase_if(findings, [&](const Diagnostic& d) { return is_off(overrides, d.rule); });
  for (Diagnostic& finding : findings) {
    if (auto chosen = overrides.find(finding.rule); chosen != overrides.end()) {
      finding.severity = *chosen->second;
    }
  }
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
