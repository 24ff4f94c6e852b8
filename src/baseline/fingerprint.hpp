#pragma once

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <span>
#include <string>
#include <vector>

namespace bizmap {

/// A fingerprint for each finding, in order: the SHA-256 of the finding's key
/// as baselines use it (no line or column; files relative to the folder the
/// model was given as, `paths`), so moving lines does not make a finding new.
/// Findings with the same key are told apart by their order: the second one's
/// fingerprint also hashes "#2", and so on, so that every fingerprint of a run
/// is different, as GitLab needs to show each finding.
std::vector<std::string> finding_fingerprints(const Model& model,
                                              std::span<const Diagnostic> findings,
                                              std::span<const std::string> paths);

} // namespace bizmap
