#include "output/output.hpp"

#include <array>

namespace bizmap {

// The writers, one file each.
void write_text(const Model&, std::span<const Diagnostic>, const OutputOptions&, std::ostream&);
void write_json(const Model&, std::span<const Diagnostic>, const OutputOptions&, std::ostream&);
void write_sarif(const Model&, std::span<const Diagnostic>, const OutputOptions&, std::ostream&);
void write_github(const Model&, std::span<const Diagnostic>, const OutputOptions&, std::ostream&);
void write_junit(const Model&, std::span<const Diagnostic>, const OutputOptions&, std::ostream&);
void write_gitlab(const Model&, std::span<const Diagnostic>, const OutputOptions&, std::ostream&);

namespace {

// Every format, one row each, the default first: adding a format is its file
// (defining its writer) and a row here.
constexpr std::array formats = std::to_array<OutputFormat>({
    {"text", "text", {}, write_text},
    {"json", "JSON", {}, write_json},
    {"sarif", "SARIF 2.1.0", {}, write_sarif},
    {"github", "GitHub workflow commands", {}, write_github},
    {"junit", "JUnit XML", {}, write_junit},
    {"gitlab", "GitLab Code Quality", {}, write_gitlab},
});

} // namespace

std::span<const OutputFormat> output_formats() {
  return formats;
}

} // namespace bizmap
