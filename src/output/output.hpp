#pragma once

#include "util/format_table.hpp"

#include <bizmap/check.hpp>
#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

struct OutputOptions {
  bool color = false;
  /// With `check -q`: what was left out, for the summary to count.
  std::optional<Tally> hidden;
  /// What names each finding across edits of the model, one a finding in
  /// order; the formats that fingerprint findings (gitlab) need them.
  std::vector<std::string> fingerprints = {};
};

/// Writes the findings about a model in one format.
using OutputWriter = void (*)(const Model& model, std::span<const Diagnostic> findings,
                              const OutputOptions& options, std::ostream& out);

using OutputFormat = Format<OutputWriter>;

/// Every output format of `bizmap check`, the default first.
std::span<const OutputFormat> output_formats();

/// The workflow commands of the github format alone, without its summary line.
void write_github_annotations(const Model& model, std::span<const Diagnostic> findings,
                              std::ostream& out);

} // namespace bizmap
