#pragma once

#include "model/handoffs.hpp"
#include "report/report.hpp"

#include <bizmap/model.hpp>
#include <cstddef>
#include <vector>

namespace bizmap {

/// Every system's place among its siblings (the top-level systems, or the
/// subsystems of one system), as a position to sort by: with `flow`, the
/// number of handoffs between the business's external inputs and the first
/// of its processes that work reaches (a process with an external input or
/// with no inputs at all is reached first; a system that work never reaches
/// comes last), ties broken by the order of the files; with `file`, the
/// order of the files.
std::vector<std::size_t> system_ranks(const Model& model, const Handoffs& handoffs,
                                      SystemOrder order);

/// The systems of `systems` sorted by their ranks, ties in file order.
std::vector<std::size_t> in_rank_order(std::vector<std::size_t> systems,
                                       const std::vector<std::size_t>& ranks);

} // namespace bizmap
