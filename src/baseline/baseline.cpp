#include "baseline/baseline.hpp"

#include "output/json_document.hpp"

#include <algorithm>
#include <map>

namespace bizmap {
namespace {

using KeyPositions = std::map<FindingKey, std::size_t>;

JsonDocument entry_json(const BaselineEntry& entry) {
  JsonDocument json = {{"file", entry.key.file}, {"rule", entry.key.rule}};
  if (!entry.key.subject_kind.empty()) {
    json["kind"] = entry.key.subject_kind;
    json["id"] = entry.key.subject_id;
  }
  json["message"] = entry.key.message;
  json["count"] = entry.count;
  return json;
}

} // namespace

std::string baseline_text(std::vector<BaselineEntry> entries) {
  std::sort(entries.begin(), entries.end(),
            [](const BaselineEntry& a, const BaselineEntry& b) { return a.key < b.key; });
  JsonDocument findings = JsonDocument::array();
  for (std::size_t i = 0; i < entries.size();) {
    BaselineEntry merged = entries[i];
    for (++i; i < entries.size() && entries[i].key == merged.key; ++i) {
      merged.count += entries[i].count;
    }
    if (merged.count > 0) {
      findings.push_back(entry_json(merged));
    }
  }
  return json_text({{"bizmap_baseline", 1}, {"findings", std::move(findings)}});
}

std::vector<BaselineEntry> record_findings(const Model& model, std::span<const Diagnostic> findings,
                                           std::span<const std::string> files) {
  KeyPositions positions;
  std::vector<BaselineEntry> entries;
  for (const Diagnostic& finding : findings) {
    FindingKey key = finding_key(model, finding, files);
    auto [found, added] = positions.try_emplace(key, entries.size());
    if (added) {
      entries.push_back({std::move(key), 1});
    } else {
      ++entries[found->second].count;
    }
  }
  return entries;
}

BaselineMatch match_baseline(const Baseline& baseline, const Model& model,
                             std::vector<Diagnostic> findings, std::span<const std::string> files) {
  KeyPositions positions;
  for (std::size_t i = 0; i < baseline.entries.size(); ++i) {
    positions.emplace(baseline.entries[i].key, i);
  }
  BaselineMatch match{{}, std::vector<std::size_t>(baseline.entries.size(), 0)};
  for (Diagnostic& finding : findings) {
    auto found = positions.find(finding_key(model, finding, files));
    if (found != positions.end() &&
        match.matched[found->second] < baseline.entries[found->second].count) {
      ++match.matched[found->second];
    } else {
      match.remaining.push_back(std::move(finding));
    }
  }
  return match;
}

} // namespace bizmap
