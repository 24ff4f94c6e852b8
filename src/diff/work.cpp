// How each role's work changed: the processes it owns or performs a step in,
// and the counted hours a week of its own steps (docs/quantities.md), in each
// model; and the processes one role lost and another gained, so that a
// reorganisation reads as one line per move.
#include "diff/comparison.hpp"
#include "flow/workload.hpp"
#include "graph/names.hpp"

#include <map>
#include <unordered_map>
#include <unordered_set>

namespace bizmap {
namespace {

std::optional<double> shown_hours(const std::vector<ProcessLoad>& loads,
                                  const UncountedWork& not_counted);

// One model's work, role by role, under the new model's ids.
class SideWork {
public:
  SideWork(const DiffSide& side, Side which, const Renames& renames)
      : side_(side), which_(which), renames_(renames), workload_(side.model) {
    for (const Role& role : side.model.roles) {
      note_role(role.id, &role);
    }
    for (const Process& process : side.model.processes) {
      add_process(process);
    }
    for (auto& entry : roles_) {
      for (const ProcessLoad& here : workload_.of(entry.second.id).processes) {
        entry.second.loads.emplace(process_key(here.process), &here);
      }
    }
  }

  const std::vector<std::string>& roles() const { return order_; }
  bool has(const std::string& role) const { return roles_.contains(role); }

  // Some role has hours counted: the model has quantities to compare.
  bool counted() const {
    for (const auto& entry : roles_) {
      if (workload_.of(entry.second.id).own_hours_per_week > 0) {
        return true;
      }
    }
    return false;
  }

  RoleWork work_of(const std::string& role) const {
    RoleWork work;
    auto found = roles_.find(role);
    if (found == roles_.end()) {
      work.hours_per_week = 0; // a role this model does not have does nothing here
      return work;
    }
    work.processes = found->second.processes;
    work.takes_hours = takes_hours(found->second);
    const RoleLoad& load = workload_.of(found->second.id);
    for (std::uint32_t p : load.processes_without_runs) {
      work.not_counted.processes_without_runs.push_back(process_key(p));
    }
    work.not_counted.steps_without_duration = load.steps_without_duration;
    if (work.takes_hours) {
      work.hours_per_week = shown_hours(load.processes, work.not_counted);
    }
    return work;
  }

  // The counted hours a role puts into some processes, and what is not
  // counted of them; none for a role that takes no hours.
  std::optional<double> hours_in(const std::string& role, const std::vector<std::string>& processes,
                                 UncountedWork& not_counted) const {
    auto found = roles_.find(role);
    if (found == roles_.end() || !takes_hours(found->second)) {
      return std::nullopt;
    }
    std::vector<ProcessLoad> loads;
    for (const std::string& process : processes) {
      auto here = found->second.loads.find(process);
      if (here == found->second.loads.end()) {
        continue; // it owns the process but performs no counted step there
      }
      loads.push_back(*here->second);
      if (!here->second->hours_per_week) {
        not_counted.processes_without_runs.push_back(process);
      }
      not_counted.steps_without_duration += here->second->untimed_steps;
    }
    return shown_hours(loads, not_counted);
  }

  std::string name_of(const std::string& role) const {
    const Entry& entry = roles_.at(role);
    return entry.declared == nullptr ? entry.id
                                     : display_name(entry.declared->name, entry.declared->id);
  }

  Place place_of(const std::string& role) const { return {which_, roles_.at(role).at}; }

private:
  struct Entry {
    std::string id;                 ///< as this model writes it
    Location at;                    ///< where it is declared, else first named
    const Role* declared = nullptr; ///< none for a role no catalogue entry declares
    std::vector<std::string> processes;
    /// Its counted work in each process, by process id (the new model's).
    std::unordered_map<std::string, const ProcessLoad*> loads = {};
  };

  std::string key(ElementKind kind, std::string_view id) const {
    return std::string(which_ == Side::old_model ? renames_.new_id(kind, id) : id);
  }

  std::string process_key(std::uint32_t p) const {
    return key(ElementKind::process, side_.model.processes[p].id.id);
  }

  Entry& note_role(const Ref& role, const Role* declared = nullptr) {
    std::string role_key = key(ElementKind::role, role.id);
    auto [found, added] = roles_.try_emplace(role_key, Entry{role.id, role.at, declared, {}});
    if (added) {
      order_.push_back(role_key);
    }
    return found->second;
  }

  void add_process(const Process& process) {
    std::string process_key = key(ElementKind::process, process.id.id);
    auto works_in = [&](const std::optional<Ref>& role) {
      if (!role) {
        return;
      }
      std::vector<std::string>& processes = note_role(*role).processes;
      if (processes.empty() || processes.back() != process_key) {
        processes.push_back(process_key);
      }
    };
    works_in(process.owner);
    for (const Step& step : process.steps) {
      works_in(performer(process, step));
    }
  }

