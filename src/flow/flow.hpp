#pragma once

#include "flow/hands_on.hpp"
#include "flow/lead_time.hpp"
#include "flow/working_time.hpp"

#include <algorithm>
#include <bizmap/model.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace bizmap {

class Handoffs;

/// One handoff: a data id that one process outputs and another inputs.
struct FlowHandoff {
  std::uint32_t from = 0;      ///< the producing process
  std::uint32_t to = 0;        ///< the consuming process
  const Ref* output = nullptr; ///< in the producer's outputs
  const Ref* input = nullptr;  ///< in the consumer's inputs
  /// The handoff closes a loop: among processes that hand work round in a
  /// circle, it goes back to a process that starts before its producer (or
  /// to the producer itself), as LoopOrder decides where the loop starts.
  /// Loops are shown once and never followed.
  bool feedback = false;
  /// The data handed over is a record (standing information): it puts its
  /// producer on no case's path, but counts for reach and every rule.
  bool record = false;
};

/// Where the chain that should supply a process breaks: an input of
/// `process` that nothing supplies, or that comes only round a loop that
/// nothing starts.
struct FlowBreak {
  std::uint32_t process = 0;
  const Ref* input = nullptr;
  bool round_unstarted_loop = false;
};

/// Why the input of a break never arrives, to follow "which": "nothing
/// supplies" or "comes only round a loop that nothing starts".
std::string_view why_never_supplied(const FlowBreak& at);

/// Processes that hand work round in a circle (a strongly connected part of
/// the handoff graph, or a process that needs its own output).
struct HandoffLoop {
  std::vector<std::uint32_t> processes; ///< in model order
  /// Some process of the loop takes an input from outside the loop: from
  /// another process or from outside the business.
  bool entered = false;
  /// Work can start in the loop: it is entered, or one of its processes
  /// starts with its trigger (FlowAnalysis::starts_work).
  bool started = false;
};

/// The flow of work through the whole model, worked out once in time linear
/// in processes plus handoffs: the handoffs, the loops among them, which
/// processes a chain starting from the business's inputs reaches, where the
/// chains break, and the lead time of one case to every process (the
/// expected figure and the longest way, in the business's working time).
///
/// A process is reached when every input it needs arrives from outside the
/// business or from a reached process; an input that comes back round a loop
/// does not hold it up once work can start in the loop. Every rule, page and
/// trace asks starts_work() where work can start, and gets the one answer.
class FlowAnalysis {
public:
  /// With `join_near_misses`, a handoff written two ways (an input nothing
  /// supplies and an output nothing uses, each the other's closest name:
  /// Handoffs::near_misses) is followed as the handoff it was meant to be:
  /// the rules read it so while broken-handoff reports it.
  explicit FlowAnalysis(const Model& model, const Handoffs& handoffs,
                        bool join_near_misses = false);

  std::span<const FlowHandoff> handoffs() const { return handoffs_; }
  /// Positions in handoffs() of the handoffs into a process, in the order of its inputs.
  std::span<const std::uint32_t> handoffs_into(std::size_t process) const;
  /// Positions in handoffs() of the handoffs out of a process.
  std::span<const std::uint32_t> handoffs_out_of(std::size_t process) const;

  /// Every process, each after every process that hands it work, loops aside.
  std::span<const std::uint32_t> flow_order() const { return order_; }
  /// The position of a process in flow_order().
  std::uint32_t position(std::size_t process) const { return position_[process]; }

  const HandsOn& hands_on(std::size_t process) const { return run_times_[process].work; }
  /// A run's own time: its steps' durations and waits.
  const RunTime& run_time(std::size_t process) const { return run_times_[process]; }
  /// The business's working time, from its calendar.
  const WorkingTime& working_time() const { return working_time_; }
  std::span<const HandoffLoop> loops() const { return loops_; }
  /// The loop a process is part of, as a position in loops().
  std::optional<std::size_t> loop_of(std::size_t process) const;

