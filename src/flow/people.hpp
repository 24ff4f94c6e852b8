#pragma once

#include "flow/workload.hpp"

#include <bizmap/model.hpp>
#include <cstddef>
#include <string_view>

namespace bizmap {

/// One person fills the role: a `person`, or a team of `people: 1`.
bool is_one_person(const Role& role);

/// The role that does the work of `id`: the wearer of a hat (`filled_by`,
/// followed to its end, at most `most_hops` times), else the role itself.
std::string_view wearer(const RoleCatalogue& roles, std::string_view id, std::size_t most_hops);

} // namespace bizmap
