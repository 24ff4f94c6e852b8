#pragma once

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bizmap {

/// Per-rule severity chosen by the user; std::nullopt turns the rule off.
using SeverityOverrides = std::map<std::string, std::optional<Severity>, std::less<>>;

/// Runs every rule on the model, adds the loader's findings, applies the
/// overrides, and returns the findings sorted by file, line and column.
std::vector<Diagnostic> check_model(const Model& model, std::vector<Diagnostic> load_findings,
                                    const SeverityOverrides& overrides = {});

struct Tally {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
};

Tally tally(const std::vector<Diagnostic>& findings);

} // namespace bizmap
