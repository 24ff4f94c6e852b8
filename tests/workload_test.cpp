// Hours per week and capacity of each role, worked out by hand beside
// bizmap's (docs/quantities.md, "Workload and capacity"), and the rules that
// leave outside parties' processes alone.
#include "flow/workload.hpp"
#include "support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

const std::string workload_model = R"(bizmap: 1
business:
  name: Ledgerly
  calendar: {hours_per_day: 7.5, days_per_week: 4}
roles:
  - {id: bookkeeper, kind: team, people: 3, hours_per_week: 20}
  - {id: owner, backup: [bookkeeper]}
  - {id: sales, filled_by: owner}
  - {id: payroll-bureau, kind: vendor}
  - {id: robot, kind: automation}
  - {id: client, kind: external}
  - {id: temps, kind: team}
external:
  inputs: [request]
systems:
  - id: books
    manager: owner
    processes:
      - id: reconcile
        owner: bookkeeper
        frequency: monthly
        volume: 130
        due: 8d
        inputs: [request]
        steps:
          - {do: Import, duration: 1h, automation: automated}
          - {do: Match lines, by: robot, duration: 2h}
          - {do: Reconcile, duration: 1h}
          - {do: Query, duration: 30m, share: 20}
          - {do: Sign off, by: owner, duration: 6m}
          - Tidy up
      - id: chase
        owner: sales
        frequency: on-demand
        volume: 10/week
        inputs: [request]
        steps: [{do: Call, duration: 30m}]
      - id: payroll
        owner: owner
        frequency: fortnightly
        inputs: [request]
        steps: [{do: Run payroll, by: payroll-bureau, duration: 4h, automation: delegated}]
      - id: enquiries
        owner: temps
        frequency: on-demand
        inputs: [request]
        steps: [{do: Answer, duration: 10m}]
      - id: send-records
        owner: client
        frequency: monthly
        volume: 130
        inputs: [request]
        steps: [{do: Upload, by: bookkeeper, duration: 1h}]
)";

Model loaded(std::string_view name, const std::string& text) {
  fs::path folder = fresh_folder(name);
  write_text(folder / "model.yaml", text);
  return check_path(folder).loaded.model;
}

} // namespace

TEST_CASE("a role's hours per week count duration, share and runs per week", "[workload]") {
  Model model = loaded("workload-hours", workload_model);
  Workload workload(model);
  // reconcile: 130 a month is 130 × 12 / 52 = 30 runs a week. The
  // bookkeepers' minutes per run: Reconcile 60 + Query 30 × 20% = 66 (the
  // automated import and the robot's matching are left out; Tidy up has no
  // duration); 30 × 66 / 60 = 33 hours a week. The client's send-records
  // is an outside party's: its Upload counts for no one.
  const RoleLoad& bookkeeper = workload.of("bookkeeper");
  CHECK(bookkeeper.hours_per_week == Approx(33.0));
  CHECK(bookkeeper.steps_without_duration == 1);
  REQUIRE(bookkeeper.processes.size() == 1);
  CHECK(bookkeeper.processes[0].minutes_per_run == Approx(66.0));
  // Capacity: 3 people × 20 hours.
  CHECK(bookkeeper.capacity_hours_per_week == Approx(60.0));
  // Peak: 8 days of a 4-day week is 2 weeks; a month is 52 / 12 weeks; a
  // month's work is 130 × 66 / 60 = 143 hours, done in 2 weeks: 71.5.
  REQUIRE(bookkeeper.peak_hours_per_week);
  CHECK(*bookkeeper.peak_hours_per_week == Approx(71.5));
  // The owner: Sign off, 30 × 6 / 60 = 3 hours, plus the Sales hat:
  // chase, 10 a week × 30 min = 5 hours; 8 hours of a full week of 7.5 × 4
  // = 30. The peak: reconcile's 3 hours become 3 × (52/12) / 2 = 6.5, plus
  // the other 5: 11.5.
  const RoleLoad& owner = workload.of("owner");
  CHECK(owner.own_hours_per_week == Approx(3.0));
  CHECK(owner.hours_per_week == Approx(8.0));
  CHECK(owner.capacity_hours_per_week == Approx(30.0));
  CHECK(owner.fills_in_for == std::vector<std::string_view>{"sales"});
  REQUIRE(owner.peak_hours_per_week);
  CHECK(*owner.peak_hours_per_week == Approx(11.5));
  const RoleLoad& sales = workload.of("sales");
  CHECK(sales.hours_per_week == Approx(5.0));
  CHECK_FALSE(sales.capacity_hours_per_week);
  CHECK(sales.counted_in == std::optional<std::string_view>("owner"));
  // The vendor's delegated payroll: 4 hours a fortnight, 2 a week, shown
  // but no staff capacity.
  const RoleLoad& bureau = workload.of("payroll-bureau");
  CHECK(bureau.hours_per_week == Approx(2.0));
  CHECK_FALSE(bureau.capacity_hours_per_week);
  CHECK(workload.of("robot").processes.empty());
  CHECK(workload.of("client").processes.empty());
  // Temps: on demand without a volume, not counted; a team without people.
  const RoleLoad& temps = workload.of("temps");
  CHECK(temps.hours_per_week == 0);
  CHECK(temps.processes_without_runs == std::vector<std::uint32_t>{3});
  CHECK_FALSE(temps.capacity_hours_per_week);
  CHECK(workload.processes_without_runs() == 1);
  CHECK(workload.steps_without_duration() == 1);
}

