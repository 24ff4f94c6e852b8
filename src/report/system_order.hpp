#pragma once

#include "model/handoffs.hpp"
#include "report/report.hpp"

#include <bizmap/model.hpp>
#include <cstddef>
#include <vector>

namespace bizmap {

/// Every system's place among its siblings (the top-level systems, or the
/// subsystems of one system), as a position to sort by. With `flow`: when
/// work first reaches one of its processes (or its subsystems'), following
/// handoffs breadth first from the processes that take the business's
/// external inputs, in the order `external.inputs` lists them, and then from
/// the processes with no inputs; a system that work never reaches comes
/// last, and ties keep the order of the files. With `file`: the order of the
/// files.
std::vector<std::size_t> system_ranks(const Model& model, const Handoffs& handoffs,
                                      SystemOrder order);

/// The systems of `systems` sorted by their ranks, ties in file order.
std::vector<std::size_t> in_rank_order(std::vector<std::size_t> systems,
                                       const std::vector<std::size_t>& ranks);

} // namespace bizmap
