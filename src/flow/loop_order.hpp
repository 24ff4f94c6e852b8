#pragma once

#include "flow/flow.hpp"

#include <bizmap/model.hpp>
#include <cstdint>
#include <span>
#include <vector>

namespace bizmap {

/// Where a loop starts. Within processes that hand work round in a circle,
/// orders them the way work would flow: a process comes once everything it
/// needs from inside the loop has arrived; when every remaining process
/// waits for something, the one whose start lets the most work follow comes
/// next (of equal ones, the one written first), and what it still waits for
/// comes back round the loop from the previous round of work.
///
/// `members` holds the processes of one strongly connected part in model
/// order and is reordered in place. `part_of` gives each process's part.
/// Each stall tries a few candidates a bounded number of steps ahead, so the
/// whole takes time linear in the part's processes and handoffs.
class LoopOrder {
public:
  LoopOrder(const Model& model, std::span<const FlowHandoff> handoffs,
            std::span<const std::uint32_t> into_start, std::span<const std::uint32_t> out_start,
            std::span<const std::uint32_t> out, std::span<const std::uint32_t> part_of);

  void order(std::span<std::uint32_t> members);

private:
  std::span<const std::uint32_t> out_of(std::uint32_t process) const;
  bool is_inside(const FlowHandoff& handoff) const {
    return part_of_[handoff.from] == part_of_[handoff.to];
  }
  std::uint32_t slot(const FlowHandoff& handoff) const;

  void count_waits(std::span<const std::uint32_t> members);
  void place(std::uint32_t process, std::vector<std::uint32_t>& ready);
  std::size_t try_starting(std::uint32_t process);
  std::uint32_t best_start(std::span<const std::uint32_t> members, std::size_t& first_waiting);

  const Model& model_;
  std::span<const FlowHandoff> handoffs_;
  std::span<const std::uint32_t> into_start_, out_start_, out_, part_of_;
  std::vector<std::uint32_t> slot_base_; ///< by process: its first input's slot
  std::vector<std::uint32_t> waiting_;   ///< by process: inputs from the loop not yet arrived
  std::vector<bool> arrived_;            ///< by input slot
  std::vector<bool> placed_;             ///< by process
  std::vector<std::uint32_t> placed_order_;
  // Undo logs of a trial start.
  std::vector<std::uint32_t> tried_waits_, tried_slots_, tried_placed_;
};

} // namespace bizmap
