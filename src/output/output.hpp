#pragma once

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <iosfwd>
#include <span>
#include <string_view>

namespace bizmap {

struct OutputOptions {
  bool color = false;
};

/// Writes the findings about a model in one format.
using OutputWriter = void (*)(const Model& model, std::span<const Diagnostic> findings,
                              const OutputOptions& options, std::ostream& out);

struct OutputFormat {
  std::string_view name;
  OutputWriter write;
};

/// Every output format of `bizmap check`, the default first.
std::span<const OutputFormat> output_formats();
const OutputFormat* find_output_format(std::string_view name);

void write_text(const Model& model, std::span<const Diagnostic> findings,
                const OutputOptions& options, std::ostream& out);
void write_json(const Model& model, std::span<const Diagnostic> findings,
                const OutputOptions& options, std::ostream& out);
void write_sarif(const Model& model, std::span<const Diagnostic> findings,
                 const OutputOptions& options, std::ostream& out);
void write_github(const Model& model, std::span<const Diagnostic> findings,
                  const OutputOptions& options, std::ostream& out);
/// The workflow commands of `write_github` alone, without its summary line.
void write_github_annotations(const Model& model, std::span<const Diagnostic> findings,
                              std::ostream& out);
void write_junit(const Model& model, std::span<const Diagnostic> findings,
                 const OutputOptions& options, std::ostream& out);

} // namespace bizmap
