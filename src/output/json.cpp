// `bizmap check --format json`, described by docs/schemas/bizmap-check.schema.json.
#include "output/json_document.hpp"
#include "output/output.hpp"

#include <bizmap/check.hpp>
#include <bizmap/version.hpp>

namespace bizmap {
namespace {

JsonDocument related(const Model& model, const RelatedLocation& related) {
  JsonDocument json = place_json(model, related.at);
  json["message"] = related.note;
  return json;
}

JsonDocument finding(const Model& model, const Diagnostic& d) {
  JsonDocument json = place_json(model, d.at);
  json["severity"] = to_string(d.severity);
  json["rule"] = d.rule;
  json["message"] = d.message;
  if (!d.suggestion.empty()) {
    json["suggestion"] = d.suggestion;
  }
  if (d.subject) {
    json["subject"] = {{"kind", to_string(d.subject->kind)}, {"id", d.subject->id}};
  }
  if (!d.related.empty()) {
    JsonDocument& places = json["related"] = JsonDocument::array();
    for (const RelatedLocation& place : d.related) {
      places.push_back(related(model, place));
    }
  }
  return json;
}

} // namespace

void write_json(const Model& model, std::span<const Diagnostic> findings, const OutputOptions&,
                std::ostream& out) {
  JsonDocument files = JsonDocument::array();
  for (const SourceFile& file : model.files) {
    files.push_back(file.path);
  }
  JsonDocument diagnostics = JsonDocument::array();
  for (const Diagnostic& d : findings) {
    diagnostics.push_back(finding(model, d));
  }
  Tally counts = tally({findings.begin(), findings.end()});
  write_json_document(
      {{"tool", {{"name", "bizmap"}, {"version", version}}},
       {"files", std::move(files)},
       {"diagnostics", std::move(diagnostics)},
       {"summary",
        {{"errors", counts.errors}, {"warnings", counts.warnings}, {"infos", counts.infos}}}},
      out);
}

} // namespace bizmap
