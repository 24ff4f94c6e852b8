#include "whatif/scenario.hpp"

#include "model/enum_names.hpp"
#include "model/quantity_text.hpp"
#include "model/suggest.hpp"

#include <algorithm>
#include <bizmap/usage_error.hpp>
#include <cmath>
#include <fmt/format.h>
#include <unordered_set>

namespace bizmap {
namespace {

// "ROLE=VALUE": both sides, or a usage error that shows the form.
std::pair<std::string, std::string> assignment(std::string_view option, std::string_view value,
                                               std::string_view form) {
  std::size_t equals = value.find('=');
  if (equals == std::string_view::npos || equals == 0 || equals + 1 == value.size()) {
    throw UsageError(fmt::format("{} '{}' is not written {}", option, value, form));
  }
  return {std::string(value.substr(0, equals)), std::string(value.substr(equals + 1))};
}

// Everything the scenario changes, one change at a time.
class Scenarist {
public:
  explicit Scenarist(const Model& model) : before_(model) {
    scenario_.model = model;
    std::size_t processes = model.processes.size();
    scenario_.fates.assign(processes, ProcessFate::runs);
    scenario_.reasons.assign(processes, {});
  }

  void apply(const ScenarioChange& change) {
    switch (change.kind) {
    case ScenarioChange::Kind::without:
      without(change);
      return;
    case ScenarioChange::Kind::move:
      move(change);
      return;
    case ScenarioChange::Kind::people:
      people(change);
      return;
    case ScenarioChange::Kind::scale:
      scale(change.number);
      return;
    case ScenarioChange::Kind::volume:
      volume(change);
      return;
    }
  }

  Scenario finish() {
    // A process that stops hands nothing over: its outputs reach nobody.
    for (std::size_t p = 0; p < scenario_.fates.size(); ++p) {
      if (scenario_.fates[p] == ProcessFate::stops) {
        scenario_.model.processes[p].outputs.clear();
        for (Step& step : scenario_.model.processes[p].steps) {
          step.outputs.clear();
        }
      }
    }
    reweigh_choices();
    return std::move(scenario_);
  }

private:
  Model& model() { return scenario_.model; }

  bool gone(ElementKind kind, std::string_view id) const { return is_gone(scenario_, kind, id); }

  // The element kinds that have an element with this id, in the order the
  // format lists them.
  std::vector<ElementKind> kinds_with(std::string_view id) const {
    const Model& m = scenario_.model;
    std::vector<ElementKind> kinds;
    auto has = [&](const auto& list) {
      return std::any_of(list.begin(), list.end(), [&](const auto& e) { return e.id.id == id; });
    };
    if (has(m.systems)) {
      kinds.push_back(ElementKind::system);
    }
    if (has(m.processes)) {
      kinds.push_back(ElementKind::process);
    }
    if (has(m.roles)) {
      kinds.push_back(ElementKind::role);
    }
    if (has(m.tools)) {
      kinds.push_back(ElementKind::tool);
    }
    return kinds;
  }

  std::vector<std::string_view> ids_of(ElementKind kind) const {
    const Model& m = scenario_.model;
    std::vector<std::string_view> ids;
    auto add = [&](const auto& list) {
      for (const auto& element : list) {
        ids.push_back(element.id.id);
      }
    };
    switch (kind) {
    case ElementKind::system:
      add(m.systems);
      break;
    case ElementKind::process:
      add(m.processes);
      break;
    case ElementKind::role:
      add(m.roles);
      break;
    case ElementKind::tool:
      add(m.tools);
      break;
    case ElementKind::data:
      break;
    }
    return ids;
  }

  [[noreturn]] void unknown(std::string_view written, std::string_view kind,
                            std::string_view id) const {
    std::vector<std::string_view> candidates;
    if (kind.empty()) {
      for (ElementKind k :
           {ElementKind::system, ElementKind::process, ElementKind::role, ElementKind::tool}) {
        std::vector<std::string_view> ids = ids_of(k);
        candidates.insert(candidates.end(), ids.begin(), ids.end());
      }
    } else {
      candidates = ids_of(*value_named<ElementKind>(kind, element_kind_names));
    }
    throw UsageError(fmt::format("{}: the model has no {} '{}'{}", written,
                                 kind.empty() ? "role, tool, process or system" : kind, id,
                                 did_you_mean(Suggester(candidates).closest(id))));
  }

