#include "health/basis.hpp"
#include "model/handoffs.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

std::string quoted_list(const std::vector<std::string_view>& ids) {
  std::vector<std::string> quoted;
  for (std::string_view id : ids) {
    quoted.push_back(fmt::format("'{}'", id));
  }
  return fmt::format("{}", fmt::join(quoted, ", "));
}

} // namespace

// Every input produced or arriving from outside, every output used.
HealthArea handoffs_area(const HealthSources& in) {
  const Model& model = in.basis.model;
  const Handoffs& handoffs = in.basis.handoffs;
  HealthArea area = empty_area("handoffs", "Handoffs");
  std::size_t inputs = 0, satisfied = 0, outputs = 0, used = 0;
  for (std::size_t p : in.scope.processes) {
    std::vector<std::string_view> unsupplied, unused;
    const Process& process = model.processes[p];
    for (std::size_t i = 0; i < process.inputs.size(); ++i) {
      ++inputs;
      // Of a `one_of`, one alternative supplied is enough.
      if (handoffs.is_supplied_input(process, i)) {
        ++satisfied;
      } else {
        unsupplied.push_back(process.inputs[i].id);
      }
    }
    for (const Ref& output : process.outputs) {
      ++outputs;
      if (handoffs.is_used(output.id)) {
        ++used;
      } else {
        unused.push_back(output.id);
      }
    }
    std::vector<std::string> lacks;
    if (!unsupplied.empty()) {
      lacks.push_back(fmt::format("nothing supplies {}", quoted_list(unsupplied)));
    }
    if (!unused.empty()) {
      lacks.push_back(fmt::format("nothing uses {}", quoted_list(unused)));
    }
    if (!lacks.empty()) {
      area.facts.push_back(process_fact(model, p, fmt::format("{}", fmt::join(lacks, "; "))));
    }
  }
  area.good = static_cast<double>(satisfied + used);
  area.counted = static_cast<double>(inputs + outputs);
  area.detail =
      fmt::format("{} of {} inputs are produced or arrive from outside; {} of {} outputs are used",
                  satisfied, inputs, used, outputs);
  area.nothing_to_count = "no process has inputs or outputs";
  return area;
}

} // namespace bizmap
