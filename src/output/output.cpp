#include "output/output.hpp"

#include <algorithm>
#include <array>

namespace bizmap {
namespace {

constexpr std::array<OutputFormat, 5> formats = {{
    {"text", write_text},
    {"json", write_json},
    {"sarif", write_sarif},
    {"github", write_github},
    {"junit", write_junit},
}};

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
