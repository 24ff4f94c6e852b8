#pragma once

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <bizmap/rule_settings.hpp>
#include <optional>
#include <vector>

namespace bizmap {

/// How a check runs.
struct CheckOptions {
  RuleSettings settings;
  /// The date review-overdue compares with; std::nullopt: today on this
  /// machine's clock.
  std::optional<Date> today;
  /// Threads the rules run on; 0 chooses: one for a small model, one per core
  /// from 1,000 processes. The findings do not depend on the number of threads.
  std::size_t threads = 0;
};

/// Runs every rule on the model, adds the loader's findings, honours the
/// suppression comments in the files, applies the settings, and returns the
/// findings sorted by file, line and column.
std::vector<Diagnostic> check_model(const Model& model, std::vector<Diagnostic> load_findings,
                                    const CheckOptions& options = {});

struct Tally {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
};

Tally tally(const std::vector<Diagnostic>& findings);

} // namespace bizmap
