#include "report/system_order.hpp"

#include <algorithm>
#include <deque>
#include <limits>

namespace bizmap {
namespace {

constexpr std::size_t unreached = std::numeric_limits<std::size_t>::max();

bool starts_flow(const Process& process, const Handoffs& handoffs) {
  return process.inputs.empty() ||
         std::any_of(process.inputs.begin(), process.inputs.end(),
                     [&](const Ref& input) { return handoffs.is_external_input(input.id); });
}

// Handoffs from the processes that start the flow to each process, breadth
// first: every process and handoff is visited once.
std::vector<std::size_t> process_distances(const Model& model, const Handoffs& handoffs) {
  std::vector<std::size_t> distance(model.processes.size(), unreached);
  std::deque<std::size_t> queue;
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    if (starts_flow(model.processes[p], handoffs)) {
      distance[p] = 0;
      queue.push_back(p);
    }
  }
  while (!queue.empty()) {
    std::size_t p = queue.front();
    queue.pop_front();
    for (const Ref& output : model.processes[p].outputs) {
      for (const Handoffs::Use& consumer : handoffs.consumers(output.id)) {
        if (distance[consumer.process] == unreached) {
          distance[consumer.process] = distance[p] + 1;
          queue.push_back(consumer.process);
        }
      }
    }
  }
  return distance;
}

} // namespace

std::vector<std::size_t> system_ranks(const Model& model, const Handoffs& handoffs,
                                      SystemOrder order) {
  std::vector<std::size_t> ranks(model.systems.size(), unreached);
  if (order == SystemOrder::file) {
    std::fill(ranks.begin(), ranks.end(), 0);
    return ranks;
  }
  std::vector<std::size_t> distance = process_distances(model, handoffs);
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    if (model.processes[p].system) {
      std::size_t& rank = ranks[*model.processes[p].system];
      rank = std::min(rank, distance[p]);
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
