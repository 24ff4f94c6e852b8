// Reading the format's quantity keys: values, and a finding in plain words
// for each wrong one.
#include "flow/working_time.hpp"
#include "support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

const std::string quantities_model = R"(bizmap: 1
business:
  name: Ledgerly
  calendar: {hours_per_day: 7.5, days_per_week: 5}
roles:
  - {id: bookkeeper, kind: team, people: 5, hours_per_week: 37.5, backup: [senior]}
  - {id: senior, kind: team, people: 2}
  - {id: sales, filled_by: owner}
  - {id: owner}
  - {id: client, kind: external}
data:
  - {id: risk, kind: record}
external:
  inputs: [feed, paid, chased]
systems:
  - id: books
    manager: owner
    processes:
      - id: reconcile
        owner: bookkeeper
        frequency: fortnightly
        volume: 140
        due: 10d
        inputs:
          - feed
          - one_of: [paid, chased]
            share: [95, 5]
          - risk
        steps:
          - {do: Wait for the statements, wait: 2d}
          - {do: Reconcile, duration: 2h, share: 30, automation: stays-manual}
      - id: enquiry
        owner: sales
        frequency: on-demand
        volume: 30/month
        outputs: [risk]
)";

std::string messages_of(const Checked& checked) {
  std::string text;
  for (const Diagnostic& finding : checked.findings) {
    text += std::string(finding.rule) + ": " + finding.message + "\n";
  }
  return text;
}

} // namespace

TEST_CASE("the quantity keys are read into the model", "[quantities]") {
  Checked checked = check_text(quantities_model);
  INFO(messages_of(checked));
  for (const std::string& rule : rules_of(checked)) {
    CHECK(rule != "invalid-value");
    CHECK(rule != "unknown-key");
  }
  // senior is a backup, owner wears the sales hat: both in use
  CHECK(messages_of(checked).find("role 'senior'") == std::string::npos);
  CHECK(messages_of(checked).find("role 'owner'") == std::string::npos);
  const Model& model = checked.loaded.model;
  REQUIRE(model.business->calendar);
  CHECK(model.business->calendar->hours_per_day == 7.5);
  CHECK(model.roles[0].people == 5U);
  CHECK(model.roles[0].hours_per_week == 37.5);
  CHECK(model.roles[0].backup.at(0).id == "senior");
  CHECK(model.roles[2].filled_by->id == "owner");
  CHECK(model.roles[4].kind == RoleKind::external);
  CHECK(model.data[0].kind == DataKind::record);
  const Process& reconcile = model.processes[0];
  CHECK(reconcile.frequency == Frequency::fortnightly);
  CHECK(reconcile.volume->amount == 140);
  CHECK(reconcile.volume->per == Volume::Per::round);
  CHECK(reconcile.due->amount == 10);
  REQUIRE(reconcile.inputs.size() == 4);
  REQUIRE(reconcile.choices.size() == 1);
  CHECK(reconcile.choices[0].first == 1);
  CHECK(reconcile.choices[0].count == 2);
  CHECK(reconcile.choices[0].shares == std::vector<std::uint32_t>{95, 5});
  CHECK(reconcile.steps[0].wait->unit == 'd');
  CHECK(reconcile.steps[1].share == 30U);
  CHECK(reconcile.steps[1].automation == Automation::stays_manual);
  CHECK(model.processes[1].volume->per == Volume::Per::month);
  CHECK(model.processes[1].volume->amount == 30);
}

TEST_CASE("a wrong quantity is one finding that says what to write", "[quantities]") {
  auto only_finding = [](const std::string& yaml) {
    Checked checked = check_text("bizmap: 1\n" + yaml);
    std::vector<std::string> found;
    for (const Diagnostic& finding : checked.findings) {
      if (finding.rule == "invalid-value") {
        found.push_back(finding.message);
      }
    }
    INFO(messages_of(checked));
    REQUIRE(found.size() == 1);
    return found.front();
  };
  CHECK(only_finding("roles: [{id: senior, people: 2}]\n") ==
        "role 'senior' is a person (the default kind) and a person is one person, but it has "
        "people: 2; write 'kind: team' for a group of people");
  CHECK(only_finding("roles: [{id: team, kind: team, people: 2.5}]\n") ==
        "'people' is '2.5', but takes a whole number from 1 to 100000");
  CHECK(only_finding("business: {name: b, calendar: {hours_per_day: 25}}\n") ==
        "'hours_per_day' is '25', but takes a number above 0 and at most 24");
  std::string process = "systems:\n  - id: s\n    processes:\n      - id: p\n        owner: o\n";
  CHECK(only_finding(process + "        frequency: on-demand\n        volume: 30\n") ==
        "volume '30' counts runs each time the frequency comes round, but 'p' runs on demand: "
        "write a rate such as '30/month'");
  CHECK(only_finding(process + "        volume: 30 per month\n") ==
        "volume '30 per month' is written as a number, or a number per day, week, month, "
        "quarter or year: write 30/month; bizmap reads it as 30/month");
  CHECK(only_finding(process + "        volume: lots\n") ==
        "volume 'lots' is not a whole number of runs (like '140') or a rate (like '30/month', "
        "per day, week, month, quarter or year)");
  CHECK(only_finding(process + "        due: 3 days\n") ==
        "due '3 days' must be one whole number and one unit (m, h, d or w): write 3d; bizmap "
        "reads it as 3d");
  CHECK(only_finding(process + "        inputs: [{one_of: [a, b], share: [95, 6]}]\n") ==
        "the shares add up to 101, not 100: each is the percent of cases that go that way");
  CHECK(only_finding(process + "        inputs: [{one_of: [a, b], share: [100]}]\n") ==
        "'share' has 1 numbers for 2 alternatives: give one percent for each, in the order of "
        "'one_of'");
  CHECK(only_finding(process + "        inputs: [{one_of: [a]}]\n") ==
        "'one_of' names only 'a': an input with one way in is the input itself; write '- a'");
  CHECK(only_finding(process + "        steps: [{do: x, wait: 5}]\n") ==
        "wait '5' has no unit: write 5m for minutes or 5h for hours");
  CHECK(only_finding(process + "        steps: [{do: x, share: -5}]\n") ==
        "'share' is '-5', but takes a whole number from 0 to 10000");
}

