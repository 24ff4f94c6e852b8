#pragma once

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <bizmap/rule_settings.hpp>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace bizmap {

class FlowAnalysis;
class Handoffs;
class ReferenceIndex;
struct Model;

/// Collects the findings of one rule; a rule never prints.
class Findings {
public:
  virtual ~Findings() = default;
  /// Records a finding; the rule may then name its subject and related
  /// places on the returned diagnostic, until it reports the next one.
  virtual Diagnostic& report(const Location& at, std::string message,
                             std::string suggestion = {}) = 0;
};

/// The values of a rule's options by name.
using OptionValues = std::map<std::string, long long, std::less<>>;

/// A number a rule can be configured with, such as owner-overload's `max`.
struct RuleOption {
  std::string_view name;
  long long default_value;
  std::string_view description;
};

/// What a rule sees: the model, the indexes and the flow analysis built
/// from it once, the values of the rule's options and the date of the run.
struct RuleContext {
  const Model& model;
  const ReferenceIndex& references;
  const Handoffs& handoffs;
  const FlowAnalysis& flow;
  const OptionValues& options;
  Date today;
  /// Whether broken-handoff is on: the rules about one side of a handoff
  /// leave a handoff written two ways to it, and report it themselves when
  /// it is off.
  bool broken_handoff_on = true;

  /// Whether broken-handoff reports `data` as one side of a handoff written
  /// two ways.
  bool is_broken_handoff(std::string_view data) const;

  /// The configured value of an option, or its default.
  long long option(const RuleOption& option) const {
    auto found = options.find(option.name);
    return found == options.end() ? option.default_value : found->second;
  }
};

/// A check with its documentation. Rules about the file itself (schema rules)
/// have no `check`: the loader reports them while reading.
struct Rule {
  std::string_view id;
  Severity severity;        ///< default severity
  std::string_view summary; ///< one line
  std::string_view details; ///< Markdown: what it does, why it matters
  /// A model that triggers the rule, and the same model fixed: the files
  /// tests/rules/<id>/bad-example.yaml and good-example.yaml (or folders),
  /// embedded at build time as rules/examples.hpp.
  std::string_view bad_example;
  std::string_view good_example;
  void (*check)(const RuleContext&, Findings&) = nullptr;
  std::span<const RuleOption> options = {};
  /// The rule runs only when configuration or `--rule ID=SEVERITY` gives it
  /// a severity; `severity` is then its suggested one.
  bool off_by_default = false;
};

/// Whether a rule runs with these settings: a setting of `off` turns any rule
/// off, and a rule that is off by default runs only when given a severity.
bool is_rule_on(const Rule& rule, const RuleSettings& settings);

/// Every rule, sorted by id.
std::span<const Rule* const> all_rules();
/// The rule whose id is `written`, in any case ('Unused-Tool' is 'unused-tool'), or nullptr.
const Rule* find_rule(std::string_view written);
/// The id of the rule a misspelt id most likely meant, if one is close.
std::optional<std::string_view> closest_rule(std::string_view id);
/// "unknown rule 'X'", with the closest rule suggested when there is one.
std::string unknown_rule_message(std::string_view id);

} // namespace bizmap
