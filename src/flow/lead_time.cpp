#include "flow/lead_time.hpp"

#include "flow/flow.hpp"

#include <algorithm>

namespace bizmap {
namespace {

constexpr std::uint32_t none = LeadFigure::none;

// The way to one input (or one `one_of`) that a figure takes: the figure up
// to the producer, and the handoff from it. `present` once some producer
// hands it over on a way the figure may take.
struct Way {
  LeadFigure before;
  std::uint32_t handoff = none;
  std::uint32_t choice = none;
  bool weighted = false;
  bool present = false;
};

void consider(Way& way, const LeadFigure& figure, std::uint32_t handoff) {
  if (!way.present || is_longer(figure, way.before)) {
    way.before = figure;
    way.handoff = handoff;
    way.present = true;
  }
}

// Every input is needed: the way with the longest figure decides.
void offer(Way& best, const Way& way) {
  if (way.present && (!best.present || is_longer(way.before, best.before))) {
    best = way;
  }
}

// The alternatives of one `one_of`, as they are read one by one.
struct ChoiceWays {
  Way longest;
  Way named; ///< the alternative with the largest share
  std::uint32_t named_share = 0;
  bool seen_share = false;
  double hands_on = 0, outside = 0, waits = 0;
  std::uint32_t steps_without_duration = 0, processes_without_steps = 0;

  void add(const Way& expected, const Way& longest_way, std::uint32_t share, bool shared) {
    if (longest_way.present) {
      consider(longest, longest_way.before, longest_way.handoff);
    }
    if (!shared) {
      if (expected.present) {
        consider(named, expected.before, expected.handoff);
      }
      return;
    }
    if (!seen_share || share > named_share) {
      named = expected;
      named_share = share;
      seen_share = true;
    }
    if (expected.present) {
      double weight = share / 100.0;
      hands_on += weight * expected.before.hands_on;
      outside += weight * expected.before.outside;
      waits += weight * expected.before.waits;
      // What an alternative leaves uncounted stays said, however rare it is.
      steps_without_duration =
          std::max(steps_without_duration, expected.before.steps_without_duration);
      processes_without_steps =
          std::max(processes_without_steps, expected.before.processes_without_steps);
    }
  }

  // The share-weighted mean, along the alternative most cases take.
  Way weighted(std::uint32_t choice) const {
    Way way = named;
    way.before.hands_on = hands_on;
    way.before.outside = outside;
    way.before.waits = waits;
    way.before.steps_without_duration = steps_without_duration;
    way.before.processes_without_steps = processes_without_steps;
    way.present = way.present || hands_on + outside + waits > 0;
    way.choice = choice;
    way.weighted = true;
    return way;
  }
};

// The figure of a way taken on through the process itself.
LeadFigure through(const Model& model, const FlowAnalysis& flow, const Way& way, std::uint32_t p) {
  LeadFigure figure = way.present ? way.before : LeadFigure{};
  if (way.handoff == none) {
    figure.processes = 0;
    figure.changes_of_hands = 0;
    figure.slowest = none;
  } else {
    const Process& from = model.processes[flow.handoffs()[way.handoff].from];
    figure.changes_of_hands += changes_hands(from, model.processes[p]).value_or(false) ? 1 : 0;
  }
  figure.previous = way.handoff;
  figure.choice = way.choice;
  figure.weighted = way.weighted;
  const RunTime& own = flow.run_time(p);
  (own.outside ? figure.outside : figure.hands_on) += static_cast<double>(own.work.minutes);
  figure.waits += static_cast<double>(own.wait_minutes);
  figure.steps_without_duration += own.work.steps_without_duration;
  figure.processes_without_steps += own.work.processes_without_steps;
  ++figure.processes;
  if (figure.slowest == none || own.minutes() > flow.run_time(figure.slowest).minutes()) {
    figure.slowest = p;
  }
  return figure;
}

} // namespace

RunTime run_time(const Process& process, const WorkingTime& time, bool outside) {
  RunTime run;
  run.work = hands_on(process, time);
  run.outside = outside;
  for (const Step& step : process.steps) {
    if (step.wait) {
      run.wait_minutes = add_minutes(run.wait_minutes, working_minutes(*step.wait, time));
    }
  }
  return run;
}

std::optional<double> LeadFigure::flow_efficiency() const {
  double lead = minutes();
  return lead > 0 ? std::optional<double>(hands_on / lead) : std::nullopt;
}

PathTime lead_time_through(const Model& model, const FlowAnalysis& flow, std::uint32_t p,
                           std::span<const PathTime* const> before) {
  const Process& process = model.processes[p];
  std::span<const std::uint32_t> into = flow.handoffs_into(p);
  Way expected, longest;
  ChoiceWays choice_ways;
  std::size_t cursor = 0, c = 0;
  for (std::size_t i = 0; i < process.inputs.size(); ++i) {
    Way input_expected, input_longest;
    for (; cursor < into.size() && flow.handoffs()[into[cursor]].input == &process.inputs[i];
         ++cursor) {
      if (before[cursor] != nullptr && !flow.handoffs()[into[cursor]].record) {
        consider(input_expected, before[cursor]->expected, into[cursor]);
        consider(input_longest, before[cursor]->longest, into[cursor]);
      }
    }
    while (c < process.choices.size() && process.choices[c].first + process.choices[c].count <= i) {
      ++c;
    }
    if (c == process.choices.size() || process.choices[c].first > i) {
      offer(expected, input_expected);
      offer(longest, input_longest);
      continue;
    }
    const InputChoice& choice = process.choices[c];
    bool shared = choice.shares.size() == choice.count;
    choice_ways.add(input_expected, input_longest, shared ? choice.shares[i - choice.first] : 0,
                    shared);
    if (i + 1 == choice.first + choice.count) {
      auto at = static_cast<std::uint32_t>(c);
      Way way = shared ? choice_ways.weighted(at) : choice_ways.named;
      way.choice = at;
      offer(expected, way);
      way = choice_ways.longest;
      way.choice = at;
      offer(longest, way);
      choice_ways = ChoiceWays{};
    }
  }
  return {through(model, flow, expected, p), through(model, flow, longest, p)};
}

} // namespace bizmap
