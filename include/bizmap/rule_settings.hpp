#pragma once

#include <bizmap/diagnostic.hpp>
#include <map>
#include <optional>
#include <string>

namespace bizmap {

/// What the user chose for one rule, in configuration or on the command line.
struct RuleSetting {
  bool off = false;
  std::optional<Severity> severity; ///< std::nullopt: the rule's default
  std::map<std::string, long long, std::less<>> options;
};

/// Settings by rule id.
using RuleSettings = std::map<std::string, RuleSetting, std::less<>>;

} // namespace bizmap
