#include "flow/flow.hpp"

#include "flow/loop_order.hpp"
#include "model/handoffs.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace bizmap {
namespace {

constexpr std::uint32_t none = PathTime::none;

std::uint32_t as_index(std::size_t value) {
  return static_cast<std::uint32_t>(value);
}

// The producers of an input; for an input of a handoff written two ways,
// when those are joined, the producers of the output it meant.
std::span<const Handoffs::Use> producers_of(const Handoffs& handoffs, const Ref& input,
                                            bool join_near_misses) {
  std::span<const Handoffs::Use> producers = handoffs.producers(input.id);
  if (producers.empty() && join_near_misses) {
    if (std::optional<std::string_view> meant = handoffs.near_miss_of(input.id)) {
      return handoffs.producers(*meant);
    }
  }
  return producers;
}

} // namespace

FlowAnalysis::FlowAnalysis(const Model& model, const Handoffs& handoffs, bool join_near_misses)
    : model_(model), index_(handoffs), join_near_misses_(join_near_misses),
      working_time_(WorkingTime::of(model)) {
  std::unordered_set<std::string_view> outside;
  for (const Role& role : model.roles) {
    if (role.kind == RoleKind::external) {
      outside.insert(role.id.id);
    }
  }
  run_times_.reserve(model.processes.size());
  for (const Process& process : model.processes) {
    run_times_.push_back(bizmap::run_time(process, working_time_,
                                          process.owner && outside.contains(process.owner->id)));
  }
  collect_handoffs();
  find_loops();
  order_the_flow();
  find_where_loops_start();
  follow_the_flow();
  collect_deliveries();
}

// One handoff per producer of each input, in the order of the consumers and
// their inputs. An input listed twice, or an output listed twice, is one
// handoff.
void FlowAnalysis::collect_handoffs() {
  const std::size_t count = model_.processes.size();
  into_start_.assign(count + 1, 0);
  std::unordered_map<std::string_view, std::uint32_t> last_consumer;
  std::unordered_set<std::string_view> records;
  for (const DataItem& item : model_.data) {
    if (item.kind == DataKind::record) {
      records.insert(item.id.id);
    }
  }
  for (std::size_t q = 0; q < count; ++q) {
    into_start_[q] = as_index(handoffs_.size());
    for (const Ref& input : model_.processes[q].inputs) {
      auto [seen, added] = last_consumer.try_emplace(input.id, as_index(q));
      if (!added && seen->second == q) {
        continue;
      }
      seen->second = as_index(q);
      std::uint32_t previous = none;
      for (const Handoffs::Use& producer : producers_of(index_, input, join_near_misses_)) {
        if (producer.process != previous) {
          handoffs_.push_back({as_index(producer.process), as_index(q), producer.ref, &input, false,
                               records.contains(input.id)});
          previous = as_index(producer.process);
        }
      }
    }
  }
  into_start_[count] = as_index(handoffs_.size());
  into_.resize(handoffs_.size());
  for (std::size_t h = 0; h < into_.size(); ++h) {
    into_[h] = as_index(h); // handoffs are collected consumer by consumer
  }
  out_start_.assign(count + 1, 0);
  for (const FlowHandoff& handoff : handoffs_) {
    ++out_start_[handoff.from + 1];
  }
  for (std::size_t p = 0; p < count; ++p) {
    out_start_[p + 1] += out_start_[p];
  }
  out_.resize(handoffs_.size());
  std::vector<std::uint32_t> next(out_start_.begin(), out_start_.end() - 1);
  for (std::size_t h = 0; h < handoffs_.size(); ++h) {
    out_[next[handoffs_[h].from]++] = as_index(h);
  }
}

std::span<const std::uint32_t> FlowAnalysis::handoffs_into(std::size_t process) const {
  return std::span<const std::uint32_t>(into_).subspan(
      into_start_[process], into_start_[process + 1] - into_start_[process]);
}

std::span<const std::uint32_t> FlowAnalysis::handoffs_out_of(std::size_t process) const {
  return std::span<const std::uint32_t>(out_).subspan(out_start_[process], out_start_[process + 1] -
                                                                               out_start_[process]);
}

// Tarjan's strongly connected parts, without recursion so that a chain of a
// hundred thousand handoffs cannot overflow the stack. Parts are numbered
// as they are completed: every part a part hands work to has a lower number.
void FlowAnalysis::find_loops() {
  constexpr std::uint32_t unseen = none;
  const std::size_t count = model_.processes.size();
  std::vector<std::uint32_t> visit(count, unseen), low(count, 0), stack;
  std::vector<bool> on_stack(count, false);
  struct Call {
    std::uint32_t process;
    std::uint32_t next;
  };
  std::vector<Call> calls;
  std::uint32_t visited = 0;
  part_of_.assign(count, 0);
  auto enter = [&](std::uint32_t p) {
    visit[p] = low[p] = visited++;
    stack.push_back(p);
    on_stack[p] = true;
    calls.push_back({p, 0});
  };
  for (std::uint32_t root = 0; root < count; ++root) {
    if (visit[root] != unseen) {
      continue;
    }
    enter(root);
    while (!calls.empty()) {
      const std::uint32_t v = calls.back().process;
      std::span<const std::uint32_t> out = handoffs_out_of(v);
      if (calls.back().next < out.size()) {
        const std::uint32_t w = handoffs_[out[calls.back().next++]].to;
        if (visit[w] == unseen) {
          enter(w);
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], visit[w]);
        }
        continue;
      }
      calls.pop_back();
      if (!calls.empty()) {
        low[calls.back().process] = std::min(low[calls.back().process], low[v]);
      }
      if (low[v] == visit[v]) {
        std::uint32_t w = unseen;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[w] = false;
          part_of_[w] = parts_;
        } while (w != v);
        ++parts_;
      }
    }
  }
}

