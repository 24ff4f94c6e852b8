#include "baseline/fingerprint.hpp"

#include "baseline/finding_key.hpp"
#include "util/sha256.hpp"

#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>

namespace bizmap {
namespace {

// The key as one text that no two different keys share: a JSON array of its
// parts. Bytes that are not UTF-8 (a finding may quote them) become U+FFFD
// instead of failing the report.
std::string key_text(const nlohmann::json& parts) {
  return parts.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

std::vector<std::string> finding_fingerprints(const Model& model,
                                              std::span<const Diagnostic> findings,
                                              std::span<const std::string> paths) {
  std::vector<std::string> files = file_keys(model, model_root(paths));
  std::map<std::string, std::size_t> seen;
  std::vector<std::string> fingerprints;
  fingerprints.reserve(findings.size());
  for (const Diagnostic& finding : findings) {
    FindingKey key = finding_key(model, finding, files);
    nlohmann::json parts = {key.file, key.rule, key.subject_kind, key.subject_id, key.message};
    std::string text = key_text(parts);
    // The occurrence last when it is not the first.
    if (std::size_t occurrence = ++seen[text]; occurrence > 1) {
      parts.push_back(fmt::format("#{}", occurrence));
      text = key_text(parts);
    }
    fingerprints.push_back(sha256_hex(text));
  }
  return fingerprints;
}

} // namespace bizmap
