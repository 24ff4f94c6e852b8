#include "trace/trace_view.hpp"

#include <fmt/format.h>
#include <unordered_set>

namespace bizmap {

std::string TraceView::process_name(std::uint32_t process) const {
  const Process& p = model.processes[process];
  return display_name(p.name, p.id);
}

std::string TraceView::owner_name(std::uint32_t process) const {
  const std::optional<Ref>& owner = model.processes[process].owner;
  return owner ? names.role(owner->id) : "not set";
}

std::vector<const Ref*> TraceView::tools(std::uint32_t process) const {
  std::vector<const Ref*> found;
  std::unordered_set<std::string_view> seen;
  auto add = [&](const Ref& tool) {
    if (seen.insert(tool.id).second) {
      found.push_back(&tool);
    }
  };
  const Process& p = model.processes[process];
  for (const Ref& tool : p.tools) {
    add(tool);
  }
  for (const Step& step : p.steps) {
    if (step.tool) {
      add(*step.tool);
    }
  }
  return found;
}

std::vector<std::string> TraceView::tool_names(std::uint32_t process) const {
  std::vector<std::string> found;
  for (const Ref* tool : tools(process)) {
    found.push_back(names.tool(tool->id));
  }
  return found;
}

std::vector<std::string> TraceView::outcome_systems(std::string_view data) const {
  std::vector<std::string> systems;
  for (std::size_t at : index.references.references_to(ElementKind::data, data)) {
    const Reference& reference = index.references.references()[at];
    if (reference.field == RefField::system_outcome && reference.holder) {
      const std::string& id = model.systems[reference.holder->index].id.id;
      if (systems.empty() || systems.back() != id) {
        systems.push_back(id);
      }
    }
  }
  return systems;
}

std::string TraceView::delivery_text(std::string_view data) const {
  std::vector<std::string> parts;
  if (index.handoffs.is_external_output(data)) {
    parts.emplace_back("delivered outside the business");
  }
  std::vector<std::string> systems = outcome_systems(data);
  if (!systems.empty()) {
    std::vector<std::string> quoted;
    for (const std::string& id : systems) {
      quoted.push_back(fmt::format("'{}'", id));
    }
    parts.push_back(fmt::format("outcome of system{} {}", systems.size() == 1 ? "" : "s",
                                fmt::join(quoted, ", ")));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

} // namespace bizmap
