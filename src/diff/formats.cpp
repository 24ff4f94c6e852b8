#include "diff/formats.hpp"

#include "output/output.hpp"

#include <algorithm>
#include <array>
#include <ostream>

namespace bizmap {
namespace {

constexpr std::array<DiffFormat, 4> formats = {{
    {"text", write_diff_text},
    {"markdown", write_diff_markdown},
    {"json", write_diff_json},
    {"github", write_diff_github},
}};

} // namespace

std::span<const DiffFormat> diff_formats() {
  return formats;
}

const DiffFormat* find_diff_format(std::string_view name) {
  auto found = std::find_if(formats.begin(), formats.end(),
                            [&](const DiffFormat& format) { return format.name == name; });
  return found == formats.end() ? nullptr : &*found;
}

void write_diff_github(const DiffView& view, const DiffOutputOptions&, std::ostream& out) {
  write_github_annotations(view.side(Side::new_model).model, view.diff().introduced, out);
  out << "bizmap diff: " << view.summary() << "\n";
}

} // namespace bizmap
