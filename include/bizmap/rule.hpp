#pragma once

#include <bizmap/diagnostic.hpp>

#include <span>
#include <string>
#include <string_view>

namespace bizmap {

class Handoffs;
struct Model;

/// Collects the findings of one rule; a rule never prints.
class Findings {
public:
  virtual ~Findings() = default;
  virtual void report(const Location& at, std::string message, std::string suggestion = {}) = 0;
};

/// What a rule sees: the model and the handoff index built from it.
struct RuleContext {
  const Model& model;
  const Handoffs& handoffs;
};

/// A check with its documentation. Rules about the file itself (schema rules)
/// have no `check`: the loader reports them while reading.
struct Rule {
  std::string_view id;
  Severity severity;      ///< default severity
  std::string_view summary;  ///< one line
  std::string_view details;  ///< Markdown: what it does, why it matters
  std::string_view bad_example;  ///< a model that triggers the rule
  std::string_view good_example; ///< the same model, fixed
  void (*check)(const RuleContext&, Findings&) = nullptr;
};

/// Every rule, sorted by id.
std::span<const Rule* const> all_rules();
/// The rule with this id, or nullptr.
const Rule* find_rule(std::string_view id);

} // namespace bizmap
