#include "flow/loop_order.hpp"

#include <algorithm>

namespace bizmap {
namespace {

// How far ahead a stall looks: the candidates it tries, and the processes
// and handoffs each trial may follow. Loops larger than the last bound are
// started in model order without trials.
constexpr std::size_t candidates_tried = 8;
constexpr std::size_t candidates_scanned = 64;
constexpr std::size_t trial_processes = 64;
constexpr std::size_t trial_handoffs = 512;
constexpr std::size_t largest_loop_tried = 4096;

} // namespace

LoopOrder::LoopOrder(const Model& model, std::span<const FlowHandoff> handoffs,
                     std::span<const std::uint32_t> into_start,
                     std::span<const std::uint32_t> out_start, std::span<const std::uint32_t> out,
                     std::span<const std::uint32_t> part_of)
    : model_(model), handoffs_(handoffs), into_start_(into_start), out_start_(out_start), out_(out),
      part_of_(part_of) {
  const std::size_t count = model.processes.size();
  slot_base_.resize(count + 1, 0);
  for (std::size_t p = 0; p < count; ++p) {
    slot_base_[p + 1] =
        slot_base_[p] + static_cast<std::uint32_t>(model.processes[p].inputs.size());
  }
  waiting_.assign(count, 0);
  placed_.assign(count, false);
  arrived_.assign(slot_base_[count], false);
}

std::span<const std::uint32_t> LoopOrder::out_of(std::uint32_t process) const {
  return out_.subspan(out_start_[process], out_start_[process + 1] - out_start_[process]);
}

std::uint32_t LoopOrder::slot(const FlowHandoff& handoff) const {
  const Process& consumer = model_.processes[handoff.to];
  return slot_base_[handoff.to] +
         static_cast<std::uint32_t>(handoff.input - consumer.inputs.data());
}

// Each process waits for every input that a process of the loop produces.
// Handoffs are stored consumer by consumer, so a process's handoffs in are
// one run of positions, those of one input next to each other.
void LoopOrder::count_waits(std::span<const std::uint32_t> members) {
  for (std::uint32_t p : members) {
    const Ref* last = nullptr;
    for (std::uint32_t h = into_start_[p]; h < into_start_[p + 1]; ++h) {
      const FlowHandoff& handoff = handoffs_[h];
      if (is_inside(handoff) && handoff.input != last) {
        ++waiting_[p];
        last = handoff.input;
      }
    }
  }
}

// Places a process; what it hands on arrives, and processes that have
// everything now become ready.
void LoopOrder::place(std::uint32_t process, std::vector<std::uint32_t>& ready) {
  placed_[process] = true;
  placed_order_.push_back(process);
  for (std::uint32_t h : out_of(process)) {
    const FlowHandoff& handoff = handoffs_[h];
    std::uint32_t at = slot(handoff);
    if (!is_inside(handoff) || arrived_[at]) {
      continue;
    }
    arrived_[at] = true;
    if (!placed_[handoff.to] && --waiting_[handoff.to] == 0) {
      ready.push_back(handoff.to);
    }
  }
}

// How many processes could follow if `process` started now, looking a
// bounded way ahead; every change is undone.
std::size_t LoopOrder::try_starting(std::uint32_t process) {
  std::vector<std::uint32_t> queue{process};
  placed_[process] = true;
  tried_placed_.push_back(process);
  std::size_t followed = 0, handoffs = 0;
  for (std::size_t next = 0;
       next < queue.size() && followed < trial_processes && handoffs < trial_handoffs; ++next) {
    ++followed;
    for (std::uint32_t h : out_of(queue[next])) {
      const FlowHandoff& handoff = handoffs_[h];
      std::uint32_t at = slot(handoff);
      if (++handoffs > trial_handoffs || !is_inside(handoff) || arrived_[at]) {
        continue;
      }
      arrived_[at] = true;
      tried_slots_.push_back(at);
      if (!placed_[handoff.to]) {
        tried_waits_.push_back(handoff.to);
        if (--waiting_[handoff.to] == 0) {
          placed_[handoff.to] = true;
          tried_placed_.push_back(handoff.to);
          queue.push_back(handoff.to);
        }
      }
    }
  }
  for (std::uint32_t p : tried_waits_) {
    ++waiting_[p];
  }
  for (std::uint32_t at : tried_slots_) {
    arrived_[at] = false;
  }
  for (std::uint32_t p : tried_placed_) {
    placed_[p] = false;
  }
  tried_waits_.clear();
  tried_slots_.clear();
  tried_placed_.clear();
  return followed;
}

// The waiting process to start when nothing is ready: of the first few not
// yet placed, the one that lets the most work follow.
std::uint32_t LoopOrder::best_start(std::span<const std::uint32_t> members,
                                    std::size_t& first_waiting) {
  while (placed_[members[first_waiting]]) {
    ++first_waiting;
  }
  if (members.size() > largest_loop_tried) {
    return members[first_waiting];
  }
  std::uint32_t best = members[first_waiting];
  std::size_t most = 0, tried = 0;
  for (std::size_t i = first_waiting;
       i < members.size() && tried < candidates_tried && i < first_waiting + candidates_scanned;
       ++i) {
    if (placed_[members[i]]) {
      continue;
    }
    ++tried;
    std::size_t followed = try_starting(members[i]);
    if (followed > most) {
      most = followed;
      best = members[i];
    }
  }
  return best;
}

void LoopOrder::order(std::span<std::uint32_t> members) {
  placed_order_.clear();
  count_waits(members);
  std::vector<std::uint32_t> ready;
  for (std::uint32_t p : members) {
    if (waiting_[p] == 0) {
      ready.push_back(p);
    }
  }
  std::size_t first_waiting = 0;
  for (std::size_t next = 0; placed_order_.size() < members.size();) {
    if (next < ready.size()) {
      std::uint32_t p = ready[next++];
      if (!placed_[p]) {
        place(p, ready);
      }
      continue;
    }
    place(best_start(members, first_waiting), ready);
  }
  std::copy(placed_order_.begin(), placed_order_.end(), members.begin());
}

} // namespace bizmap
