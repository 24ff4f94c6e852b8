#include "report/system_order.hpp"

#include <algorithm>
#include <limits>

namespace bizmap {
namespace {

constexpr std::size_t unreached = std::numeric_limits<std::size_t>::max();

// The order in which work reaches each process: breadth first from where it
// enters the business, the processes that take the first external input
// first, then those of the next, then those with no inputs at all; each
// process and handoff is visited once.
std::vector<std::size_t> reach_order(const Model& model, const Handoffs& handoffs) {
  std::vector<std::size_t> position(model.processes.size(), unreached);
  std::vector<std::size_t> queue;
  auto reach = [&](std::size_t p) {
    if (position[p] == unreached) {
      position[p] = queue.size();
      queue.push_back(p);
    }
  };
  for (const Ref& input : model.external_inputs) {
    for (const Handoffs::Use& consumer : handoffs.consumers(input.id)) {
      reach(consumer.process);
    }
  }
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    if (model.processes[p].inputs.empty()) {
      reach(p);
    }
  }
  for (std::size_t next = 0; next < queue.size(); ++next) {
    for (const Ref& output : model.processes[queue[next]].outputs) {
      for (const Handoffs::Use& consumer : handoffs.consumers(output.id)) {
        reach(consumer.process);
      }
    }
  }
  return position;
}

} // namespace

std::vector<std::size_t> system_ranks(const Model& model, const Handoffs& handoffs,
                                      SystemOrder order) {
  std::vector<std::size_t> ranks(model.systems.size(), unreached);
  if (order == SystemOrder::file) {
    std::fill(ranks.begin(), ranks.end(), 0);
    return ranks;
  }
  std::vector<std::size_t> reached = reach_order(model, handoffs);
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    if (model.processes[p].system) {
      std::size_t& rank = ranks[*model.processes[p].system];
      rank = std::min(rank, reached[p]);
    }
  }
  // Parents come before their subsystems in Model::systems: going backwards,
  // every subsystem has its final rank before it is passed to its parent.
  for (std::size_t s = model.systems.size(); s-- > 0;) {
    if (model.systems[s].parent) {
      std::size_t& parent = ranks[*model.systems[s].parent];
      parent = std::min(parent, ranks[s]);
    }
  }
  return ranks;
}

std::vector<std::size_t> in_rank_order(std::vector<std::size_t> systems,
                                       const std::vector<std::size_t>& ranks) {
  std::stable_sort(systems.begin(), systems.end(),
                   [&](std::size_t a, std::size_t b) { return ranks[a] < ranks[b]; });
  return systems;
}

} // namespace bizmap
