#pragma once

#include <cstddef>
#include <vector>

namespace bizmap {

class FlowAnalysis;
class Handoffs;

/// Which processes are on the way to something the business delivers: a
/// system outcome or an external output is reachable downstream of them,
/// through their own outputs or the handoffs that follow (a value stream).
/// Worked out backwards from the deliveries' producers, in time linear in
/// processes plus handoffs. By process index.
std::vector<bool> toward_delivery(const FlowAnalysis& flow, const Handoffs& handoffs,
                                  std::size_t processes);

} // namespace bizmap