// Parts in the order work flows (a part before the parts it hands work to),
// and within a part, processes in the order LoopOrder finds; a handoff
// within a part back to an earlier process (or to itself) closes a loop.
void FlowAnalysis::order_the_flow() {
  const std::size_t count = model_.processes.size();
  std::vector<std::uint32_t> start(parts_ + 1, 0);
  for (std::size_t p = 0; p < count; ++p) {
    ++start[parts_ - part_of_[p]];
  }
  for (std::uint32_t k = 1; k <= parts_; ++k) {
    start[k] += start[k - 1];
  }
  order_.resize(count);
  position_.resize(count);
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  for (std::size_t p = 0; p < count; ++p) {
    order_[next[parts_ - 1 - part_of_[p]]++] = as_index(p);
  }
  LoopOrder loops(model_, handoffs_, into_start_, out_start_, out_, part_of_);
  for (std::uint32_t k = 0; k < parts_; ++k) {
    if (start[k + 1] - start[k] > 1) {
      loops.order(std::span<std::uint32_t>(order_).subspan(start[k], start[k + 1] - start[k]));
    }
  }
  for (std::size_t at = 0; at < count; ++at) {
    position_[order_[at]] = as_index(at);
  }
  std::vector<bool> circles(parts_, false);
  for (FlowHandoff& handoff : handoffs_) {
    handoff.feedback = part_of_[handoff.from] == part_of_[handoff.to] &&
                       position_[handoff.from] >= position_[handoff.to];
    circles[part_of_[handoff.from]] = circles[part_of_[handoff.from]] || handoff.feedback;
  }
  loop_of_.assign(parts_, none);
  for (std::uint32_t p : order_) {
    std::uint32_t part = part_of_[p];
    if (circles[part] && loop_of_[part] == none) {
      loop_of_[part] = as_index(loops_.size());
      loops_.emplace_back();
    }
  }
  for (std::size_t p = 0; p < count; ++p) {
    if (loop_of_[part_of_[p]] != none) {
      loops_[loop_of_[part_of_[p]]].processes.push_back(as_index(p));
    }
  }
}

std::optional<std::size_t> FlowAnalysis::loop_of(std::size_t process) const {
  std::uint32_t loop = loop_of_[part_of_[process]];
  return loop == none ? std::nullopt : std::optional<std::size_t>(loop);
}

bool FlowAnalysis::starts_work(std::size_t process) const {
  const Process& p = model_.processes[process];
  return !p.trigger.empty() || p.inputs.empty() ||
         std::any_of(p.inputs.begin(), p.inputs.end(),
                     [&](const Ref& input) { return index_.is_external_input(input.id); });
}

// Which loops work enters from outside them, and which it can start in.
void FlowAnalysis::find_where_loops_start() {
  for (const FlowHandoff& handoff : handoffs_) {
    if (part_of_[handoff.from] != part_of_[handoff.to] && loop_of_[part_of_[handoff.to]] != none) {
      loops_[loop_of_[part_of_[handoff.to]]].entered = true;
    }
  }
  for (HandoffLoop& loop : loops_) {
    for (std::uint32_t p : loop.processes) {
      for (const Ref& input : model_.processes[p].inputs) {
        loop.entered = loop.entered || index_.is_external_input(input.id);
      }
    }
    loop.started = loop.entered || std::any_of(loop.processes.begin(), loop.processes.end(),
                                               [&](std::uint32_t p) { return starts_work(p); });
  }
}

// Whether an input that comes back round a loop arrives: only once work can
// start in the loop.
bool FlowAnalysis::comes_round(const FlowHandoff& handoff) const {
  return handoff.feedback && loops_[loop_of_[part_of_[handoff.to]]].started;
}

// Whether every input of a process arrives; records the first break
// otherwise. A break at the process itself is named before one further up.
// How one input of a process fares: it arrives, or where its supply breaks.
struct InputArrival {
  bool arrives = false;
  std::optional<FlowBreak> here;  ///< nothing supplies it, or only round a loop nothing starts
  std::optional<FlowBreak> above; ///< its producers are not reached: their first break
};