  Role& role_named(std::string_view id, std::string_view written) {
    for (Role& role : model().roles) {
      if (role.id.id == id) {
        if (gone(ElementKind::role, id)) {
          throw UsageError(fmt::format("{}: role '{}' is gone already", written, id));
        }
        return role;
      }
    }
    unknown(written, "role", id);
  }

  void without(const ScenarioChange& change) {
    std::optional<ElementKind> kind = change.element;
    if (!kind) {
      std::vector<ElementKind> kinds = kinds_with(change.id);
      if (kinds.empty()) {
        unknown(change.written, "", change.id);
      }
      if (kinds.size() > 1) {
        std::vector<std::string> named;
        for (ElementKind k : kinds) {
          named.push_back(fmt::format(
              "{}:{}", name_of(k, NameTable<ElementKind>(element_kind_names)), change.id));
        }
        throw UsageError(fmt::format("{}: '{}' names more than one thing; write {}", change.written,
                                     change.id, fmt::join(named, " or ")));
      }
      kind = kinds.front();
    }
    switch (*kind) {
    case ElementKind::role:
      without_role(change);
      return;
    case ElementKind::tool:
      without_tool(change);
      return;
    case ElementKind::process:
      without_process(change);
      return;
    case ElementKind::system:
      without_system(change);
      return;
    case ElementKind::data:
      break;
    }
    throw UsageError(fmt::format("{}: a data item cannot be gone; name a role, tool, process or "
                                 "system",
                                 change.written));
  }

  void stop(std::size_t p, std::string reason) {
    scenario_.fates[p] = ProcessFate::stops;
    scenario_.reasons[p].push_back(std::move(reason));
  }

  void lose(std::size_t p, std::string reason) {
    if (scenario_.fates[p] == ProcessFate::runs) {
      scenario_.fates[p] = ProcessFate::unaccountable;
    }
    scenario_.reasons[p].push_back(std::move(reason));
  }

  // The first listed backup still present: not its own backups.
  std::optional<std::string> backup_of(const Role& role) const {
    for (const Ref& backup : role.backup) {
      const auto& roles = scenario_.model.roles;
      bool declared = std::any_of(roles.begin(), roles.end(),
                                  [&](const Role& r) { return r.id.id == backup.id; });
      if (declared && !gone(ElementKind::role, backup.id) && backup.id != role.id.id) {
        return backup.id;
      }
    }
    return std::nullopt;
  }

  void without_role(const ScenarioChange& change) {
    Role& role = role_named(change.id, change.written);
    std::optional<std::string> backup = backup_of(role);
    std::string id = role.id.id;
    scenario_.gone.push_back({ElementKind::role, id});
    if (backup) {
      hand_over(id, *backup);
      return;
    }
    leave_without_cover(id);
  }

  // Every place the role is named: its work, and what it answers for.
  void hand_over(const std::string& from, const std::string& to) {
    ShiftedWork shift{from, to, {}, {}};
    auto rename = [&](std::optional<Ref>& ref) {
      if (ref && ref->id == from) {
        ref->id = to;
      }
    };
    auto rename_all = [&](std::vector<Ref>& refs) {
      for (Ref& ref : refs) {
        if (ref.id == from) {
          ref.id = to;
        }
      }
    };
    for (std::size_t p = 0; p < model().processes.size(); ++p) {
      Process& process = model().processes[p];
      bool owned = process.owner && process.owner->id == from;
      for (std::size_t s = 0; s < process.steps.size(); ++s) {
        Step& step = process.steps[s];
        if ((step.by && step.by->id == from) || (!step.by && owned)) {
          shift.steps.push_back({p, s});
        }
        rename(step.by);
      }
      if (owned) {
        shift.owned.push_back(p);
      }
      rename(process.owner);
      rename_all(process.consulted);
      rename_all(process.informed);
    }
    for (System& system : model().systems) {
      rename(system.manager);
    }
    for (Role& role : model().roles) {
      rename_all(role.backup); // backup lists follow the work
      rename(role.filled_by);
    }
    scenario_.shifts.push_back(std::move(shift));
  }

