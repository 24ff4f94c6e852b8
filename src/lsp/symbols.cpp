// The outline of a file: systems > processes > steps, from the file's tree,
// so that it follows the text even where the model leaves an element out.
#include "lsp/features.hpp"

#include <fmt/format.h>
#include <tuple>

namespace bizmap::lsp {
namespace {

// LSP SymbolKind values.
constexpr int namespace_kind = 3;
constexpr int function_kind = 12;
constexpr int event_kind = 24;

const yaml::Node* value_of(const yaml::Node& map, std::string_view key) {
  for (std::size_t i = 0; i < map.map_size(); ++i) {
    if (map.key(i).is_scalar() && map.key(i).text() == key) {
      return &map.value(i);
    }
  }
  return nullptr;
}

std::string text_of(const yaml::Node& map, std::string_view key) {
  const yaml::Node* value = value_of(map, key);
  return value && value->is_scalar() ? std::string(value->text()) : std::string();
}

// The place just after the last character of a node and everything in it.
std::pair<std::uint32_t, std::uint32_t> end_of(const yaml::Node& node, std::uint32_t depth = 0) {
  std::pair<std::uint32_t, std::uint32_t> end{node.at.line, node.at.column + node.at.length};
  if (depth < 400) {
    for (const yaml::Node* child : node.children()) {
      end = std::max(end, end_of(*child, depth + 1));
    }
  }
  return end;
}

Json symbol(const PositionMap& positions, const yaml::Node& node, const yaml::Node* name_node,
            std::string name, std::string detail, int kind) {
  auto [end_line, end_column] = end_of(node);
  Range range{positions.position_of(node.at.line, node.at.column),
              positions.position_of(end_line, end_column)};
  const yaml::Node& named = name_node ? *name_node : node;
  Range selection = positions.range_of(named.at);
  if (std::tie(selection.start.line, selection.start.character) <
          std::tie(range.start.line, range.start.character) ||
      selection.start.line > range.end.line) {
    selection = {range.start, range.start};
  }
  if (name.empty()) {
    name = "(no id)";
  }
  Json entry = {{"name", std::move(name)},
                {"kind", kind},
                {"range", to_json(range)},
                {"selectionRange", to_json(selection)},
                {"children", Json::array()}};
  if (!detail.empty()) {
    entry["detail"] = std::move(detail);
  }
  return entry;
}

Json steps_of(const PositionMap& positions, const yaml::Node& process) {
  Json steps = Json::array();
  const yaml::Node* list = value_of(process, "steps");
  if (list == nullptr || !list->is_sequence()) {
    return steps;
  }
  std::size_t number = 0;
  for (const yaml::Node* step : list->children()) {
    ++number;
    std::string action = step->is_scalar() ? std::string(step->text())
                         : step->is_map()  ? text_of(*step, "do")
                                           : "";
    const yaml::Node* action_node = step->is_map() ? value_of(*step, "do") : step;
    std::string name =
        action.empty() ? fmt::format("step {}", number) : fmt::format("{}. {}", number, action);
    steps.push_back(symbol(positions, *step, action_node, std::move(name), "", event_kind));
  }
  return steps;
}

Json processes_of(const PositionMap& positions, const yaml::Node& system) {
  Json processes = Json::array();
  const yaml::Node* list = value_of(system, "processes");
  if (list == nullptr || !list->is_sequence()) {
    return processes;
  }
  for (const yaml::Node* process : list->children()) {
    if (process->is_map()) {
      Json entry = symbol(positions, *process, value_of(*process, "id"), text_of(*process, "id"),
                          text_of(*process, "name"), function_kind);
      entry["children"] = steps_of(positions, *process);
      processes.push_back(std::move(entry));
    }
  }
  return processes;
}

Json systems_of(const PositionMap& positions, const yaml::Node& holder, std::uint32_t depth) {
  Json systems = Json::array();
  const yaml::Node* list = value_of(holder, "systems");
  if (list == nullptr || !list->is_sequence() || depth > 100) {
    return systems;
  }
  for (const yaml::Node* system : list->children()) {
    if (!system->is_map()) {
      continue;
    }
    Json entry = symbol(positions, *system, value_of(*system, "id"), text_of(*system, "id"),
                        text_of(*system, "name"), namespace_kind);
    Json children = processes_of(positions, *system);
    for (Json& subsystem : systems_of(positions, *system, depth + 1)) {
      children.push_back(std::move(subsystem));
    }
    entry["children"] = std::move(children);
    systems.push_back(std::move(entry));
  }
  return systems;
}

} // namespace

Json document_symbols(EditedModel& edited, const Analysis&, const Json& params) {
  EditorFile* source = edited.find(params.at("textDocument").at("uri").get<std::string>());
  if (source == nullptr) {
    throw RequestError(error_code::invalid_params, "the document is not open");
  }
  const yaml::Node* root = source->document.root;
  if (root == nullptr || !root->is_map()) {
    return Json::array();
  }
  return systems_of(*source->positions, *root, 0);
}

} // namespace bizmap::lsp
