#include "report/health.hpp"

#include "flow/flow.hpp"
#include "model/handoffs.hpp"
#include "model/system_tree.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_set>

namespace bizmap {
namespace {

// Areas scoring below this are named as weak.
constexpr int weak_below = 75;

struct Scope {
  std::vector<std::size_t> systems;
  std::vector<std::size_t> processes;
};

// What every area reads.
struct Sources {
  const Model& model;
  const Handoffs& handoffs;
  const FlowAnalysis& flow;
  const Scope& scope;
};

HealthArea empty_area(HealthAreaKind kind, std::string_view name) {
  HealthArea area;
  area.kind = kind;
  area.name = name;
  return area;
}

HealthGap process_gap(const Model& model, std::size_t p, std::string what) {
  return {ElementKind::process, p, model.processes[p].id.id, std::move(what)};
}

std::string quoted_list(const std::vector<std::string_view>& ids) {
  std::vector<std::string> quoted;
  for (std::string_view id : ids) {
    quoted.push_back(fmt::format("'{}'", id));
  }
  return fmt::format("{}", fmt::join(quoted, ", "));
}

HealthArea ownership(const Sources& in) {
  HealthArea area = empty_area(HealthAreaKind::ownership, "Ownership");
  std::size_t owned = 0, managed = 0;
  for (std::size_t p : in.scope.processes) {
    if (in.model.processes[p].owner) {
      ++owned;
    } else {
      area.gaps.push_back(process_gap(in.model, p, "no owner"));
    }
  }
  for (std::size_t s : in.scope.systems) {
    if (in.handoffs.manager_of(s)) {
      ++managed;
    } else {
      area.gaps.push_back({ElementKind::system, s, in.model.systems[s].id.id, "no manager"});
    }
  }
  area.good = owned + managed;
  area.counted = in.scope.processes.size() + in.scope.systems.size();
  area.detail = fmt::format("{} of {} processes have an owner; {} of {} systems have a manager",
                            owned, in.scope.processes.size(), managed, in.scope.systems.size());
  return area;
}

HealthArea handoff_integrity(const Sources& in) {
  HealthArea area = empty_area(HealthAreaKind::handoffs, "Handoff integrity");
  std::size_t inputs = 0, satisfied = 0, outputs = 0, used = 0;
  for (std::size_t p : in.scope.processes) {
    std::vector<std::string_view> unsupplied, unused;
    for (const Ref& input : in.model.processes[p].inputs) {
      ++inputs;
      if (in.handoffs.is_supplied(input.id)) {
        ++satisfied;
      } else {
        unsupplied.push_back(input.id);
      }
    }
    for (const Ref& output : in.model.processes[p].outputs) {
      ++outputs;
      if (in.handoffs.is_used(output.id)) {
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
      area.gaps.push_back(process_gap(in.model, p, fmt::format("{}", fmt::join(lacks, "; "))));
    }
  }
  area.good = satisfied + used;
  area.counted = inputs + outputs;
  area.detail =
      fmt::format("{} of {} inputs are produced or arrive from outside; {} of {} outputs are used",
                  satisfied, inputs, used, outputs);
  return area;
}

bool has_what_if(const Process& process) {
  return !process.what_ifs.empty() ||
         std::any_of(process.steps.begin(), process.steps.end(),
                     [](const Step& step) { return !step.what_ifs.empty(); });
}

// A process with inputs starts when they arrive, so it has a trigger, as
// missing-trigger has it.
bool has_trigger(const Process& process) {
  return !process.trigger.empty() || !process.inputs.empty();
}

HealthArea documentation(const Sources& in) {
  HealthArea area = empty_area(HealthAreaKind::documentation, "Documentation");
  std::size_t steps = 0, triggers = 0, what_ifs = 0;
  for (std::size_t p : in.scope.processes) {
    const Process& process = in.model.processes[p];
    std::vector<std::string> lacks;
    auto count = [&](bool has, std::size_t& tally, std::string_view missing) {
      if (has) {
        ++tally;
      } else {
        lacks.emplace_back(missing);
      }
    };
    count(!process.steps.empty(), steps, "no steps");
    count(has_trigger(process), triggers, "no trigger or inputs");
    count(has_what_if(process), what_ifs, "no what-ifs");
    if (!lacks.empty()) {
      area.gaps.push_back(process_gap(in.model, p, fmt::format("{}", fmt::join(lacks, ", "))));
    }
  }
  std::size_t total = in.scope.processes.size();
  area.good = steps + triggers + what_ifs;
  area.counted = 3 * total;
  area.detail = fmt::format("of {} processes, {} have steps, {} a trigger or inputs, {} what-ifs",
                            total, steps, triggers, what_ifs);
  return area;
}

HealthArea automation(const Sources& in) {
  HealthArea area = empty_area(HealthAreaKind::automation, "Automation");
  std::size_t steps = 0, handed_off = 0;
  for (std::size_t p : in.scope.processes) {
    const std::vector<Step>& process_steps = in.model.processes[p].steps;
    std::size_t manual = static_cast<std::size_t>(
        std::count_if(process_steps.begin(), process_steps.end(),
                      [](const Step& step) { return step.automation == Automation::manual; }));
    steps += process_steps.size();
    handed_off += process_steps.size() - manual;
    if (manual > 0) {
      area.gaps.push_back(process_gap(
          in.model, p, fmt::format("{} of {} steps by hand", manual, process_steps.size())));
    }
  }
  area.good = handed_off;
  area.counted = steps;
  area.detail = fmt::format("{} of {} steps are automated or delegated", handed_off, steps);
  return area;
}

// The outcomes of the systems in scope and the external outputs its
// processes produce, each once.
std::vector<const Ref*> deliveries_in(const Sources& in) {
  std::vector<const Ref*> deliveries;
  std::unordered_set<std::string_view> seen;
  for (std::size_t s : in.scope.systems) {
    for (const Ref& outcome : in.model.systems[s].outcomes) {
      if (seen.insert(outcome.id).second) {
        deliveries.push_back(&outcome);
      }
    }
  }
  for (std::size_t p : in.scope.processes) {
    for (const Ref& output : in.model.processes[p].outputs) {
      if (in.handoffs.is_external_output(output.id) && seen.insert(output.id).second) {
        deliveries.push_back(&output);
      }
    }
  }
  return deliveries;
}

HealthGap unreachable_gap(const Sources& in, const Ref& data) {
  std::optional<FlowBreak> at = in.flow.break_of(data.id);
  if (!at) {
    return {ElementKind::data, 0, data.id, fmt::format("'{}': no process produces it", data.id)};
  }
  return process_gap(in.model, at->process,
                     fmt::format("needs '{}', which {}, so '{}' cannot be reached", at->input->id,
                                 why_never_supplied(*at), data.id));
}

HealthArea flow(const Sources& in) {
  HealthArea area = empty_area(HealthAreaKind::flow, "Flow");
  std::vector<const Ref*> deliveries = deliveries_in(in);
  for (const Ref* data : deliveries) {
    if (in.flow.is_reachable(data->id)) {
      ++area.good;
    } else {
      area.gaps.push_back(unreachable_gap(in, *data));
    }
  }
  area.counted = deliveries.size();
  area.detail = fmt::format("{} of {} outcomes and external outputs can be reached end to end",
                            area.good, area.counted);
  return area;
}

std::optional<int> weighted_overall(const HealthCheck& check) {
  long long weighted = 0, weights = 0;
  for (const HealthArea& area : check.areas) {
    if (std::optional<int> score = area.score()) {
      weighted += static_cast<long long>(area.weight) * *score;
      weights += area.weight;
    }
  }
  if (weights == 0) {
    return std::nullopt;
  }
  return static_cast<int>((2 * weighted + weights) / (2 * weights));
}

// Every weighted area below the bar, lowest first; when none is below it,
// the lowest areas unless they are perfect. An area with weight 0 is never
// weak.
std::vector<std::string_view> weakest_areas(const HealthCheck& check) {
  std::vector<const HealthArea*> scored;
  for (const HealthArea& area : check.areas) {
    if (area.score() && area.weight > 0) {
      scored.push_back(&area);
    }
  }
  std::stable_sort(scored.begin(), scored.end(), [](const HealthArea* a, const HealthArea* b) {
    return *a->score() < *b->score();
  });
  std::vector<std::string_view> weakest;
  for (const HealthArea* area : scored) {
    int lowest = *scored.front()->score();
    bool weak = *area->score() < weak_below || (*area->score() == lowest && lowest < 100);
    if (weak) {
      weakest.push_back(area->name);
    }
  }
  return weakest;
}

HealthCheck health_of(const Sources& in, const HealthWeights& weights) {
  HealthCheck check{
      {ownership(in), handoff_integrity(in), documentation(in), automation(in), flow(in)},
      std::nullopt,
      {},
      weights};
  for (HealthArea& area : check.areas) {
    area.weight = weights[area.kind];
  }
  check.overall = weighted_overall(check);
  check.weakest = weakest_areas(check);
  return check;
}

} // namespace

std::optional<int> HealthArea::score() const {
  if (counted == 0) {
    return std::nullopt;
  }
  return static_cast<int>((200 * good + counted) / (2 * counted));
}

HealthCheck business_health(const Model& model, const Handoffs& handoffs, const FlowAnalysis& flow,
                            const HealthWeights& weights) {
  Scope scope;
  for (std::size_t s = 0; s < model.systems.size(); ++s) {
    scope.systems.push_back(s);
  }
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    scope.processes.push_back(p);
  }
  return health_of({model, handoffs, flow, scope}, weights);
}

HealthCheck system_health(const Model& model, const Handoffs& handoffs, const FlowAnalysis& flow,
                          std::size_t system, const HealthWeights& weights) {
  Scope scope{systems_within(model, system), processes_within(model, system)};
  return health_of({model, handoffs, flow, scope}, weights);
}

} // namespace bizmap
