#include "output/output.hpp"

#include <algorithm>
#include <array>

namespace bizmap {

// Every format, one line each, the default first: adding a format is its file
// (defining write_NAME) and a line here.
#define BIZMAP_OUTPUT_FORMATS(FORMAT)                                                              \
  FORMAT(text)                                                                                     \
  FORMAT(json)                                                                                     \
  FORMAT(sarif)                                                                                    \
  FORMAT(github)                                                                                   \
  FORMAT(junit)                                                                                    \
  FORMAT(gitlab)

#define BIZMAP_DECLARE_WRITER(name)                                                                \
  void write_##name(const Model& model, std::span<const Diagnostic> findings,                      \
                    const OutputOptions& options, std::ostream& out);
BIZMAP_OUTPUT_FORMATS(BIZMAP_DECLARE_WRITER)
#undef BIZMAP_DECLARE_WRITER

namespace {

#define BIZMAP_FORMAT_ROW(name) OutputFormat{#name, write_##name},
constexpr std::array formats =
    std::to_array<OutputFormat>({BIZMAP_OUTPUT_FORMATS(BIZMAP_FORMAT_ROW)});
#undef BIZMAP_FORMAT_ROW

} // namespace

std::span<const OutputFormat> output_formats() {
  return formats;
}

const OutputFormat* find_output_format(std::string_view name) {
  auto found = std::find_if(formats.begin(), formats.end(),
                            [&](const OutputFormat& format) { return format.name == name; });
  return found == formats.end() ? nullptr : &*found;
}

} // namespace bizmap
