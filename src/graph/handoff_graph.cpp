#include "graph/handoff_graph.hpp"

#include "graph/names.hpp"
#include "model/handoffs.hpp"
#include "model/system_tree.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <tuple>
#include <unordered_map>

namespace bizmap {
namespace {

bool within(const Model& model, std::optional<std::size_t> system, std::size_t root) {
  for (; system; system = model.systems[*system].parent) {
    if (*system == root) {
      return true;
    }
  }
  return false;
}

/// Adds nodes and edges once each, in the order the model first names them,
/// so that the same model always gives the same graph.
class GraphBuilder {
public:
  GraphBuilder(const Model& model, const Handoffs& handoffs, const DisplayNames& names,
               std::optional<std::size_t> focus)
      : model_(model), handoffs_(handoffs), names_(names), focus_(focus) {}

  HandoffGraph build() {
    std::vector<std::size_t> scope = processes_in_scope();
    for (std::size_t p : scope) {
      process_node(p);
    }
    for (std::size_t p : processes_touching(scope)) {
      add_inputs(p);
      if (in_scope(p)) {
        add_outputs(p);
      }
    }
    add_clusters();
    return std::move(graph_);
  }

private:
  // The processes of the focused system and its subsystems, in model order;
  // every process without a focus. A system's page costs time in proportion
  // to the system, not to the model.
  std::vector<std::size_t> processes_in_scope() const {
    std::vector<std::size_t> scope;
    if (!focus_) {
      scope.resize(model_.processes.size());
      for (std::size_t p = 0; p < scope.size(); ++p) {
        scope[p] = p;
      }
      return scope;
    }
    return processes_within(model_, *focus_);
  }

  // The processes in scope and those that take one of their outputs, in
  // model order: the only ones that can add an edge.
  std::vector<std::size_t> processes_touching(std::vector<std::size_t> scope) const {
    if (!focus_) {
      return scope;
    }
    std::size_t in_scope_count = scope.size();
    for (std::size_t i = 0; i < in_scope_count; ++i) {
      for (const Ref& output : model_.processes[scope[i]].outputs) {
        for (const Handoffs::Use& consumer : handoffs_.consumers(output.id)) {
          scope.push_back(consumer.process);
        }
      }
    }
    std::sort(scope.begin(), scope.end());
    scope.erase(std::unique(scope.begin(), scope.end()), scope.end());
    return scope;
  }

  bool in_scope(std::size_t process) const {
    return !focus_ || within(model_, model_.processes[process].system, *focus_);
  }

  std::size_t add_node(std::string key, std::string label, HandoffNodeKind kind) {
    graph_.nodes.push_back({std::move(key), std::move(label), kind});
    return graph_.nodes.size() - 1;
  }

  std::size_t process_node(std::size_t p) {
    auto [found, added] = process_nodes_.try_emplace(p, 0);
    if (added) {
      const Process& process = model_.processes[p];
      found->second = add_node(fmt::format("p{}", p), display_name(process.name, process.id),
                               in_scope(p) ? HandoffNodeKind::process : HandoffNodeKind::neighbour);
    }
    return found->second;
  }

  std::optional<std::size_t> node_of(std::size_t p) const {
    auto found = process_nodes_.find(p);
    return found == process_nodes_.end() ? std::nullopt : std::optional(found->second);
  }

  std::size_t data_node(std::map<std::string, std::size_t, std::less<>>& nodes, const Ref& data,
                        std::string_view prefix, HandoffNodeKind kind) {
    auto found = nodes.find(data.id);
    if (found != nodes.end()) {
      return found->second;
    }
    std::string label = names_.data(data.id);
    if (kind == HandoffNodeKind::missing_producer || kind == HandoffNodeKind::missing_consumer) {
      label = "missing: " + label;
    }
    std::size_t node = add_node(fmt::format("{}{}", prefix, nodes.size()), label, kind);
    nodes.emplace(data.id, node);
    return node;
  }

  void add_edge(std::size_t from, std::size_t to, std::string data, bool broken) {
    auto [found, added] = edge_index_.try_emplace({from, to, broken}, graph_.edges.size());
    if (added) {
      graph_.edges.push_back({from, to, {}, broken});
    }
    std::vector<std::string>& labels = graph_.edges[found->second].data;
    if (!data.empty() && std::find(labels.begin(), labels.end(), data) == labels.end()) {
      labels.push_back(std::move(data));
    }
  }

