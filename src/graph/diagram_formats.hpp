#pragma once

#include "graph/handoff_graph.hpp"
#include "util/format_table.hpp"

#include <span>
#include <string>

namespace bizmap {

/// A language `bizmap graph` draws the handoff graph in.
using DiagramFormat = Format<std::string (*)(const HandoffGraph& graph)>;

/// Every diagram language, the default first.
std::span<const DiagramFormat> diagram_formats();

} // namespace bizmap
