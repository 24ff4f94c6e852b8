#include "baseline/fingerprint.hpp"

#include "baseline/finding_key.hpp"
#include "util/sha256.hpp"

#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>

namespace bizmap {
namespace {

// The key as one text that no two different keys share: a JSON array of its
// parts, the occurrence last when it is not the first.
std::string key_text(const FindingKey& key, std::size_t occurrence) {
  nlohmann::json parts = {key.file, key.rule, key.subject_kind, key.subject_id, key.message};
  if (occurrence > 1) {
    parts.push_back(fmt::format("#{}", occurrence));
  }
  return parts.dump();
}

} // namespace

std::vector<std::string> finding_fingerprints(const Model& model,
                                              std::span<const Diagnostic> findings,
                                              std::span<const std::string> paths) {
  std::vector<std::string> files = file_keys(model, model_root(paths));
  std::map<FindingKey, std::size_t> seen;
  std::vector<std::string> fingerprints;
  fingerprints.reserve(findings.size());
  for (const Diagnostic& finding : findings) {
    FindingKey key = finding_key(model, finding, files);
    std::size_t occurrence = ++seen[key];
    fingerprints.push_back(sha256_hex(key_text(key, occurrence)));
  }
  return fingerprints;
}

} // namespace bizmap