bool FlowAnalysis::reach(std::uint32_t p) {
  std::span<const std::uint32_t> into = handoffs_into(p);
  std::size_t cursor = 0;
  const Process& process = model_.processes[p];
  std::vector<InputArrival> arrivals(process.inputs.size());
  for (std::size_t i = 0; i < process.inputs.size(); ++i) {
    const Ref& input = process.inputs[i];
    bool any = false, arrives = false, round_loop = false;
    std::optional<FlowBreak> above;
    for (; cursor < into.size() && handoffs_[into[cursor]].input == &input; ++cursor) {
      const FlowHandoff& handoff = handoffs_[into[cursor]];
      any = any || !handoff.feedback;
      round_loop = round_loop || handoff.feedback;
      arrives = arrives || comes_round(handoff) || (!handoff.feedback && is_reached(handoff.from));
      if (!above && !handoff.feedback && !is_reached(handoff.from)) {
        above = breaks_[handoff.from];
      }
    }
    InputArrival& arrival = arrivals[i];
    arrival.arrives = index_.is_external_input(input.id) || arrives;
    if (!arrival.arrives && !any && (round_loop || !index_.is_supplied(input.id))) {
      arrival.here = FlowBreak{p, &input, round_loop};
    } else if (!arrival.arrives && any) {
      arrival.above = above;
    }
  }
  // Of a `one_of`, one alternative arriving is enough.
  for (const InputChoice& choice : process.choices) {
    bool one_arrives = false;
    for (std::size_t i = choice.first; i < choice.first + choice.count; ++i) {
      one_arrives = one_arrives || arrivals[i].arrives;
    }
    for (std::size_t i = choice.first; one_arrives && i < choice.first + choice.count; ++i) {
      arrivals[i] = InputArrival{true, std::nullopt, std::nullopt};
    }
  }
  std::optional<FlowBreak> upstream;
  for (const InputArrival& arrival : arrivals) {
    if (arrival.here) {
      breaks_[p] = *arrival.here;
      return false;
    }
    if (!arrival.arrives && !upstream) {
      upstream = arrival.above;
    }
  }
  if (upstream) {
    breaks_[p] = *upstream;
    return false;
  }
  return true;
}

void FlowAnalysis::follow_the_flow() {
  const std::size_t count = model_.processes.size();
  breaks_.assign(count, FlowBreak{0, nullptr});
  lead_times_.resize(count);
  std::vector<const PathTime*> before;
  for (std::uint32_t p : order_) {
    reach(p);
    before.clear();
    for (std::uint32_t h : handoffs_into(p)) {
      const FlowHandoff& handoff = handoffs_[h];
      before.push_back(handoff.feedback ? nullptr : &lead_times_[handoff.from]);
    }
    lead_times_[p] = lead_time_through(model_, *this, p, before);
  }
}

void FlowAnalysis::collect_deliveries() {
  std::unordered_set<std::string_view> seen;
  auto add = [&](const Ref& data) {
    if (seen.insert(data.id).second) {
      deliveries_.push_back(&data);
    }
  };
  for (const Ref& output : model_.external_outputs) {
    add(output);
  }
  for (const System& system : model_.systems) {
    for (const Ref& outcome : system.outcomes) {
      add(outcome);
    }
  }
}

std::string_view why_never_supplied(const FlowBreak& at) {
  return at.round_unstarted_loop ? "comes only round a loop that nothing starts"
                                 : "nothing supplies";
}

std::optional<FlowBreak> FlowAnalysis::break_of(std::size_t process) const {
  return is_reached(process) ? std::nullopt : std::optional<FlowBreak>(breaks_[process]);
}

bool FlowAnalysis::is_reachable(std::string_view data) const {
  std::span<const Handoffs::Use> producers = index_.producers(data);
  return std::any_of(producers.begin(), producers.end(),
                     [&](const Handoffs::Use& use) { return is_reached(use.process); });
}

std::optional<FlowBreak> FlowAnalysis::break_of(std::string_view data) const {
  std::span<const Handoffs::Use> producers = index_.producers(data);
  if (producers.empty() || is_reachable(data)) {
    return std::nullopt;
  }
  return break_of(producers.front().process);
}

std::optional<std::uint32_t> FlowAnalysis::slowest_producer(std::string_view data) const {
  std::optional<std::uint32_t> slowest;
  for (const Handoffs::Use& use : index_.producers(data)) {
    if (!slowest || is_longer(lead_times_[use.process].longest, lead_times_[*slowest].longest)) {
      slowest = as_index(use.process);
    }
  }
  return slowest;
}

std::vector<std::uint32_t> FlowAnalysis::path_to(std::size_t process,
                                                 std::vector<ChoiceOnWay>* choices) const {
  return way_to(
      as_index(process),
      [&](std::uint32_t p) -> const LeadFigure& { return lead_times_[p].longest; }, choices);
}

std::vector<std::uint32_t> FlowAnalysis::expected_path_to(std::size_t process,
                                                          std::vector<ChoiceOnWay>* choices) const {
  return way_to(
      as_index(process),
      [&](std::uint32_t p) -> const LeadFigure& { return lead_times_[p].expected; }, choices);
}

std::optional<bool> changes_hands(const Process& from, const Process& to) {
  if (!from.owner || !to.owner) {
    return std::nullopt;
  }
  return from.owner->id != to.owner->id;
}

} // namespace bizmap
