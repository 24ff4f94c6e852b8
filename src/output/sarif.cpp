// SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it: every
// rule described once in tool.driver.rules, every finding a result that
// points at its rule by id and index.
#include "output/json_document.hpp"
#include "output/output.hpp"
#include "output/paths.hpp"
#include "rules/rule.hpp"

#include <algorithm>
#include <bizmap/version.hpp>
#include <fmt/format.h>
#include <string>

namespace bizmap {
namespace {

constexpr std::string_view schema_uri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

std::string_view sarif_level(Severity severity) {
  switch (severity) {
  case Severity::error:
    return "error";
  case Severity::warning:
    return "warning";
  case Severity::info:
    break;
  }
  return "note";
}

// SARIF wants a rule name that reads as an identifier: unknown-role → UnknownRole.
std::string rule_name(std::string_view id) {
  std::string name;
  bool word_start = true;
  for (char c : id) {
    if (c == '-') {
      word_start = true;
      continue;
    }
    name += word_start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    word_start = false;
  }
  return name;
}

std::string_view trimmed(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \n");
  std::size_t last = text.find_last_not_of(" \n");
  return first == std::string_view::npos ? "" : text.substr(first, last - first + 1);
}

// The first paragraph of the rule's documentation that is not a heading.
std::string_view first_paragraph(std::string_view markdown) {
  std::size_t start = 0;
  while (start < markdown.size()) {
    std::size_t end = markdown.find("\n\n", start);
    std::string_view paragraph =
        trimmed(markdown.substr(start, end == std::string_view::npos ? end : end - start));
    if (!paragraph.empty() && !paragraph.starts_with('#')) {
      return paragraph;
    }
    if (end == std::string_view::npos) {
      break;
    }
    start = end + 2;
  }
  return trimmed(markdown);
}

// Markdown wraps a paragraph over several lines; plain text keeps it on one.
std::string unwrapped(std::string_view paragraph) {
  std::string text(paragraph);
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

std::string help_markdown(const Rule& rule) {
  std::string help(trimmed(rule.details));
  if (!rule.bad_example.empty()) {
    help += fmt::format("\n\n## Example\n\nThis model triggers the rule:\n\n```yaml\n{}```",
                        rule.bad_example);
  }
  if (!rule.good_example.empty()) {
    help += fmt::format("\n\nThis one does not:\n\n```yaml\n{}```", rule.good_example);
  }
  return help;
}

JsonDocument rule_json(const Rule& rule) {
  std::string_view description = first_paragraph(rule.details);
  std::string help = help_markdown(rule);
  return {{"id", rule.id},
          {"name", rule_name(rule.id)},
          {"shortDescription", {{"text", rule.summary}}},
          {"fullDescription", {{"text", unwrapped(description)}, {"markdown", description}}},
          {"help", {{"text", help}, {"markdown", help}}},
          {"defaultConfiguration", {{"level", sarif_level(rule.severity)}}}};
}

JsonDocument tool() {
  JsonDocument rules = JsonDocument::array();
  for (const Rule* rule : all_rules()) {
    rules.push_back(rule_json(*rule));
  }
  return {{"driver",
           {{"name", "bizmap"},
            {"version", version},
            {"semanticVersion", version},
            {"rules", std::move(rules)}}}};
}

std::size_t rule_index(std::string_view id) {
  std::span<const Rule* const> rules = all_rules();
  return static_cast<std::size_t>(
      std::find_if(rules.begin(), rules.end(), [&](const Rule* rule) { return rule->id == id; }) -
      rules.begin());
}

JsonDocument physical_location(std::string_view path, const Location& at) {
  FileUri file = file_uri(path);
  JsonDocument artifact = {{"uri", file.uri}};
  if (file.relative) {
    artifact["uriBaseId"] = "%SRCROOT%";
  }
  // SARIF's end column is the first column after the region.
  return {{"artifactLocation", std::move(artifact)},
          {"region",
           {{"startLine", at.line},
            {"startColumn", at.column},
            {"endColumn", at.column + std::max<std::uint32_t>(1, at.length)}}}};
}

// A finding's other places, each with its note, as viewers show them beside
// the result ("the first process 'x' is here").
JsonDocument related_locations(const Model& model, const Diagnostic& finding) {
  JsonDocument locations = JsonDocument::array();
  for (std::size_t i = 0; i < finding.related.size(); ++i) {
    const RelatedLocation& related = finding.related[i];
    locations.push_back(
        {{"id", i + 1},
         {"physicalLocation", physical_location(model.files[related.at.file].path, related.at)},
         {"message", {{"text", related.note}}}});
  }
  return locations;
}

JsonDocument result(const Model& model, const Diagnostic& finding) {
  JsonDocument location = {
      {"physicalLocation", physical_location(model.files[finding.at.file].path, finding.at)}};
  JsonDocument json = {{"ruleId", finding.rule},
                       {"ruleIndex", rule_index(finding.rule)},
                       {"level", sarif_level(finding.severity)},
                       {"message", {{"text", finding.message}}},
                       {"locations", JsonDocument::array({std::move(location)})}};
  if (!finding.related.empty()) {
    json["relatedLocations"] = related_locations(model, finding);
  }
  return json;
}

} // namespace

void write_sarif(const Model& model, std::span<const Diagnostic> findings, const OutputOptions&,
                 std::ostream& out) {
  JsonDocument results = JsonDocument::array();
  for (const Diagnostic& finding : findings) {
    results.push_back(result(model, finding));
  }
  JsonDocument run = {
      {"tool", tool()}, {"columnKind", "unicodeCodePoints"}, {"results", std::move(results)}};
  write_json_document({{"$schema", schema_uri},
                       {"version", "2.1.0"},
                       {"runs", JsonDocument::array({std::move(run)})}},
                      out);
}

} // namespace bizmap
