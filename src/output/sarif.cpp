// SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it: every
// rule described once in tool.driver.rules, every finding a result that
// points at its rule by id and index.
#include "output/json_writer.hpp"
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

void write_rule(JsonWriter& json, const Rule& rule) {
  json.begin_object();
  json.field("id", rule.id);
  json.field("name", rule_name(rule.id));
  json.begin_object("shortDescription");
  json.field("text", rule.summary);
  json.end_object();
  std::string_view description = first_paragraph(rule.details);
  json.begin_object("fullDescription");
  json.field("text", unwrapped(description));
  json.field("markdown", description);
  json.end_object();
  std::string help = help_markdown(rule);
  json.begin_object("help");
  json.field("text", help);
  json.field("markdown", help);
  json.end_object();
  json.begin_object("defaultConfiguration");
  json.field("level", sarif_level(rule.severity));
  json.end_object();
  json.end_object();
}

void write_tool(JsonWriter& json) {
  json.begin_object("tool");
  json.begin_object("driver");
  json.field("name", "bizmap");
  json.field("version", version);
  json.field("semanticVersion", version);
  json.begin_array("rules");
  for (const Rule* rule : all_rules()) {
    write_rule(json, *rule);
  }
  json.end_array();
  json.end_object();
  json.end_object();
}

std::size_t rule_index(std::string_view id) {
  std::span<const Rule* const> rules = all_rules();
  return static_cast<std::size_t>(
      std::find_if(rules.begin(), rules.end(), [&](const Rule* rule) { return rule->id == id; }) -
      rules.begin());
}

void write_physical_location(JsonWriter& json, std::string_view path, const Location& at) {
  FileUri file = file_uri(path);
  json.begin_object("physicalLocation");
  json.begin_object("artifactLocation");
  json.field("uri", file.uri);
  if (file.relative) {
    json.field("uriBaseId", "%SRCROOT%");
  }
  json.end_object();
  json.begin_object("region");
  json.field("startLine", at.line);
  json.field("startColumn", at.column);
  // SARIF's end column is the first column after the region.
  json.field("endColumn", at.column + std::max<std::uint32_t>(1, at.length));
  json.end_object();
  json.end_object();
}

void write_location(JsonWriter& json, std::string_view path, const Location& at) {
  json.begin_array("locations");
  json.begin_object();
  write_physical_location(json, path, at);
  json.end_object();
  json.end_array();
}

// A finding's other places, each with its note, as viewers show them beside
// the result ("the first process 'x' is here").
void write_related(JsonWriter& json, const Model& model, const Diagnostic& finding) {
  if (finding.related.empty()) {
    return;
  }
  json.begin_array("relatedLocations");
  for (std::size_t i = 0; i < finding.related.size(); ++i) {
    const RelatedLocation& related = finding.related[i];
    json.begin_object();
    json.field("id", i + 1);
    write_physical_location(json, model.files[related.at.file].path, related.at);
    json.begin_object("message");
    json.field("text", related.note);
    json.end_object();
    json.end_object();
  }
  json.end_array();
}

void write_result(JsonWriter& json, const Model& model, const Diagnostic& finding) {
  json.begin_object();
  json.field("ruleId", finding.rule);
  json.field("ruleIndex", rule_index(finding.rule));
  json.field("level", sarif_level(finding.severity));
  json.begin_object("message");
  json.field("text", finding.message);
  json.end_object();
  write_location(json, model.files[finding.at.file].path, finding.at);
  write_related(json, model, finding);
  json.end_object();
}

} // namespace

void write_sarif(const Model& model, std::span<const Diagnostic> findings, const OutputOptions&,
                 std::ostream& out) {
  JsonWriter json(out);
  json.begin_object();
  json.field("$schema", schema_uri);
  json.field("version", "2.1.0");
  json.begin_array("runs");
  json.begin_object();
  write_tool(json);
  json.field("columnKind", "unicodeCodePoints");
  json.begin_array("results");
  for (const Diagnostic& finding : findings) {
    write_result(json, model, finding);
  }
  json.end_array();
  json.end_object();
  json.end_array();
  json.end_object();
}

} // namespace bizmap