  void leave_without_cover(const std::string& id) {
    ShiftedWork shift{id, std::nullopt, {}, {}};
    for (std::size_t p = 0; p < model().processes.size(); ++p) {
      Process& process = model().processes[p];
      bool owned = process.owner && process.owner->id == id;
      std::size_t first = shift.steps.size();
      for (std::size_t s = 0; s < process.steps.size(); ++s) {
        const Step& step = process.steps[s];
        if ((step.by && step.by->id == id) || (!step.by && owned)) {
          shift.steps.push_back({p, s});
        }
      }
      if (shift.steps.size() > first) {
        std::size_t count = shift.steps.size() - first;
        stop(p, fmt::format("{} done by '{}', who is gone with no backup",
                            count == 1 ? fmt::format("step {} is", shift.steps[first].step + 1)
                                       : fmt::format("{} steps are", count),
                            id));
      }
      if (owned) {
        shift.owned.push_back(p);
        process.owner.reset();
        lose(p, fmt::format("its owner '{}' is gone", id));
      }
      auto named = [&](const std::vector<Ref>& refs) {
        return std::any_of(refs.begin(), refs.end(), [&](const Ref& r) { return r.id == id; });
      };
      if (named(process.consulted) || named(process.informed)) {
        lose(p, fmt::format("'{}', consulted or informed, is gone", id));
      }
      std::erase_if(process.consulted, [&](const Ref& r) { return r.id == id; });
      std::erase_if(process.informed, [&](const Ref& r) { return r.id == id; });
    }
    for (System& system : model().systems) {
      if (system.manager && system.manager->id == id) {
        system.manager.reset();
        for (std::size_t p : system.processes) {
          lose(p, fmt::format("the manager of its system, '{}', is gone", id));
        }
      }
    }
    for (Role& role : model().roles) {
      std::erase_if(role.backup, [&](const Ref& r) { return r.id == id; });
      if (role.filled_by && role.filled_by->id == id) {
        role.filled_by.reset();
      }
    }
    scenario_.shifts.push_back(std::move(shift));
  }

  void without_tool(const ScenarioChange& change) {
    const auto& tools = model().tools;
    bool declared = std::any_of(tools.begin(), tools.end(),
                                [&](const Tool& tool) { return tool.id.id == change.id; });
    bool used = false;
    for (const Process& process : model().processes) {
      for (const Step& step : process.steps) {
        used = used || (step.tool && step.tool->id == change.id);
      }
    }
    if (!declared && !used) {
      unknown(change.written, "tool", change.id);
    }
    scenario_.gone.push_back({ElementKind::tool, change.id});
    for (std::size_t p = 0; p < model().processes.size(); ++p) {
      const Process& process = model().processes[p];
      for (std::size_t s = 0; s < process.steps.size(); ++s) {
        if (process.steps[s].tool && process.steps[s].tool->id == change.id) {
          stop(p, fmt::format("step {} uses '{}', which is gone", s + 1, change.id));
          break;
        }
      }
    }
  }

  void without_process(const ScenarioChange& change) {
    for (std::size_t p = 0; p < model().processes.size(); ++p) {
      if (model().processes[p].id.id == change.id) {
        scenario_.gone.push_back({ElementKind::process, change.id});
        stop(p, "it is gone");
        return;
      }
    }
    unknown(change.written, "process", change.id);
  }

  void stop_system(std::size_t s, const std::string& id) {
    for (std::size_t p : model().systems[s].processes) {
      stop(p, fmt::format("its system '{}' is gone", id));
    }
    for (std::size_t sub : model().systems[s].subsystems) {
      stop_system(sub, id);
    }
  }

