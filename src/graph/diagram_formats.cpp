#include "graph/diagram_formats.hpp"

#include "graph/svg.hpp"

#include <array>

namespace bizmap {
namespace {

// Every diagram language, one line each, the default first: adding one is its
// file (drawing a HandoffGraph) and a line here.
constexpr std::array formats = std::to_array<DiagramFormat>({
    {"mermaid", "Mermaid", {".mmd", ".mermaid"}, to_mermaid},
    {"dot", "Graphviz DOT", {".dot", ".gv"}, to_dot},
    {"svg", "SVG drawn by Graphviz", {".svg", ""}, to_svg},
});

} // namespace

std::span<const DiagramFormat> diagram_formats() {
  return formats;
}

} // namespace bizmap
