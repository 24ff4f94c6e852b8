#include "baseline/check_baseline.hpp"

#include "baseline/baseline.hpp"
#include "model/enum_names.hpp"
#include "rules/rules.hpp"
#include "util/atomic_file.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <tuple>

namespace bizmap {
namespace fs = std::filesystem;
namespace {

std::string plural(std::size_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

// The configuration's baseline as the model's files are shown: from the
// current folder when the model was given by relative paths and the file is
// below it, else in full.
std::string shown_path(const fs::path& path, std::span<const std::string> paths) {
  std::error_code error;
  fs::path relative = path.lexically_relative(fs::current_path(error));
  bool model_relative = paths.empty() || fs::path(paths.front()).is_relative();
  return !model_relative || relative.empty() || relative.begin()->string() == ".."
             ? path.string()
             : relative.generic_string();
}

std::string chosen_baseline(const BaselineOptions& options, const Config& config,
                            std::span<const std::string> paths) {
  if (!options.use.empty()) {
    return options.use;
  }
  return config.baseline ? shown_path(*config.baseline, paths) : std::string();
}

std::string about(const FindingKey& key) {
  return key.subject_kind.empty() ? std::string()
                                  : fmt::format(" about {} '{}'", key.subject_kind, key.subject_id);
}

std::string unused_message(const BaselineEntry& entry, std::size_t matched) {
  std::string recorded =
      fmt::format("the baseline hides {} '{}' {}{} in {}", entry.count, entry.key.rule,
                  entry.count == 1 ? "finding" : "findings", about(entry.key), entry.key.file);
  if (matched == 0) {
    return recorded + (entry.count == 1 ? ", which no longer occurs" : ", which no longer occur");
  }
  return fmt::format("{}; {} of them no longer {}", recorded, entry.count - matched,
                     entry.count - matched == 1 ? "occurs" : "occur");
}

void report_unused(const Baseline& baseline, const std::vector<std::size_t>& matched,
                   const Config& config, Model& model, std::vector<Diagnostic>& findings) {
  const Rule& rule = rules::unused_baseline_entry;
  auto setting = config.rules.find(rule.id);
  if (setting != config.rules.end() && setting->second.off) {
    return;
  }
  Severity severity = setting != config.rules.end() && setting->second.severity
                          ? *setting->second.severity
                          : rule.severity;
  auto file = static_cast<std::uint32_t>(model.files.size());
  bool any = false;
  for (std::size_t i = 0; i < baseline.entries.size(); ++i) {
    const BaselineEntry& entry = baseline.entries[i];
    if (matched[i] == entry.count) {
      continue;
    }
    Location at = entry.at;
    at.file = file;
    Diagnostic& finding = findings.emplace_back(
        Diagnostic{rule.id, severity, at, unused_message(entry, matched[i]), {}, {}, {}, {}});
    if (std::optional<ElementKind> kind =
            value_named<ElementKind>(entry.key.subject_kind, element_kind_names)) {
      finding.about(*kind, entry.key.subject_id);
    }
    any = true;
  }
  if (any) {
    model.files.push_back({baseline.path, baseline.text});
  }
}

std::string write_baseline(const std::string& path, const Model& model,
                           const std::vector<Diagnostic>& findings,
                           std::span<const std::string> files) {
  std::error_code error;
  if (!fs::exists(path, error)) {
    std::vector<BaselineEntry> entries = record_findings(model, findings, files);
    write_file_atomically(path, baseline_text(entries));
    return fmt::format("recorded {} in {} ({} {})\n", plural(findings.size(), "finding"), path,
                       entries.size(), entries.size() == 1 ? "entry" : "entries");
  }
  Baseline baseline = read_baseline(path);
  BaselineMatch match = match_baseline(baseline, model, findings, files);
  std::size_t kept = 0;
  std::size_t recorded = 0;
  for (std::size_t i = 0; i < baseline.entries.size(); ++i) {
    recorded += baseline.entries[i].count;
    baseline.entries[i].count = match.matched[i];
    kept += match.matched[i];
  }
  write_file_atomically(path, baseline_text(std::move(baseline.entries)));
  std::string line = fmt::format("kept {} of the {} recorded in {}; {} no longer {}", kept,
                                 plural(recorded, "finding"), path, recorded - kept,
                                 recorded - kept == 1 ? "occurs" : "occur");
  if (!match.remaining.empty()) {
    line += fmt::format("; {} not in it {} still reported (delete the file and run again to "
                        "record them)",
                        plural(match.remaining.size(), "finding"),
                        match.remaining.size() == 1 ? "is" : "are");
  }
  return line + "\n";
}

} // namespace

std::optional<std::string> apply_baseline_options(const BaselineOptions& options,
                                                  const Config& config,
                                                  std::span<const std::string> paths, Model& model,
                                                  std::vector<Diagnostic>& findings) {
  if (!options.write.empty()) {
    return write_baseline(options.write, model, findings, file_keys(model, model_root(paths)));
  }
  std::string path = chosen_baseline(options, config, paths);
  if (path.empty()) {
    return std::nullopt;
  }
  apply_baseline(read_baseline(path), config, paths, model, findings);
  return std::nullopt;
}

void apply_baseline(const Baseline& baseline, const Config& config,
                    std::span<const std::string> paths, Model& model,
                    std::vector<Diagnostic>& findings) {
  BaselineMatch match =
      match_baseline(baseline, model, std::move(findings), file_keys(model, model_root(paths)));
  findings = std::move(match.remaining);
  report_unused(baseline, match.matched, config, model, findings);
}

} // namespace bizmap
