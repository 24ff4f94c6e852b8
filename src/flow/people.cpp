#include "flow/people.hpp"

namespace bizmap {

bool is_one_person(const Role& role) {
  return role.kind == RoleKind::person || (role.kind == RoleKind::team && role.people == 1u);
}

std::string_view wearer(const RoleCatalogue& roles, std::string_view id, std::size_t most_hops) {
  std::string_view at = id;
  for (std::size_t hops = 0; hops < most_hops; ++hops) {
    const Role* role = roles.find(at);
    if (role == nullptr || !role->filled_by || role->filled_by->id == id) {
      break;
    }
    at = role->filled_by->id;
  }
  return at;
}

} // namespace bizmap
