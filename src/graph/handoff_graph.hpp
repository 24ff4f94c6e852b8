#pragma once

#include <bizmap/model.hpp>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bizmap {

class Handoffs;

/// What a node of the handoff graph stands for.
enum class HandoffNodeKind : std::uint8_t {
  process,          ///< a process inside the systems shown
  neighbour,        ///< a process outside them that hands work across the boundary
  outside_source,   ///< data that arrives from outside the business
  outside_customer, ///< data delivered outside the business
  missing_producer, ///< an input that no process produces
  missing_consumer, ///< an output that nothing uses
};

/// One box of the graph. `key` is a generated id (`p3`, `src0`, `gap1`),
/// safe in every diagram language whatever the model's names are.
struct GraphNode {
  std::string key;
  std::string label;
  HandoffNodeKind kind = HandoffNodeKind::process;
};

/// Work handed from one node to another, labelled with the data handed off.
struct GraphEdge {
  std::size_t from = 0; ///< index into HandoffGraph::nodes
  std::size_t to = 0;
  std::vector<std::string> data; ///< display names; empty when the nodes say it
  bool broken = false;           ///< one end is missing
};

/// A system drawn as a box around its processes and subsystems.
struct GraphCluster {
  std::string key;
  std::string label;
  std::vector<std::size_t> nodes; ///< its own processes
  std::vector<GraphCluster> subsystems;
};

/// The handoffs between processes, grouped by system.
struct HandoffGraph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
  std::vector<GraphCluster> clusters; ///< top-level systems shown
  std::vector<std::size_t> loose;     ///< nodes outside every cluster
};

/// Builds the handoff graph of the whole model or, given a system index, of
/// that system and its subsystems, with the processes it hands work to or
/// from shown as plain neighbour nodes.
HandoffGraph build_handoff_graph(const Model& model, const Handoffs& handoffs,
                                 std::optional<std::size_t> system = std::nullopt);

class DisplayNames;
/// The same, with the display names already gathered (a report draws one
/// graph per system and gathers them once).
HandoffGraph build_handoff_graph(const Model& model, const Handoffs& handoffs,
                                 const DisplayNames& names, std::optional<std::size_t> system);

/// The graph in Mermaid flowchart syntax, without a code fence.
std::string to_mermaid(const HandoffGraph& graph);

/// The graph in Graphviz DOT syntax.
std::string to_dot(const HandoffGraph& graph);

} // namespace bizmap
