#pragma once

#include <bizmap/model.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

namespace bizmap {

/// The name shown for a model element: its name, or its id when it has none.
std::string display_name(const std::string& name, const Ref& id);

/// Display names of roles, tools and data items by id; an id missing from
/// its catalogue is shown as itself.
class DisplayNames {
public:
  explicit DisplayNames(const Model& model);

  std::string role(std::string_view id) const { return find(roles_, id); }
  std::string tool(std::string_view id) const { return find(tools_, id); }
  std::string data(std::string_view id) const { return find(data_, id); }

private:
  using Index = std::unordered_map<std::string_view, std::string>;
  static std::string find(const Index& index, std::string_view id);

  Index roles_;
  Index tools_;
  Index data_;
};

} // namespace bizmap
