#pragma once

#include "baseline/finding_key.hpp"

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace bizmap {

/// One kind of finding a baseline records, and how many of them.
struct BaselineEntry {
  FindingKey key;
  std::size_t count = 1;
  Location at = {}; ///< where the entry is written in its file (file 0: the baseline)
};

/// A baseline file as read: its text, for showing where an entry is, and its
/// entries, one per key.
struct Baseline {
  std::string path;
  std::string text;
  std::vector<BaselineEntry> entries;
};

/// Reads a baseline file. A file that cannot be read, is not JSON, or does
/// not have the shape docs/baseline.md describes is a UsageError naming the
/// file, line and column.
Baseline read_baseline(const std::string& path);
/// A baseline file's text read already (from a git revision), as read_baseline reads it.
Baseline read_baseline(const std::string& path, std::string text);

/// The baseline file for these entries: JSON, sorted by key, the same bytes
/// for the same entries.
std::string baseline_text(std::vector<BaselineEntry> entries);

/// One entry per key of the findings, counting the findings with that key.
std::vector<BaselineEntry> record_findings(const Model& model, std::span<const Diagnostic> findings,
                                           std::span<const std::string> files);

/// What is left of a check once a baseline is applied.
struct BaselineMatch {
  std::vector<Diagnostic> remaining; ///< the findings the baseline does not record
  /// Each entry with the number of findings it matched, in the entries' order.
  std::vector<std::size_t> matched;
};

/// Matches findings one to one against the entries: an entry with count N
/// hides at most N findings with its key, the first ones in the findings'
/// order; the rest remain.
BaselineMatch match_baseline(const Baseline& baseline, const Model& model,
                             std::vector<Diagnostic> findings, std::span<const std::string> files);

} // namespace bizmap
