#pragma once

#include "baseline/baseline.hpp"
#include "config/config.hpp"

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace bizmap {

/// The baseline options of `bizmap check`.
struct BaselineOptions {
  std::string use;   ///< --baseline FILE
  std::string write; ///< --write-baseline FILE
};

/// The baseline part of `bizmap check`, run on its findings.
///
/// With `write`: records the findings in that file and returns the line to
/// print (check then exits 0). When the file is a baseline already, only its
/// entries that still match are kept, with the number of findings they still
/// match: the file shrinks, and new findings stay visible.
///
/// Otherwise, with a baseline (`use`, else the configuration's): removes the
/// findings it records, one for one, and adds an `unused-baseline-entry`
/// finding for each entry that hides fewer findings than it records. The
/// baseline file then becomes the model's last file, so that those findings
/// can point at their entries.
std::optional<std::string> apply_baseline_options(const BaselineOptions& options,
                                                  const Config& config,
                                                  std::span<const std::string> paths, Model& model,
                                                  std::vector<Diagnostic>& findings);

/// A baseline read already, applied as apply_baseline_options applies one:
/// for a caller that keeps it between checks (the language server).
void apply_baseline(const Baseline& baseline, const Config& config,
                    std::span<const std::string> paths, Model& model,
                    std::vector<Diagnostic>& findings);

} // namespace bizmap