TEST_CASE("over-capacity compares the average and the due peak with max percent", "[workload]") {
  fs::path folder = fresh_folder("workload-over-capacity");
  write_text(folder / "model.yaml", workload_model);
  // The bookkeepers: 33 of 60 hours (55%) on average, 71.5 (119%) at the
  // month's peak; with max 120 neither is over.
  Checked checked = check_path(folder);
  std::vector<std::string> rules = rules_of(checked);
  CHECK(std::count(rules.begin(), rules.end(), "over-capacity") == 1);
  RuleSettings lenient;
  lenient["over-capacity"].options["max"] = 120;
  rules = rules_of(check_path(folder, lenient));
  CHECK(std::count(rules.begin(), rules.end(), "over-capacity") == 0);
  // 33 is over 50% of 60: the average is reported too.
  RuleSettings strict;
  strict["over-capacity"].options["max"] = 50;
  Checked strict_checked = check_path(folder, strict);
  auto found = std::find_if(strict_checked.findings.begin(), strict_checked.findings.end(),
                            [](const Diagnostic& d) { return d.rule == "over-capacity"; });
  REQUIRE(found != strict_checked.findings.end());
  CHECK(found->message == "role 'bookkeeper' has 33.0 hours of work a week, 55% of its capacity "
                          "of 60.0 hours (3 people × 20.0), more than 50%");
}

TEST_CASE("an outside party's process is skipped by the completeness rules", "[workload]") {
  const std::string model = R"(bizmap: 1
business:
  name: Ledgerly
  review_every: 1y
  reviewed: 2026-01-10
roles:
  - {id: owner}
  - {id: client, kind: external}
systems:
  - id: books
    goal: Books kept
    manager: owner
    processes:
      - id: send-records
        owner: client
        reviewed: 2020-01-01
)";
  fs::path folder = fresh_folder("workload-outside-party");
  write_text(folder / "model.yaml", model);
  std::vector<std::string> rules = rules_of(check_path(folder));
  for (std::string_view rule : {"missing-trigger", "process-without-steps", "review-overdue"}) {
    INFO(rule);
    CHECK(std::count(rules.begin(), rules.end(), rule) == 0);
  }
  // The same process owned by the business: each rule reports it.
  std::string owned = model;
  owned.replace(owned.find("owner: client"), 13, "owner: owner ");
  write_text(folder / "model.yaml", owned);
  rules = rules_of(check_path(folder));
  for (std::string_view rule : {"missing-trigger", "process-without-steps", "review-overdue"}) {
    INFO(rule);
    CHECK(std::count(rules.begin(), rules.end(), rule) == 1);
  }
}

TEST_CASE("a step that only waits is no work and lacks no duration", "[workload]") {
  Checked checked = check_text(R"(bizmap: 1
roles: [{id: clerk, kind: team, people: 1}]
systems:
  - id: s
    processes:
      - id: p
        owner: clerk
        frequency: weekly
        steps:
          - {do: Wait for the post, wait: 1d}
          - {do: Open the post, duration: 30m}
)");
  Workload workload(checked.loaded.model);
  const RoleLoad& clerk = workload.of("clerk");
  CHECK(clerk.steps_without_duration == 0);
  CHECK(workload.steps_without_duration() == 0);
  CHECK(clerk.hours_per_week == Approx(0.5)); // 30 minutes, once a week
}

TEST_CASE("a role page shows runs per week, hours and what the capacity is", "[workload]") {
  fs::path folder = fresh_folder("workload-role-page");
  write_text(folder / "model.yaml", workload_model);
  fs::path out = folder / "report";
  REQUIRE(bizmap_cli({"report", (folder / "model.yaml").string(), "-o", out.string()}).exit_code <=
          1);
  std::string bureau = read_text(out / "roles" / "payroll-bureau.md");
  // Fortnightly: half a run a week, shown to two decimals below one; 4 hours
  // a run is 2.0 hours a week, the vendor's own.
  CHECK(contains(bureau, "| fortnightly | 0.50 | 4 h | 2.0 |"));
  CHECK(contains(bureau, "A vendor: these hours are its own, not the business's staff time."));
  std::string owner = read_text(out / "roles" / "owner.md");
  // 30 runs a week × 6 min = 3.0; the sales hat (no name: its id) 10 × 30 min =
  // 5.0; 8.0 of 30 is 27%.
  CHECK(contains(owner, "| 30.0 | 6 min | 3.0 |"));
  CHECK(contains(owner, "| on demand, as sales | 10.0 | 30 min | 5.0 |"));
  CHECK(contains(owner, "Capacity: 1 person × 30.0 hours = 30.0 hours per week; this work uses "
                        "27% of it."));
}