  void without_system(const ScenarioChange& change) {
    for (std::size_t s = 0; s < model().systems.size(); ++s) {
      if (model().systems[s].id.id == change.id) {
        scenario_.gone.push_back({ElementKind::system, change.id});
        stop_system(s, change.id);
        return;
      }
    }
    unknown(change.written, "system", change.id);
  }

  void move(const ScenarioChange& change) {
    Role& from = role_named(change.id, change.written);
    Role& to = role_named(change.to, change.written);
    if (to.kind == RoleKind::automation || to.kind == RoleKind::external) {
      throw UsageError(fmt::format(
          "{}: '{}' is {} role; work moves to a person, a team or a vendor", change.written,
          change.to, to.kind == RoleKind::automation ? "an automation" : "an outside"));
    }
    if (from.id.id == to.id.id) {
      throw UsageError(fmt::format("{}: the work would move to the role it is in", change.written));
    }
    hand_over(from.id.id, to.id.id);
  }

  void people(const ScenarioChange& change) {
    Role& role = role_named(change.id, change.written);
    if (role.kind == RoleKind::person && change.number > 1) {
      throw UsageError(fmt::format("{}: '{}' is a person, and a person is one person; give a "
                                   "team more people, or 0 for someone away",
                                   change.written, change.id));
    }
    if (role.kind == RoleKind::automation || role.kind == RoleKind::external) {
      throw UsageError(fmt::format(
          "{}: '{}' is {} role, which has no people of the business", change.written, change.id,
          role.kind == RoleKind::automation ? "an automation" : "an outside"));
    }
    role.people = static_cast<std::uint32_t>(change.number);
  }

  void scale(double factor) {
    scenario_.scaled = true;
    for (Process& process : model().processes) {
      if (process.volume) {
        process.volume->amount *= factor;
      }
    }
  }

  void volume(const ScenarioChange& change) {
    for (Process& process : model().processes) {
      if (process.id.id != change.id) {
        continue;
      }
      bool periodic =
          process.frequency != Frequency::unspecified && process.frequency != Frequency::on_demand;
      if (change.volume.per == Volume::Per::round && !periodic) {
        throw UsageError(fmt::format(
            "{}: '{}' does not run on a schedule, so a bare number of runs has nothing to count "
            "against; write a rate such as '{}/month'",
            change.written, change.id, number_text(change.volume.amount)));
      }
      Location at = process.volume ? process.volume->at : process.id.at;
      process.volume = change.volume;
      process.volume->at = at;
      return;
    }
    unknown(change.written, "process", change.id);
  }

  // A `one_of` alternative that arrived before and no longer does: the
  // cases that took it now take the others, so its share goes to them in
  // proportion. Without this, its cases would count as taking no time.
  void reweigh_choices() {
    std::unordered_set<std::string_view> before = arriving(before_);
    std::unordered_set<std::string_view> after = arriving(model());
    for (Process& process : model().processes) {
      for (InputChoice& choice : process.choices) {
        if (choice.shares.size() != choice.count) {
          continue; // without shares the longest alternative that arrives counts
        }
        std::vector<bool> lost(choice.count);
        for (std::size_t k = 0; k < choice.count; ++k) {
          const std::string& id = process.inputs[choice.first + k].id;
          lost[k] = before.contains(id) && !after.contains(id);
        }
        reweigh(choice, lost);
      }
    }
  }

  // The data that arrives in a model: from outside, or from some process.
  static std::unordered_set<std::string_view> arriving(const Model& model) {
    std::unordered_set<std::string_view> data;
    for (const Ref& input : model.external_inputs) {
      data.insert(input.id);
    }
    for (const Process& process : model.processes) {
      for (const Ref& output : process.outputs) {
        data.insert(output.id);
      }
    }
    return data;
  }

