#include "graph/handoff_graph.hpp"
#include "text/text.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

// In a quoted DOT string only the quote and the backslash (which starts
// escapes such as \n and \N) are special. Graphviz reads UTF-8: bytes that
// are not become U+FFFD.
std::string dot_string(std::string_view text) {
  std::string quoted = "\"";
  for (char c : valid_utf8(text)) {
    if (c == '"' || c == '\\') {
      quoted += '\\';
    }
    quoted += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
  }
  return quoted + "\"";
}

std::string node_attributes(const GraphNode& node) {
  std::string label = "label=" + dot_string(node.label);
  switch (node.kind) {
  case HandoffNodeKind::outside_source:
  case HandoffNodeKind::outside_customer:
    return label + ", shape=ellipse, style=filled, fillcolor=\"#eef3f8\", color=\"#50647a\"";
  case HandoffNodeKind::missing_producer:
  case HandoffNodeKind::missing_consumer:
    return label + ", style=\"dashed,filled\", fillcolor=\"#fdecea\", color=\"#c62828\", "
                   "fontcolor=\"#b71c1c\"";
  case HandoffNodeKind::neighbour:
    return label + ", style=\"rounded,dashed\", color=\"#9e9e9e\", fontcolor=\"#555555\"";
  case HandoffNodeKind::process:
    break;
  }
  return label;
}

void write_cluster(const HandoffGraph& graph, const GraphCluster& cluster, int depth,
                   std::string& text) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  text += fmt::format("{}subgraph cluster_{} {{\n", indent, cluster.key);
  text += fmt::format("{}  label={};\n", indent, dot_string(cluster.label));
  for (std::size_t node : cluster.nodes) {
    text += fmt::format("{}  {} [{}];\n", indent, graph.nodes[node].key,
                        node_attributes(graph.nodes[node]));
  }
  for (const GraphCluster& inner : cluster.subsystems) {
    write_cluster(graph, inner, depth + 1, text);
  }
  text += indent + "}\n";
}

std::string edge_line(const HandoffGraph& graph, const GraphEdge& edge) {
  std::vector<std::string> attributes;
  if (!edge.data.empty()) {
    std::string label;
    for (const std::string& data : edge.data) {
      label += (label.empty() ? "" : ", ") + data;
    }
    attributes.push_back("label=" + dot_string(label));
  }
  if (edge.broken) {
    attributes.emplace_back("style=dashed, color=\"#c62828\"");
  }
  std::string list = attributes.empty() ? "" : fmt::format(" [{}]", fmt::join(attributes, ", "));
  return fmt::format("  {} -> {}{};\n", graph.nodes[edge.from].key, graph.nodes[edge.to].key, list);
}

} // namespace

std::string to_dot(const HandoffGraph& graph) {
  std::string text = "digraph handoffs {\n  rankdir=LR;\n";
  text += "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n";
  text += "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (const GraphCluster& cluster : graph.clusters) {
    write_cluster(graph, cluster, 1, text);
  }
  for (std::size_t node : graph.loose) {
    text += fmt::format("  {} [{}];\n", graph.nodes[node].key, node_attributes(graph.nodes[node]));
  }
  for (const GraphEdge& edge : graph.edges) {
    text += edge_line(graph, edge);
  }
  return text + "}\n";
}

} // namespace bizmap
