#include "graph/names.hpp"

namespace bizmap {

std::string display_name(const std::string& name, const Ref& id) {
  return name.empty() ? id.id : name;
}

DisplayNames::DisplayNames(const Model& model) {
  for (const Role& role : model.roles) {
    roles_.emplace(role.id.id, display_name(role.name, role.id));
  }
  for (const Tool& tool : model.tools) {
    tools_.emplace(tool.id.id, display_name(tool.name, tool.id));
  }
  for (const DataItem& item : model.data) {
    data_.emplace(item.id.id, display_name(item.name, item.id));
  }
}

std::string DisplayNames::find(const Index& index, std::string_view id) {
  auto found = index.find(id);
  return found == index.end() ? std::string(id) : found->second;
}

} // namespace bizmap
