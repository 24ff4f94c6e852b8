#include "output/json_text.hpp"
#include "output/output.hpp"

#include <bizmap/check.hpp>
#include <bizmap/version.hpp>
#include <fmt/format.h>
#include <ostream>

namespace bizmap {
namespace {

void write_related(const Model& model, const Diagnostic& d, std::ostream& out) {
  if (d.related.empty()) {
    return;
  }
  out << ", \"related\": [";
  for (std::size_t i = 0; i < d.related.size(); ++i) {
    const RelatedLocation& related = d.related[i];
    out << (i == 0 ? "" : ", ")
        << fmt::format("{{\"file\": {}, \"line\": {}, \"column\": {}, \"message\": {}}}",
                       json_string(model.files[related.at.file].path), related.at.line,
                       related.at.column, json_string(related.note));
  }
  out << "]";
}

} // namespace

void write_json(const Model& model, std::span<const Diagnostic> findings, const OutputOptions&,
                std::ostream& out) {
  out << "{\n";
  out << fmt::format("  \"tool\": {{\"name\": \"bizmap\", \"version\": {}}},\n",
                     json_string(version));
  out << "  \"files\": [";
  for (std::size_t i = 0; i < model.files.size(); ++i) {
    out << (i == 0 ? "" : ", ") << json_string(model.files[i].path);
  }
  out << "],\n  \"diagnostics\": [";
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Diagnostic& d = findings[i];
    out << (i == 0 ? "\n" : ",\n");
    out << fmt::format("    {{\"file\": {}, \"line\": {}, \"column\": {}, \"severity\": \"{}\", "
                       "\"rule\": \"{}\", \"message\": {}",
                       json_string(model.files[d.at.file].path), d.at.line, d.at.column,
                       to_string(d.severity), d.rule, json_string(d.message));
    if (!d.suggestion.empty()) {
      out << ", \"suggestion\": " << json_string(d.suggestion);
    }
    if (d.subject) {
      out << fmt::format(", \"subject\": {{\"kind\": \"{}\", \"id\": {}}}",
                         to_string(d.subject->kind), json_string(d.subject->id));
    }
    write_related(model, d, out);
    out << "}";
  }
  Tally counts = tally({findings.begin(), findings.end()});
  out << (findings.empty() ? "],\n" : "\n  ],\n");
  out << fmt::format("  \"summary\": {{\"errors\": {}, \"warnings\": {}, \"infos\": {}}}\n}}\n",
                     counts.errors, counts.warnings, counts.infos);
}

} // namespace bizmap
