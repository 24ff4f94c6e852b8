#pragma once

#include "flow/flow.hpp"
#include "trace/trace.hpp"

#include <bizmap/model.hpp>
#include <cstddef>
#include <optional>
#include <vector>

namespace bizmap {

class Handoffs;

/// The most processes a value stream's chain may hold to be drawn on the
/// value streams page and listed on system pages; a longer chain is left to
/// `bizmap trace`, which shows any length.
inline constexpr std::size_t value_stream_chain_limit = 60;

/// One system outcome or external output and the work that leads to it.
struct ValueStream {
  const Ref* data = nullptr;
  /// The chain of processes that leads to it, when it holds at most
  /// value_stream_chain_limit processes.
  std::optional<Trace> chain;
  /// The producer whose lead time is the longest, if any process produces it.
  std::optional<std::uint32_t> last;
};

/// Every value stream of a model, and which of them pass through each system.
struct ValueStreams {
  std::vector<ValueStream> streams; ///< in the order of FlowAnalysis::deliveries()
  /// By system: positions in `streams` of the streams whose chain has a
  /// process in the system or its subsystems.
  std::vector<std::vector<std::size_t>> through_system;
  /// Streams whose chain is too long to follow here.
  std::size_t too_long = 0;
};

ValueStreams find_value_streams(const Model& model, const Handoffs& handoffs,
                                const FlowAnalysis& flow);

} // namespace bizmap
