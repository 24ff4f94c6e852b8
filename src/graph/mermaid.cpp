#include "graph/handoff_graph.hpp"
#include "graph/mermaid_text.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string joined;
  for (const std::string& part : parts) {
    joined += (joined.empty() ? "" : std::string(separator)) + part;
  }
  return joined;
}

std::string node_line(const GraphNode& node) {
  std::string label = mermaid_label(node.label);
  switch (node.kind) {
  case HandoffNodeKind::outside_source:
  case HandoffNodeKind::outside_customer:
    return fmt::format("{}([{}]):::outside", node.key, label);
  case HandoffNodeKind::missing_producer:
  case HandoffNodeKind::missing_consumer:
    return fmt::format("{}[{}]:::missing", node.key, label);
  case HandoffNodeKind::neighbour:
    return fmt::format("{}[{}]:::neighbour", node.key, label);
  case HandoffNodeKind::process:
    break;
  }
  return fmt::format("{}[{}]", node.key, label);
}

void write_cluster(const HandoffGraph& graph, const GraphCluster& cluster, int depth,
                   std::string& text) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  text += fmt::format("{}subgraph {}[{}]\n", indent, cluster.key, mermaid_label(cluster.label));
  for (std::size_t node : cluster.nodes) {
    text += fmt::format("{}  {}\n", indent, node_line(graph.nodes[node]));
  }
  for (const GraphCluster& inner : cluster.subsystems) {
    write_cluster(graph, inner, depth + 1, text);
  }
  text += indent + "end\n";
}

std::string edge_line(const HandoffGraph& graph, const GraphEdge& edge) {
  std::string arrow = edge.broken ? "-.->" : "-->";
  if (!edge.data.empty()) {
    arrow += fmt::format("|{}|", mermaid_label(join(edge.data, ", ")));
  }
  return fmt::format("  {} {} {}\n", graph.nodes[edge.from].key, arrow, graph.nodes[edge.to].key);
}

} // namespace

std::string to_mermaid(const HandoffGraph& graph) {
  std::string text = "flowchart LR\n";
  for (const GraphCluster& cluster : graph.clusters) {
    write_cluster(graph, cluster, 1, text);
  }
  for (std::size_t node : graph.loose) {
    text += "  " + node_line(graph.nodes[node]) + "\n";
  }
  std::vector<std::string> broken;
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    text += edge_line(graph, graph.edges[i]);
    if (graph.edges[i].broken) {
      broken.push_back(std::to_string(i));
    }
  }
  text += fmt::format("  classDef outside {}\n", mermaid_outside_style);
  text += fmt::format("  classDef missing {}\n", mermaid_missing_style);
  text += fmt::format("  classDef neighbour {}\n", mermaid_neighbour_style);
  if (!broken.empty()) {
    text += fmt::format("  linkStyle {} {}\n", join(broken, ","), mermaid_broken_link_style);
  }
  return text;
}

} // namespace bizmap