  // An automation's or an outside party's steps take none of the business's hours.
  static bool takes_hours(const Entry& role) {
    // An undeclared role is a person.
    return role.declared == nullptr || (role.declared->kind != RoleKind::automation &&
                                        role.declared->kind != RoleKind::external);
  }

  const DiffSide& side_;
  Side which_;
  const Renames& renames_;
  Workload workload_;
  std::unordered_map<std::string, Entry> roles_;
  std::vector<std::string> order_;
};

// The counted hours of some work, beside what is not counted of it (as the
// role pages show them); none when nothing of it is counted and something is
// left out, since a figure of 0 would then be built on what is unknown.
std::optional<double> shown_hours(const std::vector<ProcessLoad>& loads,
                                  const UncountedWork& not_counted) {
  double hours = 0;
  bool any = false;
  for (const ProcessLoad& here : loads) {
    if (here.hours_per_week && here.minutes_per_run > 0) {
      hours += *here.hours_per_week;
      any = true;
    }
  }
  if (!any && !not_counted.empty()) {
    return std::nullopt;
  }
  return hours;
}

std::vector<std::string> missing_from(const std::vector<std::string>& these,
                                      const std::vector<std::string>& those) {
  std::unordered_set<std::string_view> known(those.begin(), those.end());
  std::vector<std::string> missing;
  for (const std::string& item : these) {
    if (!known.contains(item)) {
      missing.push_back(item);
    }
  }
  return missing;
}

// Hours that differ as they are shown, one decimal, or that are counted in
// one model only.
bool hours_differ(const RoleWork& before, const RoleWork& after) {
  if (before.hours_per_week.has_value() != after.hours_per_week.has_value()) {
    return true;
  }
  return before.hours_per_week &&
         hours_text(*before.hours_per_week) != hours_text(*after.hours_per_week);
}

// Each process one role lost and another gained, one move per pair of
// roles, in the order of the roles that lost them.
std::vector<WorkMove> find_moves(const std::vector<RoleWorkChange>& roles, const SideWork& before,
                                 const SideWork& after) {
  std::unordered_map<std::string_view, std::vector<const std::string*>> gainers;
  for (const RoleWorkChange& change : roles) {
    for (const std::string& process : change.gained) {
      gainers[process].push_back(&change.role);
    }
  }
  std::vector<WorkMove> moves;
  for (const RoleWorkChange& change : roles) {
    std::map<std::string_view, std::size_t> move_to; // the gaining role's move, by its id
    std::size_t first = moves.size();
    for (const std::string& process : change.lost) {
      auto found = gainers.find(process);
      if (found == gainers.end()) {
        continue;
      }
      for (const std::string* to : found->second) {
        auto [move, added] = move_to.try_emplace(*to, moves.size());
        if (added) {
          moves.push_back({change.role, *to, {}, std::nullopt, std::nullopt, {}, {}});
        }
        moves[move->second].processes.push_back(process);
      }
    }
    for (std::size_t m = first; m < moves.size(); ++m) {
      WorkMove& move = moves[m];
      move.hours_before = before.hours_in(move.from, move.processes, move.not_counted_before);
      move.hours_after = after.hours_in(move.to, move.processes, move.not_counted_after);
    }
  }
  return moves;
}

} // namespace

void compare_work(Comparison& comparison) {
  SideWork before(comparison.old_side, Side::old_model, comparison.renames);
  SideWork after(comparison.new_side, Side::new_model, comparison.renames);
  if (!before.counted() && !after.counted()) {
    return; // without quantities, the changes of owner and performer say it all
  }
  std::vector<std::string> roles = after.roles();
  for (const std::string& role : before.roles()) {
    if (!after.has(role)) {
      roles.push_back(role);
    }
  }
  WorkChanges& work = comparison.diff.work;
  for (const std::string& role : roles) {
    RoleWorkChange change{role, "", before.work_of(role), after.work_of(role), {}, {}, {}};
    // A role only one model has is of the kind that model gives it.
    RoleWork& absent = !before.has(role) ? change.before : change.after;
    const RoleWork& present = !before.has(role) ? change.after : change.before;
    if (!before.has(role) || !after.has(role)) {
      absent.takes_hours = present.takes_hours;
      absent.hours_per_week = present.takes_hours ? std::optional<double>(0) : std::nullopt;
    }
    change.gained = missing_from(change.after.processes, change.before.processes);
    change.lost = missing_from(change.before.processes, change.after.processes);
    if (change.gained.empty() && change.lost.empty() &&
        !hours_differ(change.before, change.after)) {
      continue;
    }
    const SideWork& named = after.has(role) ? after : before;
    change.name = named.name_of(role);
    change.at = named.place_of(role);
    work.roles.push_back(std::move(change));
  }
  work.moves = find_moves(work.roles, before, after);
}

} // namespace bizmap