TEST_CASE("a backup or filled_by that names no declared role is unknown-role, about the role",
          "[quantities]") {
  // A model with no process at all: the finding is about the role that names
  // the missing one, never about a process.
  Checked checked = check_text("bizmap: 1\n"
                               "roles:\n"
                               "  - {id: founder, backup: [account-manager]}\n"
                               "  - {id: sales, filled_by: fonder}\n");
  std::vector<std::string> found;
  for (const Diagnostic& finding : checked.findings) {
    if (finding.rule == "unknown-role") {
      REQUIRE(finding.subject);
      CHECK(finding.subject->kind == ElementKind::role);
      // At the id it names: line 3 and 4, column 28 (counted in the lines above).
      found.push_back(fmt::format("{}:{} {}: {}", finding.at.line, finding.at.column,
                                  finding.subject->id, finding.message));
    }
  }
  INFO(messages_of(checked));
  REQUIRE(found.size() == 2);
  CHECK(found[0] == "3:28 founder: role 'founder' is backed up by 'account-manager', which is "
                    "not a declared role");
  CHECK(found[1] == "4:28 sales: role 'sales' is filled by 'fonder', which is not a declared "
                    "role; did you mean 'founder'?");
}

TEST_CASE("a volume read as meant keeps the process counted", "[quantities]") {
  Checked checked = check_text("bizmap: 1\nsystems:\n  - id: s\n    processes:\n      - id: p\n"
                               "        volume: 12 a year\n");
  const Process& process = checked.loaded.model.processes.at(0);
  REQUIRE(process.volume);
  CHECK(process.volume->amount == 12);
  CHECK(process.volume->per == Volume::Per::year);
}

TEST_CASE("runs per week follow the volume, the frequency and the calendar", "[quantities]") {
  Checked checked = check_text(quantities_model);
  const Model& model = checked.loaded.model;
  WorkingTime time = WorkingTime::of(model);
  CHECK(time.minutes_per_day() == 450);  // 7.5 hours
  CHECK(time.minutes({2, 'd'}) == 900);  // two working days of 7.5 hours
  CHECK(time.minutes({1, 'w'}) == 2250); // five of them
  CHECK(time.calendar_days(2250) == 7);  // a working week is a calendar week
  // reconcile: fortnightly, 140 each time: 140 × 1/2 = 70 a week
  CHECK(time.runs_per_week(model.processes[0]) == 70);
  // enquiry: 30/month, on demand: 30 × 12 / 52 = 6.923...
  CHECK(*time.runs_per_week(model.processes[1]) == Approx(30.0 * 12 / 52));
  Process daily;
  daily.frequency = Frequency::daily;
  CHECK(time.runs_per_week(daily) == 5); // one run on each of 5 working days
  daily.volume = Volume{2, Volume::Per::day, {}};
  CHECK(time.runs_per_week(daily) == 10);
  Process on_demand;
  on_demand.frequency = Frequency::on_demand;
  CHECK_FALSE(time.runs_per_week(on_demand)); // not counted: the model does not say
}

TEST_CASE("a one_of input arrives when any one of its alternatives does", "[quantities]") {
  Checked checked = check_text(R"(bizmap: 1
external: {inputs: [web-form], outputs: [signed]}
systems:
  - id: sales
    goal: Sign clients
    processes:
      - id: qualify
        owner: sales
        trigger: A lead arrives
        inputs:
          - one_of: [web-form, referral]
        outputs: [signed]
        steps: [Qualify]
)");
  // No process produces 'referral', but the web form comes in: the lead
  // arrives, and the signed client is reached.
  std::vector<std::string> rules = rules_of(checked);
  CHECK(std::find(rules.begin(), rules.end(), "unproduced-input") == rules.end());
  CHECK(std::find(rules.begin(), rules.end(), "unreachable-outcome") == rules.end());
  Checked neither = check_text(R"(bizmap: 1
external: {outputs: [signed]}
systems:
  - id: sales
    goal: Sign clients
    processes:
      - id: qualify
        owner: sales
        trigger: A lead arrives
        inputs:
          - one_of: [web-form, referral]
        outputs: [signed]
        steps: [Qualify]
)");
  std::vector<std::string> broken = rules_of(neither);
  CHECK(std::count(broken.begin(), broken.end(), "unproduced-input") == 2);
}

TEST_CASE("a wrong quantity is found at the value that is wrong", "[quantities]") {
  auto place_of = [](const std::string& yaml) {
    Checked checked = check_text("bizmap: 1\n" + yaml);
    for (const Diagnostic& finding : checked.findings) {
      if (finding.rule == "invalid-value") {
        return std::pair{finding.at.line, finding.at.column};
      }
    }
    return std::pair{0U, 0U};
  };
  // Columns counted by hand from the lines as written below.
  CHECK(place_of("roles: [{id: senior, people: 2}]\n") == std::pair{2U, 30U});
  std::string process = "systems:\n  - id: s\n    processes:\n      - id: p\n        owner: o\n";
  CHECK(place_of(process + "        inputs: [{one_of: [a, b], share: [95, 6]}]\n") ==
        std::pair{7U, 42U});
  CHECK(place_of(process + "        frequency: on-demand\n        volume: 30\n") ==
        std::pair{8U, 17U});
}