  // Shares of the alternatives still arriving, scaled to sum to 100 again;
  // what whole percents leave over goes to the largest.
  static void reweigh(InputChoice& choice, const std::vector<bool>& lost) {
    std::uint32_t kept = 0;
    for (std::size_t k = 0; k < choice.count; ++k) {
      kept += lost[k] ? 0 : choice.shares[k];
    }
    bool any_lost = std::find(lost.begin(), lost.end(), true) != lost.end();
    if (!any_lost || kept == 0) {
      return; // nothing lost, or nothing left to take its cases
    }
    std::uint32_t total = 0;
    std::size_t largest = 0;
    for (std::size_t k = 0; k < choice.count; ++k) {
      choice.shares[k] = lost[k] ? 0 : choice.shares[k] * 100 / kept;
      total += choice.shares[k];
      largest = choice.shares[k] > choice.shares[largest] ? k : largest;
    }
    choice.shares[largest] += 100 - total;
  }

  const Model& before_;
  Scenario scenario_;
};

} // namespace

ScenarioChange parse_change(std::string_view option, std::string_view value) {
  ScenarioChange change;
  change.written = fmt::format("{} {}", option, value);
  if (option == "--without") {
    change.kind = ScenarioChange::Kind::without;
    std::size_t colon = value.find(':');
    change.id = std::string(colon == std::string_view::npos ? value : value.substr(colon + 1));
    if (colon != std::string_view::npos) {
      std::string_view kind = value.substr(0, colon);
      change.element = value_named<ElementKind>(kind, element_kind_names);
      if (!change.element || *change.element == ElementKind::data) {
        constexpr std::string_view kinds[] = {"role", "tool", "process", "system"};
        throw UsageError(fmt::format("{}: '{}' is not a kind of thing that can be gone; write "
                                     "role:, tool:, process: or system:{}",
                                     change.written, kind, did_you_mean(closest(kind, kinds))));
      }
    }
    if (change.id.empty()) {
      throw UsageError(fmt::format("{}: name what is gone, such as role:payroll", change.written));
    }
    return change;
  }
  if (option == "--move") {
    change.kind = ScenarioChange::Kind::move;
    std::tie(change.id, change.to) = assignment(option, value, "ROLE=ROLE, such as sam=alex");
    return change;
  }
  if (option == "--people") {
    change.kind = ScenarioChange::Kind::people;
    std::string count;
    std::tie(change.id, count) = assignment(option, value, "ROLE=N, such as bookkeepers=4");
    std::optional<double> number = parse_number(count);
    if (!number || *number < 0 || *number != std::floor(*number) || *number > 100000) {
      throw UsageError(
          fmt::format("{}: '{}' is not a whole number of people", change.written, count));
    }
    change.number = *number;
    return change;
  }
  if (option == "--scale") {
    change.kind = ScenarioChange::Kind::scale;
    std::optional<double> number = parse_number(value);
    if (!number || *number <= 0 || *number > 1000) {
      throw UsageError(fmt::format("{}: the factor is a number above 0, such as 1.5 for half as "
                                   "much work again",
                                   change.written));
    }
    change.number = *number;
    return change;
  }
  change.kind = ScenarioChange::Kind::volume;
  std::string volume;
  std::tie(change.id, volume) =
      assignment(option, value, "PROCESS=N or PROCESS=N/PERIOD, such as invoicing=30/month");
  std::optional<Volume> parsed = parse_volume(volume);
  if (!parsed) {
    throw UsageError(fmt::format("{}: '{}' is not a volume; write a whole number of runs (140) or "
                                 "a rate per day, week, month, quarter or year (30/month)",
                                 change.written, volume));
  }
  change.volume = *parsed;
  return change;
}

bool is_gone(const Scenario& scenario, ElementKind kind, std::string_view id) {
  return std::any_of(scenario.gone.begin(), scenario.gone.end(),
                     [&](const Subject& gone) { return gone.kind == kind && gone.id == id; });
}

Scenario apply_changes(const Model& model, std::span<const ScenarioChange> changes) {
  Scenarist scenarist(model);
  for (const ScenarioChange& change : changes) {
    scenarist.apply(change);
  }
  return scenarist.finish();
}

} // namespace bizmap
