#pragma once

#include "graph/handoff_graph.hpp"

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace bizmap {

/// A language `bizmap graph` draws the handoff graph in.
struct DiagramFormat {
  std::string_view name;                      ///< the `--format` value
  std::string_view title;                     ///< what people call it
  std::array<std::string_view, 2> extensions; ///< the `-o` file names that choose it
  std::string (*draw)(const HandoffGraph& graph);
};

/// Every diagram language, the default first.
std::span<const DiagramFormat> diagram_formats();

/// The language called `name`, or nullptr.
const DiagramFormat* find_diagram_format(std::string_view name);

/// The language an output file's extension (".dot") names, or nullptr.
const DiagramFormat* diagram_format_for_extension(std::string_view extension);

} // namespace bizmap
