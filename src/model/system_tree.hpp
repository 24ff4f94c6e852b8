#pragma once

#include <bizmap/model.hpp>
#include <cstddef>
#include <vector>

namespace bizmap {

/// The processes of a system and of all its subsystems, in model order. It
/// costs time in proportion to that part of the model, not to the model.
std::vector<std::size_t> processes_within(const Model& model, std::size_t system);

/// The system and all its subsystems, parents before their subsystems.
std::vector<std::size_t> systems_within(const Model& model, std::size_t system);

/// Whether a process belongs to the system or one of its subsystems: the
/// same answer as processes_within, in time in the depth of the tree.
bool process_within(const Model& model, std::size_t process, std::size_t system);

} // namespace bizmap