  /// Whether work can start at a process: it has a trigger, takes an input
  /// from outside the business, or needs no input at all (missing-trigger
  /// reports one that has no trigger either). Work that starts there still
  /// waits for the inputs other processes hand over, except those that come
  /// back round a loop.
  bool starts_work(std::size_t process) const;

  bool is_reached(std::size_t process) const { return breaks_[process].input == nullptr; }
  /// The first break upstream of a process that is not reached.
  std::optional<FlowBreak> break_of(std::size_t process) const;

  /// A data id is reachable when a reached process outputs it.
  bool is_reachable(std::string_view data) const;
  /// Where the chain to a data id breaks: the first break upstream of its
  /// first producer; nullopt when it is reachable or nothing produces it.
  std::optional<FlowBreak> break_of(std::string_view data) const;

  /// The lead time of one case from where work starts to a process.
  const PathTime& lead_time(std::size_t process) const { return lead_times_[process]; }
  /// Of the producers of a data id, the one with the longest lead time.
  std::optional<std::uint32_t> slowest_producer(std::string_view data) const;
  /// The processes of the longest way to a process, first to last.
  std::vector<std::uint32_t> path_to(std::size_t process,
                                     std::vector<ChoiceOnWay>* choices = nullptr) const;
  /// The processes of the way the expected figure names, first to last.
  std::vector<std::uint32_t> expected_path_to(std::size_t process,
                                              std::vector<ChoiceOnWay>* choices = nullptr) const;
  /// The processes of a way, first to last, from the figure at its end:
  /// `figure_at` gives the figure of the same kind at each process. With
  /// `choices`, the `one_of`s it goes through, first to last.
  template <class FigureAt>
  std::vector<std::uint32_t> way_to(std::uint32_t process, FigureAt figure_at,
                                    std::vector<ChoiceOnWay>* choices = nullptr) const {
    std::vector<std::uint32_t> way;
    for (std::uint32_t p = process;;) {
      way.push_back(p);
      const LeadFigure& figure = figure_at(p);
      if (choices != nullptr && figure.choice != PathTime::none) {
        choices->push_back({p, figure.choice, figure.weighted, figure.previous});
      }
      if (figure.previous == PathTime::none) {
        break;
      }
      p = handoffs_[figure.previous].from;
    }
    if (choices != nullptr) {
      std::reverse(choices->begin(), choices->end());
    }
    return {way.rbegin(), way.rend()};
  }

  /// Every system outcome and external output, each data id once: external
  /// outputs in the order they are listed, then outcomes by system.
  std::span<const Ref* const> deliveries() const { return deliveries_; }

private:
  void collect_handoffs();
  void find_loops();
  void order_the_flow();
  void find_where_loops_start();
  void follow_the_flow();
  bool comes_round(const FlowHandoff& handoff) const;
  bool reach(std::uint32_t process);
  void collect_deliveries();

  const Model& model_;
  const Handoffs& index_;
  bool join_near_misses_;

  std::vector<FlowHandoff> handoffs_;
  std::vector<std::uint32_t> into_start_, into_;
  std::vector<std::uint32_t> out_start_, out_;
  std::vector<std::uint32_t> part_of_; ///< the strongly connected part of each process
  std::uint32_t parts_ = 0;
  std::vector<std::uint32_t> loop_of_; ///< by part: a position in loops_, or none
  std::vector<std::uint32_t> order_, position_;
  WorkingTime working_time_;
  std::vector<RunTime> run_times_;
  std::vector<HandoffLoop> loops_;
  std::vector<FlowBreak> breaks_;
  std::vector<PathTime> lead_times_;
  std::vector<const Ref*> deliveries_;
};

/// Whether two processes are owned by different roles: a place where work
/// changes hands and waits. Unknown (nullopt) when either has no owner.
std::optional<bool> changes_hands(const Process& from, const Process& to);

} // namespace bizmap