  void add_inputs(std::size_t consumer) {
    for (const Ref& input : model_.processes[consumer].inputs) {
      std::span<const Handoffs::Use> producers = handoffs_.producers(input.id);
      for (const Handoffs::Use& producer : producers) {
        if (producer.process != consumer && (in_scope(consumer) || in_scope(producer.process))) {
          add_edge(process_node(producer.process), process_node(consumer), names_.data(input.id),
                   false);
        }
      }
      if (!in_scope(consumer)) {
        continue;
      }
      if (handoffs_.is_external_input(input.id)) {
        add_edge(data_node(sources_, input, "src", HandoffNodeKind::outside_source),
                 process_node(consumer), {}, false);
      } else if (!handoffs_.is_supplied(input.id)) {
        add_edge(data_node(unproduced_, input, "gapin", HandoffNodeKind::missing_producer),
                 process_node(consumer), {}, true);
      }
    }
  }

  void add_outputs(std::size_t producer) {
    for (const Ref& output : model_.processes[producer].outputs) {
      if (handoffs_.is_external_output(output.id)) {
        add_edge(process_node(producer),
                 data_node(customers_, output, "dst", HandoffNodeKind::outside_customer), {},
                 false);
      } else if (!handoffs_.is_used(output.id)) {
        add_edge(process_node(producer),
                 data_node(unconsumed_, output, "gapout", HandoffNodeKind::missing_consumer), {},
                 true);
      }
    }
  }

  std::optional<GraphCluster> cluster_of(std::size_t s, std::vector<bool>& placed) const {
    const System& system = model_.systems[s];
    GraphCluster cluster{fmt::format("sys{}", s), display_name(system.name, system.id), {}, {}};
    for (std::size_t p : system.processes) {
      if (std::optional<std::size_t> node = node_of(p); node && in_scope(p)) {
        cluster.nodes.push_back(*node);
        placed[*node] = true;
      }
    }
    for (std::size_t sub : system.subsystems) {
      if (std::optional<GraphCluster> inner = cluster_of(sub, placed)) {
        cluster.subsystems.push_back(std::move(*inner));
      }
    }
    if (cluster.nodes.empty() && cluster.subsystems.empty()) {
      return std::nullopt;
    }
    return cluster;
  }

  void add_clusters() {
    std::vector<bool> placed(graph_.nodes.size(), false);
    std::vector<std::size_t> roots;
    if (focus_) {
      roots.push_back(*focus_);
    } else {
      for (std::size_t s = 0; s < model_.systems.size(); ++s) {
        if (!model_.systems[s].parent) {
          roots.push_back(s);
        }
      }
    }
    for (std::size_t s : roots) {
      if (std::optional<GraphCluster> cluster = cluster_of(s, placed)) {
        graph_.clusters.push_back(std::move(*cluster));
      }
    }
    for (std::size_t node = 0; node < graph_.nodes.size(); ++node) {
      if (!placed[node]) {
        graph_.loose.push_back(node);
      }
    }
  }

  const Model& model_;
  const Handoffs& handoffs_;
  const DisplayNames& names_;
  std::optional<std::size_t> focus_;
  HandoffGraph graph_;
  std::unordered_map<std::size_t, std::size_t> process_nodes_; ///< process -> node
  std::map<std::string, std::size_t, std::less<>> sources_;
  std::map<std::string, std::size_t, std::less<>> customers_;
  std::map<std::string, std::size_t, std::less<>> unproduced_;
  std::map<std::string, std::size_t, std::less<>> unconsumed_;
  std::map<std::tuple<std::size_t, std::size_t, bool>, std::size_t> edge_index_;
};

} // namespace

HandoffGraph build_handoff_graph(const Model& model, const Handoffs& handoffs,
                                 std::optional<std::size_t> system) {
  DisplayNames names(model);
  return GraphBuilder(model, handoffs, names, system).build();
}

HandoffGraph build_handoff_graph(const Model& model, const Handoffs& handoffs,
                                 const DisplayNames& names, std::optional<std::size_t> system) {
  return GraphBuilder(model, handoffs, names, system).build();
}

} // namespace bizmap
