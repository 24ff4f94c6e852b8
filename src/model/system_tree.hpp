#pragma once

#include <bizmap/model.hpp>
#include <cstddef>
#include <vector>

namespace bizmap {

/// The processes of a system and of all its subsystems, in model order. It
/// costs time in proportion to that part of the model, not to the model.
std::vector<std::size_t> processes_within(const Model& model, std::size_t system);

} // namespace bizmap
