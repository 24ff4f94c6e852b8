#include "flow/toward_delivery.hpp"

#include "flow/flow.hpp"
#include "model/handoffs.hpp"

#include <cstdint>

namespace bizmap {

std::vector<bool> toward_delivery(const FlowAnalysis& flow, const Handoffs& handoffs,
                                  std::size_t processes) {
  std::vector<bool> on_the_way(processes, false);
  std::vector<std::size_t> to_visit;
  for (const Ref* delivery : flow.deliveries()) {
    for (const Handoffs::Use& producer : handoffs.producers(delivery->id)) {
      if (producer.process < processes && !on_the_way[producer.process]) {
        on_the_way[producer.process] = true;
        to_visit.push_back(producer.process);
      }
    }
  }
  while (!to_visit.empty()) {
    std::size_t process = to_visit.back();
    to_visit.pop_back();
    for (std::uint32_t h : flow.handoffs_into(process)) {
      std::uint32_t from = flow.handoffs()[h].from;
      if (!on_the_way[from]) {
        on_the_way[from] = true;
        to_visit.push_back(from);
      }
    }
  }
  return on_the_way;
}

} // namespace bizmap
