#include "graph/handoff_graph.hpp"
#include "yaml/text.hpp"

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
  case NodeKind::outside_source:
  case NodeKind::outside_customer:
    return fmt::format("{}([{}]):::outside", node.key, label);
  case NodeKind::missing_producer:
  case NodeKind::missing_consumer:
    return fmt::format("{}[{}]:::missing", node.key, label);
  case NodeKind::neighbour:
    return fmt::format("{}[{}]:::neighbour", node.key, label);
  case NodeKind::process:
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

// Mermaid reads quoted labels as text, but still gives meaning to `#...;`
// entity codes, HTML, backticks (Markdown strings) and the pipes around edge
// labels; each of those characters becomes its entity code. Bytes that are
// not UTF-8 become U+FFFD, so a diagram in a report holds only text.
std::string mermaid_label(std::string_view text) {
  std::string label = "\"";
  for (char c : yaml::valid_utf8(text)) {
    switch (c) {
    case '"':
      label += "#quot;";
      break;
    case '#':
      label += "#35;";
      break;
    case '&':
      label += "#amp;";
      break;
    case '<':
      label += "#lt;";
      break;
    case '>':
      label += "#gt;";
      break;
    case '`':
      label += "#96;";
      break;
    case '|':
      label += "#124;";
      break;
    case '%':
      label += "#37;";
      break;
    case '\\':
      label += "#92;";
      break;
    default:
      label += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
  }
  return label + "\"";
}

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
  text += "  classDef outside fill:#eef3f8,stroke:#50647a,color:#1f2d3a\n";
  text += "  classDef missing fill:#fdecea,stroke:#c62828,color:#b71c1c,stroke-dasharray:5 5\n";
  text += "  classDef neighbour fill:#ffffff,stroke:#9e9e9e,color:#555555,stroke-dasharray:2 2\n";
  if (!broken.empty()) {
    text += fmt::format("  linkStyle {} stroke:#c62828,stroke-width:2px\n", join(broken, ","));
  }
  return text;
}

} // namespace bizmap
