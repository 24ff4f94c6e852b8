#pragma once

#include <bizmap/diagnostic.hpp>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// An id, or a reference to one, with where it was written.
struct Ref {
  std::string id;
  Location at;
};

/// A model file as it was read.
struct SourceFile {
  std::string path; ///< as given on the command line or found in a folder
  std::string text;
};

/// What fills a role. `external` is outside the business, acting for itself
/// (a customer, an authority): its processes are what the outside world does.
enum class RoleKind : std::uint8_t { person, team, vendor, automation, external };
enum class Layer : std::uint8_t { unspecified, operational, management, strategic };
enum class Frequency : std::uint8_t {
  unspecified,
  on_demand,
  daily,
  weekly,
  fortnightly,
  monthly,
  quarterly,
  yearly
};
/// Who does a step. `stays_manual` is manual by decision (a control, an
/// approval): manual everywhere but in the automation opportunities.
enum class Automation : std::uint8_t { manual, automated, delegated, stays_manual };
/// What a data item is: a case that moves along (`flow`), or standing
/// information kept and read again (`record`), which puts no producer on a
/// case's path.
enum class DataKind : std::uint8_t { flow, record };

struct Duration {
  std::uint32_t amount = 0;
  char unit = 'm'; ///< m(inutes), h(ours), d(ays) or w(eeks)
};

/// Working time: every duration, wait and `due` counts in it.
struct Calendar {
  double hours_per_day = 8;
  double days_per_week = 5;
  Location at;
};

/// How many runs a process has: `amount` each time its frequency comes round
/// (`140`), or a rate (`30/month`).
struct Volume {
  enum class Per : std::uint8_t { round, day, week, month, quarter, year };
  double amount = 0;
  Per per = Per::round;
  Location at;
};

/// Inputs of which any one will do (`one_of`): an exclusive choice, with the
/// percent of cases that go each way where the author knows it.
struct InputChoice {
  std::size_t first = 0;             ///< index into Process::inputs of the first alternative
  std::size_t count = 0;             ///< how many alternatives follow it there
  std::vector<std::uint32_t> shares; ///< one per alternative, summing to 100; empty: unknown
  Location at;
};

/// A calendar date, as an ISO date (`2026-03-01`) writes it.
struct Date {
  int year = 1970;
  int month = 1; ///< 1-12
  int day = 1;   ///< 1-31

  friend auto operator<=>(const Date&, const Date&) = default;
};

/// How often a procedure is reviewed: `6mo` is {6, months}.
struct ReviewCadence {
  enum class Unit : std::uint8_t { weeks, months, years };
  std::uint32_t amount = 0;
  Unit unit = Unit::months;
  Location at;
};

struct Business {
  std::string name;
  std::string description;
  std::optional<ReviewCadence> review_every; ///< the default of every process
  std::optional<Date> reviewed;              ///< the default `reviewed` date of every process
  std::optional<Location> reviewed_at;       ///< where `reviewed` is written, valid or not
  std::optional<Calendar> calendar;          ///< none: 8-hour days, 5-day weeks
  Location at;
};

/// Who can own or perform work.
struct Role {
  Ref id;
  std::string name;
  RoleKind kind = RoleKind::person;
  std::string description;
  std::optional<std::uint32_t> people;  ///< how many people fill it
  std::optional<double> hours_per_week; ///< each person's working hours
  std::vector<Ref> backup;              ///< roles that step in when these people are away
  std::optional<Ref> filled_by;         ///< a hat another role wears: its work counts there
};

/// Software or equipment that processes run on.
struct Tool {
  Ref id;
  std::string name;
  std::string description;
};

/// Information that flows between processes.
struct DataItem {
  Ref id;
  std::string name;
  std::string description;
  std::vector<std::string> fields;
  DataKind kind = DataKind::flow;
  std::optional<Ref> system_of_record; ///< a tool id
};

/// What to do when something goes wrong.
struct WhatIf {
  std::string condition;
  std::string response;
  Location at;
  /// The process ids `response` names in backticks (`register-patient`).
  std::vector<Ref> processes;
};

