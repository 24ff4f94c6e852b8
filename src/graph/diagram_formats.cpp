#include "graph/diagram_formats.hpp"

#include <algorithm>

namespace bizmap {
namespace {

// Every diagram language, one line each, the default first: adding one is its
// file (drawing a HandoffGraph) and a line here.
constexpr std::array formats = std::to_array<DiagramFormat>({
    {"mermaid", "Mermaid", {".mmd", ".mermaid"}, to_mermaid},
    {"dot", "Graphviz DOT", {".dot", ".gv"}, to_dot},
});

} // namespace

std::span<const DiagramFormat> diagram_formats() {
  return formats;
}

const DiagramFormat* find_diagram_format(std::string_view name) {
  auto found = std::find_if(formats.begin(), formats.end(),
                            [&](const DiagramFormat& format) { return format.name == name; });
  return found == formats.end() ? nullptr : &*found;
}

const DiagramFormat* diagram_format_for_extension(std::string_view extension) {
  auto found = std::find_if(formats.begin(), formats.end(), [&](const DiagramFormat& format) {
    return std::ranges::find(format.extensions, extension) != format.extensions.end();
  });
  return found == formats.end() ? nullptr : &*found;
}

} // namespace bizmap
