// The part of the handoff graph a change touches: every process the change
// adds, removes or edits, and every process at either end of a handoff it
// adds, removes or breaks, grouped by system; the handoffs between them that
// did not change are drawn plain, so the reader sees what the change sits in.
#include "diff/formats.hpp"
#include "graph/handoff_graph.hpp"
#include "graph/mermaid_text.hpp"

#include <fmt/format.h>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace bizmap {
namespace {

enum class NodeStyle { added, removed, changed, context };

struct DiagramNode {
  std::string id;
  std::string key;
  NodeStyle style = NodeStyle::context;
  Side side = Side::new_model; ///< the model it is drawn from
};

struct EdgeKey {
  std::string from; ///< empty: outside the business
  std::string to;
  Change change;
  friend auto operator<=>(const EdgeKey&, const EdgeKey&) = default;
};

class TouchedGraph {
public:
  explicit TouchedGraph(const DiffView& view) : view_(view) {}

  std::string draw(std::size_t limit) {
    collect_nodes();
    if (nodes_.empty() || nodes_.size() > limit) {
      return {};
    }
    collect_edges();
    std::string text = "flowchart LR\n";
    write_nodes(text);
    write_edges(text);
    return text;
  }

private:
  DiagramNode& touch(const std::string& id, NodeStyle style) {
    auto [found, added] = positions_.try_emplace(id, nodes_.size());
    if (added) {
      bool in_new =
          view_.side(Side::new_model).index.references.definition(ElementKind::process, id) !=
          nullptr;
      nodes_.push_back({id, fmt::format("p{}", nodes_.size()), NodeStyle::context,
                        in_new ? Side::new_model : Side::old_model});
    }
    DiagramNode& node = nodes_[found->second];
    if (node.style == NodeStyle::context) {
      node.style = style;
    }
    return node;
  }

  void collect_nodes() {
    for (const ElementChange& change : view_.diff().elements) {
      if (change.kind == ElementKind::process) {
        touch(change.id, change.change == Change::added     ? NodeStyle::added
                         : change.change == Change::removed ? NodeStyle::removed
                                                            : NodeStyle::changed);
      }
    }
    for (const HandoffChange& change : view_.diff().handoffs) {
      if (!change.producer.empty()) {
        touch(change.producer, NodeStyle::context);
      }
      touch(change.consumer, NodeStyle::context);
      outside_ = outside_ || change.producer.empty();
    }
  }

  void collect_edges() {
    for (const HandoffChange& change : view_.diff().handoffs) {
      edges_[{change.producer, change.consumer, change.change}].push_back(
          view_.name(ElementKind::data, change.data));
      changed_.insert(change.producer + '\n' + change.consumer + '\n' + change.data);
    }
    const DiffSide& side = view_.side(Side::new_model);
    for (const DiagramNode& node : nodes_) {
      auto index = side.index.references.definition(ElementKind::process, node.id);
      if (index == nullptr) {
        continue;
      }
      for (const Ref& output : side.model.processes[index->element.index].outputs) {
        for (const Handoffs::Use& use : side.index.handoffs.consumers(output.id)) {
          const std::string& consumer = side.model.processes[use.process].id.id;
          if (consumer != node.id && positions_.contains(consumer) &&
              !changed_.contains(node.id + '\n' + consumer + '\n' + output.id)) {
            changed_.insert(node.id + '\n' + consumer + '\n' + output.id);
            edges_[{node.id, consumer, Change::changed}].push_back(
                view_.name(ElementKind::data, output.id));
          }
        }
      }
    }
  }

  std::string system_of(const DiagramNode& node) const {
    const DiffSide& side = view_.side(node.side);
    const Definition* definition = side.index.references.definition(ElementKind::process, node.id);
    const Process& process = side.model.processes[definition->element.index];
    return process.system ? side.model.systems[*process.system].id.id : std::string();
  }

  void write_nodes(std::string& text) const {
    std::vector<std::string> systems;
    std::map<std::string, std::vector<const DiagramNode*>> by_system;
    for (const DiagramNode& node : nodes_) {
      std::string system = system_of(node);
      if (!by_system.contains(system)) {
        systems.push_back(system);
      }
      by_system[system].push_back(&node);
    }
    for (std::size_t s = 0; s < systems.size(); ++s) {
      bool boxed = !systems[s].empty();
      if (boxed) {
        text += fmt::format("  subgraph s{}[{}]\n", s,
                            mermaid_label(view_.name(ElementKind::system, systems[s])));
      }
      for (const DiagramNode* node : by_system[systems[s]]) {
        text += fmt::format("{}  {}[{}]{}\n", boxed ? "  " : "", node->key,
                            mermaid_label(view_.name(ElementKind::process, node->id)),
                            style_class(node->style));
      }
      if (boxed) {
        text += "  end\n";
      }
    }
    if (outside_) {
      text += fmt::format("  outside([{}]):::outside\n", mermaid_label("outside the business"));
    }
  }

  void write_edges(std::string& text) const {
    std::map<Change, std::vector<std::size_t>> styled;
    std::size_t count = 0;
    for (const auto& [edge, data] : edges_) {
      std::string from = edge.from.empty() ? "outside" : nodes_[positions_.at(edge.from)].key;
      std::string label = fmt::format("{}", fmt::join(data, ", "));
      text += fmt::format("  {} {}|{}| {}\n", from, arrow(edge.change), mermaid_label(label),
                          nodes_[positions_.at(edge.to)].key);
      styled[edge.change].push_back(count++);
    }
    text += "  classDef added fill:#e6f4ea,stroke:#2e7d32,color:#1b5e20\n";
    text += "  classDef removed fill:#f5f5f5,stroke:#757575,color:#616161,stroke-dasharray:5 5\n";
    text += "  classDef changed fill:#fff8e1,stroke:#f9a825,color:#5d4037\n";
    text += "  classDef outside fill:#eef3f8,stroke:#50647a,color:#1f2d3a\n";
    for (const auto& [change, links] : styled) {
      if (change == Change::changed) {
        continue;
      }
      text += fmt::format("  linkStyle {} {}\n", fmt::join(links, ","), link_style(change));
    }
  }

  static std::string_view arrow(Change change) {
    switch (change) {
    case Change::added:
      return "==>";
    case Change::removed:
      return "-.->";
    case Change::broken:
      return "-.-x";
    default:
      return "-->";
    }
  }

  static std::string_view link_style(Change change) {
    switch (change) {
    case Change::added:
      return "stroke:#2e7d32,stroke-width:3px";
    case Change::removed:
      return "stroke:#9e9e9e,stroke-width:2px";
    default:
      return "stroke:#c62828,stroke-width:3px";
    }
  }

  static std::string_view style_class(NodeStyle style) {
    switch (style) {
    case NodeStyle::added:
      return ":::added";
    case NodeStyle::removed:
      return ":::removed";
    case NodeStyle::changed:
      return ":::changed";
    case NodeStyle::context:
      break;
    }
    return "";
  }

  const DiffView& view_;
  std::vector<DiagramNode> nodes_;
  std::unordered_map<std::string, std::size_t> positions_;
  std::map<EdgeKey, std::vector<std::string>> edges_;
  std::unordered_set<std::string> changed_;
  bool outside_ = false;
};

} // namespace

std::string touched_graph(const DiffView& view, std::size_t limit) {
  return TouchedGraph(view).draw(limit);
}

} // namespace bizmap