/// A web page a step points its performer to.
struct Link {
  std::string title; ///< empty: the address is shown
  std::string url;
  Location at;
};

struct Step {
  std::string action;
  Location at;
  std::optional<Ref> by; ///< a role id; the process owner when absent
  std::optional<Ref> tool;
  std::vector<Ref> inputs;
  std::vector<Ref> outputs;
  std::optional<Duration> duration;   ///< hands-on time of one run
  std::optional<Duration> wait;       ///< time that passes before the step starts
  std::optional<std::uint32_t> share; ///< percent of runs that do the step; none: 100
  Automation automation = Automation::manual;
  std::string notes; ///< Markdown for the person doing the step
  std::vector<Link> links;
  std::vector<WhatIf> what_ifs;
};

/// The "how": ordered steps that turn inputs into outputs.
struct Process {
  Ref id;
  std::string name;
  std::string description;
  std::optional<Ref> owner;
  Layer layer = Layer::unspecified;
  std::string trigger;
  Frequency frequency = Frequency::unspecified;
  std::optional<Volume> volume;
  std::optional<Duration> due;      ///< each run's outputs are due within this time of its start
  std::vector<Ref> inputs;          ///< every data id, the alternatives of a `one_of` too
  std::vector<InputChoice> choices; ///< the `one_of` inputs, as ranges of `inputs`
  std::vector<Ref> outputs;
  std::vector<Ref> tools;
  std::vector<Step> steps;
  std::vector<WhatIf> what_ifs;
  std::vector<Ref> consulted;                ///< role ids asked before the work (RACI "C")
  std::vector<Ref> informed;                 ///< role ids told after it (RACI "I")
  std::optional<Date> reviewed;              ///< when the procedure was last reviewed
  std::optional<Location> reviewed_at;       ///< where `reviewed` is written, valid or not
  std::optional<ReviewCadence> review_every; ///< none: the business's default
  std::optional<std::size_t> system;         ///< index into Model::systems
};

/// The "what": a goal, outcomes and a manager who answers for them.
struct System {
  Ref id;
  std::string name;
  std::string goal;
  std::optional<Ref> manager;
  std::vector<Ref> outcomes;
  std::vector<Ref> tools;
  std::optional<std::size_t> parent;   ///< index into Model::systems
  std::vector<std::size_t> subsystems; ///< indices into Model::systems
  std::vector<std::size_t> processes;  ///< indices into Model::processes
};

/// Lines of a model file that could not be read, even after repairing the
/// YAML mistakes that could be repaired.
struct UnreadLines {
  std::uint32_t file; ///< index into Model::files
  std::uint32_t first;
  std::uint32_t last;
};

/// Everything the files of one command describe, merged into one business.
struct Model {
  std::vector<SourceFile> files;
  std::optional<Business> business;
  std::vector<Role> roles;
  std::vector<Tool> tools;
  std::vector<DataItem> data;
  bool declares_roles = false; ///< a `roles` catalogue exists, even an empty one
  bool declares_tools = false;
  bool declares_data = false;
  std::vector<Ref> external_inputs;
  std::vector<Ref> external_outputs;
  std::vector<System> systems;    ///< every system, each parent before its subsystems
  std::vector<Process> processes; ///< every process, in file order
  /// Processes whose id another process has already: left out of the model
  /// (duplicate-id reports them) but not out of its handoffs, so that the
  /// data they take and hand over still counts.
  std::vector<Process> processes_with_taken_ids;
  std::vector<UnreadLines> unread;
  /// Every word of the unread lines: rules that look across the model report
  /// nothing that these lines may explain.
  std::set<std::string, std::less<>> unread_words;

  /// Whether the unread lines may mention `name`.
  bool may_be_unread(std::string_view name) const {
    return !unread_words.empty() && unread_words.contains(name);
  }
  /// Whether a file has unread lines after `line`: the element written there
  /// may go on in them.
  bool unread_after(std::uint32_t file, std::uint32_t line) const {
    for (const UnreadLines& lines : unread) {
      if (lines.file == file && lines.last >= line) {
        return true;
      }
    }
    return false;
  }
};

} // namespace bizmap
