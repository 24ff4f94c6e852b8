#pragma once

#include "graph/handoff_graph.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// Whether this build draws SVG: the statically linked release binary is
/// built without Graphviz's library, whose plugins Debian ships only as
/// shared objects (docs/html-report.md).
bool draws_svg();

/// DOT texts laid out and drawn as SVG by Graphviz's library, its dot layout
/// and core renderer linked in, so no plugin configuration on disk is needed.
/// Text is measured by Graphviz's own font tables, not by the fonts installed,
/// so a drawing is the same everywhere. Graphviz keeps global state, is not
/// safe on several threads and has crashed on some graphs (a double free in
/// the dot layout of Debian's 2.42): it draws in child processes, up to
/// `processes` at once, each drawing a run of the texts. A text Graphviz
/// fails or crashes on has no drawing (std::nullopt); the others are drawn.
/// Call it while the process runs no other thread. Throws UsageError in a
/// build that draws no SVG.
std::vector<std::optional<std::string>> dots_to_svgs(std::span<const std::string> dots,
                                                     std::size_t processes);

/// One DOT text as SVG; throws UsageError when Graphviz cannot draw it.
std::string dot_to_svg(const std::string& dot);

/// The handoff graph as an SVG document (`bizmap graph --format svg`).
std::string to_svg(const HandoffGraph& graph);

/// An SVG document as an element to place inside an HTML page: the XML
/// declaration, the document type, comments and the `<title>` tooltips
/// (which show generated node keys) left out, every `id` given `prefix` so
/// that several drawings in one page never share one, and the drawing
/// labelled for screen readers by `label`, which must be escaped already.
std::string inline_svg(std::string_view svg, std::string_view prefix, std::string_view label);

} // namespace bizmap
