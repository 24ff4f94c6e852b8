#include "graph/mermaid_text.hpp"
#include "trace/trace_view.hpp"

#include <fmt/format.h>
#include <map>
#include <ostream>
#include <unordered_set>

namespace bizmap {
namespace {

constexpr std::string_view subject_style = "fill:#fff8e1,stroke:#f57f17,stroke-width:3px";
constexpr std::string_view path_link_style = "stroke:#1565c0,stroke-width:3px";

class TraceDiagram {
public:
  TraceDiagram(const TraceView& view, const Trace& trace) : view_(view), trace_(trace) {}

  std::string draw() {
    text_ = "flowchart LR\n";
    for (const TracedProcess& traced : trace_.processes) {
      traced_.insert(traced.process);
      text_ += fmt::format("  p{}[{}]{}\n", traced.process, process_label(traced.process),
                           is_subject(traced) ? ":::subject" : "");
    }
    for (const TraceLink& link : trace_.links) {
      draw_link(link);
    }
    text_ += fmt::format("  classDef subject {}\n", subject_style);
    text_ += fmt::format("  classDef outside {}\n", mermaid_outside_style);
    text_ += fmt::format("  classDef missing {}\n", mermaid_missing_style);
    text_ += fmt::format("  classDef neighbour {}\n", mermaid_neighbour_style);
    style_links(on_path_, path_link_style);
    style_links(broken_, mermaid_broken_link_style);
    return text_;
  }

private:
  bool is_subject(const TracedProcess& traced) const { return traced.side == TraceSide::subject; }

  // Name, owner and own time: an outside party's work is marked as such,
  // and a wait is shown beside the hands-on time.
  std::string process_label(std::uint32_t p) const {
    const RunTime& own = view_.flow.run_time(p);
    std::string time = hands_on_brief(own.work);
    if (own.wait_minutes > 0) {
      time += " + " + working_days_text(own.wait_minutes, view_.flow.working_time()) + " wait";
    }
    return fmt::format("\"{}<br>{}{} · {}\"", mermaid_text(view_.process_name(p)),
                       mermaid_text(view_.owner_name(p)), own.outside ? " (outside)" : "",
                       mermaid_text(time));
  }

  // A process outside the trace, drawn once, only as the other end of a loop
  // or a joining input.
  std::string neighbour(std::uint32_t p) {
    if (traced_.contains(p)) {
      return fmt::format("p{}", p);
    }
    if (drawn_neighbours_.insert(p).second) {
      text_ += fmt::format("  n{}[{}]:::neighbour\n", p, mermaid_label(view_.process_name(p)));
    }
    return fmt::format("n{}", p);
  }

  // A node of data at the edge of the business, once per data id and kind.
  std::string data_node(std::map<std::string, std::string, std::less<>>& nodes,
                        std::string_view prefix, const std::string& data, std::string_view label,
                        std::string_view style, bool subject) {
    auto [found, added] = nodes.try_emplace(data, fmt::format("{}{}", prefix, nodes.size()));
    if (added) {
      bool round = style == "outside";
      text_ += fmt::format("  {}{}{}{}:::{}\n", found->second, round ? "([" : "[",
                           mermaid_label(label), round ? "])" : "]", subject ? "subject" : style);
    }
    return found->second;
  }

  void edge(const std::string& from, std::string_view arrow, const std::string& label,
            const std::string& to, const TraceLink& link) {
    std::string labelled =
        label.empty() ? std::string(arrow) : fmt::format("{}|{}|", arrow, mermaid_label(label));
    text_ += fmt::format("  {} {} {}\n", from, labelled, to);
    if (link.on_path) {
      on_path_.push_back(edges_);
    }
    if (link.kind == LinkKind::missing) {
      broken_.push_back(edges_);
    }
    ++edges_;
  }

  void draw_link(const TraceLink& link) {
    const std::string& data = link.data->id;
    std::string name = view_.names.data(data);
    bool subject_data = trace_.subject.kind == ElementKind::data && data == trace_.subject.id;
    switch (link.kind) {
    case LinkKind::arrives:
      edge(data_node(sources_, "in", data, name, "outside", subject_data), "-->", "",
           neighbour(link.to), link);
      break;
    case LinkKind::missing:
      edge(data_node(gaps_, "gap", data, "missing: " + name, "missing", false), "-.->", "",
           neighbour(link.to), link);
      break;
    case LinkKind::delivered:
      edge(neighbour(link.from), "-->", "",
           data_node(deliveries_, "out", data, name, "outside", subject_data), link);
      break;
    case LinkKind::handoff:
    case LinkKind::joins:
      edge(neighbour(link.from), link.changes_hands.value_or(false) ? "==>" : "-->",
           link.changes_hands.value_or(false) ? name + " · changes hands" : name,
           neighbour(link.to), link);
      break;
    case LinkKind::loop:
      edge(neighbour(link.from), "-.->", "loop: " + name, neighbour(link.to), link);
      break;
    }
  }

  void style_links(const std::vector<std::size_t>& links, std::string_view style) {
    if (!links.empty()) {
      text_ += fmt::format("  linkStyle {} {}\n", fmt::join(links, ","), style);
    }
  }

  const TraceView& view_;
  const Trace& trace_;
  std::string text_;
  std::unordered_set<std::uint32_t> traced_;
  std::unordered_set<std::uint32_t> drawn_neighbours_;
  std::map<std::string, std::string, std::less<>> sources_, gaps_, deliveries_;
  std::vector<std::size_t> on_path_, broken_;
  std::size_t edges_ = 0;
};

} // namespace

std::string trace_mermaid(const TraceView& view, const Trace& trace) {
  return TraceDiagram(view, trace).draw();
}

void write_trace_mermaid(const TraceView& view, const Trace& trace, std::ostream& out) {
  out << trace_mermaid(view, trace);
}

} // namespace bizmap
