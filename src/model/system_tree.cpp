#include "model/system_tree.hpp"

#include <algorithm>

namespace bizmap {

std::vector<std::size_t> processes_within(const Model& model, std::size_t system) {
  std::vector<std::size_t> processes;
  std::vector<std::size_t> pending{system};
  while (!pending.empty()) {
    const System& next = model.systems[pending.back()];
    pending.pop_back();
    processes.insert(processes.end(), next.processes.begin(), next.processes.end());
    pending.insert(pending.end(), next.subsystems.begin(), next.subsystems.end());
  }
  std::sort(processes.begin(), processes.end());
  processes.erase(std::unique(processes.begin(), processes.end()), processes.end());
  return processes;
}

} // namespace bizmap
