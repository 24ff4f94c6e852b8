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

std::vector<std::size_t> systems_within(const Model& model, std::size_t system) {
  std::vector<std::size_t> systems{system};
  for (std::size_t i = 0; i < systems.size(); ++i) {
    const std::vector<std::size_t>& subsystems = model.systems[systems[i]].subsystems;
    systems.insert(systems.end(), subsystems.begin(), subsystems.end());
  }
  std::sort(systems.begin(), systems.end());
  return systems;
}

bool process_within(const Model& model, std::size_t process, std::size_t system) {
  for (std::optional<std::size_t> at = model.processes[process].system; at;
       at = model.systems[*at].parent) {
    if (*at == system) {
      return true;
    }
  }
  return false;
}

} // namespace bizmap
