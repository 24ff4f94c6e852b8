// bizmap what-if: the changes applied to a copy of the model, and what they
// do to the business. Figures are worked out by hand in the comments.
#include "flow/flow.hpp"
#include "model/index.hpp"
#include "support.hpp"
#include "whatif/consequences.hpp"

#include <bizmap/usage_error.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

Model ledgerly() {
  Checked checked = check_path(source_dir() / "docs" / "examples" / "quantities" / "ledgerly.yaml");
  REQUIRE(checked.findings.empty());
  return checked.loaded.model;
}

std::vector<ScenarioChange>
changes(std::initializer_list<std::pair<std::string, std::string>> given) {
  std::vector<ScenarioChange> list;
  for (const auto& [option, value] : given) {
    list.push_back(parse_change(option, value));
  }
  return list;
}

std::vector<std::string> ids_of(const Model& model, const std::vector<std::size_t>& processes) {
  std::vector<std::string> ids;
  for (std::size_t p : processes) {
    ids.push_back(model.processes[p].id.id);
  }
  return ids;
}

} // namespace

TEST_CASE("a role gone with a backup hands its work over, and nothing stops", "[whatif]") {
  Model model = ledgerly();
  Scenario scenario = apply_changes(model, changes({{"--without", "role:partner"}}));
  Consequences result = consequences_of(model, scenario);
  CHECK(result.stopped.empty());
  CHECK(result.unaccountable.empty());
  CHECK(result.lost.empty());
  REQUIRE(scenario.shifts.size() == 1);
  CHECK(scenario.shifts[0].to == "bookkeeper");
  // The partner owns assess-risk and does its one step; manages the system.
  CHECK(ids_of(model, scenario.shifts[0].owned) == std::vector<std::string>{"assess-risk"});
  CHECK(scenario.model.processes[0].owner->id == "bookkeeper");
  CHECK(scenario.model.systems[0].manager->id == "bookkeeper");
  // The sales hat the partner wore is now the bookkeepers'.
  CHECK(scenario.model.roles[2].filled_by->id == "bookkeeper");
}

TEST_CASE("a role gone with no backup stops its processes and loses the delivery", "[whatif]") {
  Model model = ledgerly();
  Scenario scenario = apply_changes(model, changes({{"--without", "bookkeeper"}}));
  Consequences result = consequences_of(model, scenario);
  CHECK(ids_of(model, result.stopped) ==
        std::vector<std::string>{"request-records", "collect-payment", "reconcile"});
  REQUIRE(result.lost.size() == 1);
  CHECK(result.lost[0].data == "management-pack");
  CHECK(ids_of(model, result.lost[0].stopped_suppliers) == std::vector<std::string>{"reconcile"});
  // Runs per week of the monthly work: 40 × 12 / 52 = 9.2308.
  // request-records 6m, collect-payment 15m, reconcile 2h + 30m × 20% + 10m
  // = 136m (the step that only waits is no work): 157m a run × 9.2308
  // = 1449.2 min = 24.15 hours a week, in 5 steps.
  CHECK(result.homeless.hours_per_week == Approx(157.0 * 40 * 12 / 52 / 60));
  CHECK(result.homeless.steps == 5);
  CHECK(result.homeless.steps_without_duration == 0);
}

TEST_CASE("an owner gone leaves a process unaccountable, not stopped", "[whatif]") {
  Checked checked = check_text(R"(bizmap: 1
roles: [{id: owner}, {id: clerk}]
tools: [{id: xero}]
external: {inputs: [invoice], outputs: [paid]}
systems:
  - id: money
    manager: owner
    processes:
      - id: pay
        owner: owner
        inputs: [invoice]
        outputs: [paid]
        steps: [{do: Pay, by: clerk, tool: xero}]
)");
  const Model& model = checked.loaded.model;
  Consequences without_owner =
      consequences_of(model, apply_changes(model, changes({{"--without", "role:owner"}})));
  CHECK(without_owner.stopped.empty());
  CHECK(ids_of(model, without_owner.unaccountable) == std::vector<std::string>{"pay"});
  CHECK(without_owner.lost.empty());
  Scenario without_xero = apply_changes(model, changes({{"--without", "tool:xero"}}));
  Consequences down = consequences_of(model, without_xero);
  CHECK(ids_of(model, down.stopped) == std::vector<std::string>{"pay"});
  CHECK(without_xero.reasons[0] == std::vector<std::string>{"step 1 uses 'xero', which is gone"});
  REQUIRE(down.lost.size() == 1);
  CHECK(down.lost[0].data == "paid");
}

TEST_CASE("changes that cannot apply are usage errors that say what to write", "[whatif]") {
  Model model = ledgerly();
  auto error_of = [&](std::string option, std::string value) {
    try {
      apply_changes(model, changes({{option, value}}));
    } catch (const UsageError& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  CHECK(error_of("--without", "role:bookeeper") ==
        "--without role:bookeeper: the model has no role 'bookeeper'; did you mean 'bookkeeper'?");
  CHECK(error_of("--move", "bookkeeper=client") ==
        "--move bookkeeper=client: 'client' is an outside role; work moves to a person, a team "
        "or a vendor");
  CHECK(error_of("--people", "partner=2") ==
        "--people partner=2: 'partner' is a person, and a person is one person; give a team "
        "more people, or 0 for someone away");
  CHECK(error_of("--volume", "chase-payment=12") ==
        "--volume chase-payment=12: 'chase-payment' does not run on a schedule, so a bare number "
        "of runs has nothing to count against; write a rate such as '12/month'");
  CHECK_THROWS_AS(parse_change("--scale", "-1"), UsageError);
  CHECK_THROWS_AS(parse_change("--without", "data:bank-feed"), UsageError);
  // Work cannot move to a role an earlier change removed.
  CHECK_THROWS_AS(
      apply_changes(model, changes({{"--without", "role:partner"}, {"--move", "sales=partner"}})),
      UsageError);
}

TEST_CASE("scale and volume change only the volumes written", "[whatif]") {
  Model model = ledgerly();
  Scenario scaled =
      apply_changes(model, changes({{"--scale", "1.5"}, {"--volume", "chase-payment=8/month"}}));
  CHECK(scaled.model.processes[1].volume->amount == 60); // request-records: 40 × 1.5
  CHECK_FALSE(scaled.model.processes[0].volume);         // assess-risk wrote none
  CHECK(scaled.model.processes[4].volume->amount == 8);  // set after the scale
  CHECK(scaled.model.processes[4].volume->per == Volume::Per::month);
}

TEST_CASE("bizmap what-if answers in text, Markdown and JSON, and writes no file", "[whatif]") {
  std::string model =
      (source_dir() / "docs" / "examples" / "quantities" / "ledgerly.yaml").string();
  CliResult text = bizmap_cli({"what-if", model, "--without", "role:bookkeeper"});
  INFO(text.err);
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.starts_with("What if: --without role:bookkeeper\n\nProcesses that stop: 3\n"));
  CHECK(text.out.find("'management-pack': 'reconcile' made it and stops  (" + model +
                      ":87:13)\n") != std::string::npos);
  CHECK(text.out.find("Work that needs a new home:\n  24.2 hours a week, in 5 steps\n") !=
        std::string::npos);
  CliResult json =
      bizmap_cli({"what-if", model, "--without", "role:bookkeeper", "--format", "json"});
  nlohmann::json answer = nlohmann::json::parse(json.out);
  CHECK(answer["stopped"].size() == 3);
  CHECK(answer["lost"][0]["data"] == "management-pack");
  // The last process to stop, at its id: line 87, "      - id: reconcile".
  CHECK(answer["stopped"][2]["process"] == "reconcile");
  CHECK(answer["stopped"][2]["file"] == model);
  CHECK(answer["stopped"][2]["line"] == 87);
  CHECK(answer["stopped"][2]["column"] == 13);
  CHECK(answer["new_home"]["hours_per_week"].get<double>() == Approx(24.154).epsilon(0.001));
  CliResult markdown = bizmap_cli({"what-if", model, "--without", "role:partner", "--move",
                                   "sales=bookkeeper", "--format", "markdown"});
  CHECK(markdown.out.starts_with(
      "# What if: `--without role:partner`, then `--move sales=bookkeeper`\n"));
  CHECK(markdown.out.find("- 'bookkeeper' takes over from 'sales': 1 step and 1 process owned") !=
        std::string::npos);
}

TEST_CASE("what-if keeps the order of its changes across options", "[whatif]") {
  std::string model =
      (source_dir() / "docs" / "examples" / "quantities" / "ledgerly.yaml").string();
  // The move first: the sales work goes to the partner, then the partner
  // leaves and the backup (the bookkeepers) takes both over.
  CliResult moved_first =
      bizmap_cli({"what-if", model, "--move", "sales=partner", "--without", "role:partner"});
  CHECK(moved_first.exit_code == 0);
  // The other way round the sales work would move to a role that is gone.
  CliResult gone_first =
      bizmap_cli({"what-if", model, "--without", "role:partner", "--move", "sales=partner"});
  CHECK(gone_first.exit_code == 2);
  CHECK(gone_first.err.find("role 'partner' is gone already") != std::string::npos);
  CHECK(bizmap_cli({"what-if", model}).exit_code == 2);
}

namespace {

// docs/examples/what-if/tally.yaml, whose figures are worked out by hand in its
// comments: 8-hour days, 5-day weeks, so a person has 40 hours a week.
fs::path tally_path() {
  return source_dir() / "docs" / "examples" / "what-if" / "tally.yaml";
}

Model tally() {
  return check_path(tally_path()).loaded.model;
}

const RoleLoadChange* load_of(const Model& model, const Consequences& result,
                              std::string_view role) {
  for (const RoleLoadChange& change : result.loads) {
    if (model.roles[change.role].id.id == role) {
      return &change;
    }
  }
  return nullptr;
}

std::string what_if_text(std::vector<std::string> change) {
  std::vector<std::string> args{"what-if", tally_path().string()};
  args.insert(args.end(), change.begin(), change.end());
  CliResult result = bizmap_cli(args);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

} // namespace

TEST_CASE("a role gone to its backup: the backup's hours, capacity and use before and after",
          "[whatif][load]") {
  Model model = tally();
  Consequences result =
      consequences_of(model, apply_changes(model, changes({{"--without", "role:ana"}})));
  // ana's 16h go to ben: 10h + 16h = 26h of his 16, 62.5% → 162.5%.
  REQUIRE(result.loads.size() == 2);
  const RoleLoadChange* ana = load_of(model, result, "ana");
  REQUIRE(ana != nullptr);
  CHECK_FALSE(ana->after); // gone
  CHECK(ana->before.hours_per_week == Approx(16));
  CHECK(ana->before.capacity_hours_per_week == Approx(40));
  const RoleLoadChange* ben = load_of(model, result, "ben");
  REQUIRE(ben != nullptr);
  REQUIRE(ben->after);
  CHECK(ben->before.hours_per_week == Approx(10));
  CHECK(ben->after->hours_per_week == Approx(26));
  CHECK(ben->after->capacity_hours_per_week == Approx(16));
  CHECK(ben->before.use() == Approx(0.625));
  CHECK(ben->after->use() == Approx(1.625));
  CHECK_FALSE(ben->before.over_capacity());
  CHECK(ben->after->over_capacity());
  CHECK(result.lead_times.empty()); // the same steps, the same waits
  CHECK(what_if_text({"--without", "role:ana"}) == fmt::format(R"(What if: --without role:ana

Processes that stop: none

Processes nobody answers for: none

Outcomes and deliveries no longer reached: none

Work that needs a new home: none

Work handed over:
  'ben' takes over from 'ana': 3 steps and 2 processes owned

Load and capacity of the roles it touches:
  'ana' (Ana (onboarding coordinator)): gone; it had 16.0 hours a week of 40.0 (40%)  ({0}:16:9)
  'ben' (Ben (bookkeeper)): hours a week 10.0 → 26.0; capacity 16.0; use 63% → 163%; over capacity  ({0}:19:9)

Lead times that change: none
)",
                                                               tally_path().string()));
}

TEST_CASE("a role gone with no backup: its process stops and its hours need a new home",
          "[whatif][load]") {
  Model model = tally();
  Consequences result =
      consequences_of(model, apply_changes(model, changes({{"--without", "role:cara"}})));
  CHECK(ids_of(model, result.stopped) == std::vector<std::string>{"payroll"});
  // payroll: 4 runs × 3h = 12h a week, in its one step.
  CHECK(result.homeless.hours_per_week == Approx(12));
  CHECK(result.homeless.steps == 1);
  REQUIRE(result.lost.size() == 1);
  CHECK(result.lost[0].data == "payslips");
  // Only cara's load changes: nobody else works in payroll.
  REQUIRE(result.loads.size() == 1);
  CHECK(model.roles[result.loads[0].role].id.id == "cara");
  CHECK_FALSE(result.loads[0].after);
  CHECK(result.loads[0].before.hours_per_week == Approx(12));
  // The payslips are lost, and said so once: not again as a lead time.
  CHECK(result.lead_times.empty());
  CHECK(what_if_text({"--without", "role:cara"}) == fmt::format(R"(What if: --without role:cara

Processes that stop: 1
  'payroll' (Run payroll): step 1 is done by 'cara', who is gone with no backup; its owner 'cara' is gone  ({0}:68:13)

Processes nobody answers for: none

Outcomes and deliveries no longer reached: 1
  'payslips': 'payroll' made it and stops  ({0}:68:13)

Work that needs a new home:
  12.0 hours a week, in 1 step

Work handed over: none

Load and capacity of the roles it touches:
  'cara' (Cara (payroll)): gone; it had 12.0 hours a week of 40.0 (30%)  ({0}:22:9)

Lead times that change: none
)",
                                                                tally_path().string()));
}

TEST_CASE("a move adds the hours of the role that leaves to the one that takes over",
          "[whatif][load]") {
  Model model = tally();
  Consequences result =
      consequences_of(model, apply_changes(model, changes({{"--move", "ana=cara"}})));
  // cara: 12h + ana's 16h = 28h of 40 (70%); ana keeps her 40 hours and no work.
  const RoleLoadChange* cara = load_of(model, result, "cara");
  REQUIRE(cara != nullptr);
  REQUIRE(cara->after);
  CHECK(cara->after->hours_per_week == Approx(12 + 16));
  CHECK(cara->after->use() == Approx(0.7));
  const RoleLoadChange* ana = load_of(model, result, "ana");
  REQUIRE(ana != nullptr);
  REQUIRE(ana->after);
  CHECK(ana->after->hours_per_week == 0);
  CHECK(ana->after->capacity_hours_per_week == Approx(40));
  CHECK(load_of(model, result, "ben") == nullptr); // untouched
  CHECK(what_if_text({"--move", "ana=cara"}) == fmt::format(R"(What if: --move ana=cara

Processes that stop: none

Processes nobody answers for: none

Outcomes and deliveries no longer reached: none

Work that needs a new home: none

Work handed over:
  'cara' takes over from 'ana': 3 steps and 2 processes owned

Load and capacity of the roles it touches:
  'ana' (Ana (onboarding coordinator)): hours a week 16.0 → 0.0; capacity 40.0; use 40% → 0%  ({0}:16:9)
  'cara' (Cara (payroll)): hours a week 12.0 → 28.0; capacity 40.0; use 30% → 70%  ({0}:22:9)

Lead times that change: none
)",
                                                            tally_path().string()));
}

TEST_CASE(
    "a scale doubles the hours of the volumes written, and lead times do not depend on volume",
    "[whatif][load]") {
  Model model = tally();
  Scenario scenario = apply_changes(model, changes({{"--scale", "2"}}));
  Consequences result = consequences_of(model, scenario);
  // ana: onboard 20 runs × 1h 30m = 30h, weekly-review has no volume and
  // stays 1h: 31h of 40. ben: 10 runs × 2h = 20h of 16, over capacity.
  // cara: 8 runs × 3h = 24h of 40.
  REQUIRE(result.loads.size() == 3);
  CHECK(result.loads[0].after->hours_per_week == Approx(31));
  CHECK(result.loads[1].after->hours_per_week == Approx(20));
  CHECK(result.loads[1].after->over_capacity());
  CHECK_FALSE(result.loads[1].before.over_capacity());
  CHECK(result.loads[2].after->hours_per_week == Approx(24));
  CHECK(result.processes_without_volume == 1); // weekly-review
  // A lead time is the steps' durations and waits along the way, with no
  // queue that grows with volume: books-closed takes onboard's 1h 30m, then
  // bookkeeping's 1d wait and 2h, 11h 30m = 690 minutes, at any volume.
  ModelIndex index(scenario.model);
  FlowAnalysis flow(scenario.model, index.handoffs);
  CHECK(flow.lead_time(2).longest.minutes() == 690);
  CHECK(result.lead_times.empty());
  CHECK(what_if_text({"--scale", "2"}) == fmt::format(R"(What if: --scale 2

Processes that stop: none

Processes nobody answers for: none

Outcomes and deliveries no longer reached: none

Work that needs a new home: none

Work handed over: none

Load and capacity of the roles it touches:
  'ana' (Ana (onboarding coordinator)): hours a week 16.0 → 31.0; capacity 40.0; use 40% → 78%  ({0}:16:9)
  'ben' (Ben (bookkeeper)): hours a week 10.0 → 20.0; capacity 16.0; use 63% → 125%; over capacity  ({0}:19:9)
  'cara' (Cara (payroll)): hours a week 12.0 → 24.0; capacity 40.0; use 30% → 60%  ({0}:22:9)
  not scaled: 1 process has no volume and runs as often as before

Lead times that change: none
)",
                                                      tally_path().string()));
}

TEST_CASE("a volume given to work on demand makes its hours counted", "[whatif][load]") {
  Model model = ledgerly();
  // chase-payment, 5/month: 5 × 12 / 52 runs × 45m = 51.9 min = 0.87h a
  // week, counted in the partner, who wears the sales hat; at 20/month it
  // is 20 × 12 / 52 × 45m = 207.7 min = 3.46h. The partner's own 3h a
  // year is 3 / 52 = 0.058h: 0.92h → 3.52h of 37.5.
  Consequences result = consequences_of(
      model, apply_changes(model, changes({{"--volume", "chase-payment=20/month"}})));
  const RoleLoadChange* partner = load_of(model, result, "partner");
  REQUIRE(partner != nullptr);
  CHECK(partner->before.hours_per_week == Approx(3.0 / 52 + 5.0 * 12 / 52 * 45 / 60));
  CHECK(partner->after->hours_per_week == Approx(3.0 / 52 + 20.0 * 12 / 52 * 45 / 60));
  const RoleLoadChange* sales = load_of(model, result, "sales");
  REQUIRE(sales != nullptr);
  CHECK(sales->after->counted_in == "partner");
  CHECK_FALSE(sales->after->capacity_hours_per_week);
}

TEST_CASE("a value stream whose longest way stops, but still arrives, changes its lead time",
          "[whatif][lead]") {
  Model model = ledgerly();
  Consequences result =
      consequences_of(model, apply_changes(model, changes({{"--without", "role:sales"}})));
  CHECK(ids_of(model, result.stopped) == std::vector<std::string>{"chase-payment"});
  CHECK(result.lost.empty()); // the one_of still arrives from collect-payment
  REQUIRE(result.lead_times.size() == 1);
  const LeadTimeChange& pack = result.lead_times[0];
  CHECK(pack.data == "management-pack");
  // A day is 7.5 hours, 450 minutes. Longest before: chase-payment (3d wait,
  // 45m) then reconcile (1d wait, 2h + 30m + 10m): 4d + 3h 25m = 2005 min.
  // After: request-records 6m, send-records 2d wait and 30m, reconcile 1d
  // wait and 2h 40m: 3d + 3h 16m = 1546 min, also the expected way before
  // and after.
  CHECK(whole_minutes(pack.before.longest.minutes()) == 2005);
  CHECK(whole_minutes(pack.after.longest.minutes()) == 1546);
  CHECK(whole_minutes(pack.before.expected.minutes()) == 1546);
  CHECK(whole_minutes(pack.after.expected.minutes()) == 1546);
}

TEST_CASE("someone away has no capacity, and any work is over it", "[whatif][load]") {
  Model model = tally();
  Consequences result =
      consequences_of(model, apply_changes(model, changes({{"--people", "cara=0"}})));
  REQUIRE(result.loads.size() == 1);
  CHECK(result.loads[0].after->capacity_hours_per_week == 0);
  CHECK(result.loads[0].after->hours_per_week == Approx(12));
  CHECK_FALSE(result.loads[0].after->use());
  CHECK(result.loads[0].after->over_capacity());
}

TEST_CASE("a tool down stops its processes, and their work counts for nobody", "[whatif][load]") {
  Model model = tally();
  Consequences result =
      consequences_of(model, apply_changes(model, changes({{"--without", "tool:xero"}})));
  CHECK(ids_of(model, result.stopped) == std::vector<std::string>{"bookkeeping", "payroll"});
  // ben's 10h and cara's 12h are all in processes that use Xero: none is
  // done while it is down. ana's onboarding runs on: her 16h do not change.
  REQUIRE(result.loads.size() == 2);
  CHECK(model.roles[result.loads[0].role].id.id == "ben");
  CHECK(result.loads[0].after->hours_per_week == 0);
  CHECK(model.roles[result.loads[1].role].id.id == "cara");
  CHECK(result.loads[1].after->hours_per_week == 0);
  CHECK(result.homeless.steps == 0); // nobody is gone: the work waits for the tool
}

TEST_CASE("every answer docs/what-if.md shows is what bizmap prints", "[whatif][docs]") {
  std::string page = read_text(source_dir() / "docs" / "what-if.md");
  std::string root = source_dir().string() + "/";
  constexpr std::string_view opening = "```text\n$ bizmap what-if ";
  std::size_t shown = 0;
  for (std::size_t at = page.find(opening); at != std::string::npos;
       at = page.find(opening, at + 1)) {
    std::size_t command_end = page.find('\n', at + opening.size());
    std::string command = page.substr(at + opening.size(), command_end - at - opening.size());
    std::size_t block_end = page.find("```\n", command_end);
    std::string printed = page.substr(command_end + 1, block_end - command_end - 1);
    // The page runs from the source folder; the test gives whole paths.
    std::vector<std::string> args{"what-if"};
    std::istringstream words(command);
    for (std::string word; words >> word;) {
      args.push_back(word.starts_with("docs/") || word.starts_with("examples/") ? root + word
                                                                                : word);
    }
    CliResult result = bizmap_cli(args);
    INFO(command << "\n" << result.err);
    REQUIRE(result.exit_code == 0);
    std::string out = result.out;
    for (std::size_t p = out.find(root); p != std::string::npos; p = out.find(root, p)) {
      out.erase(p, root.size());
    }
    CHECK(out == printed);
    ++shown;
  }
  CHECK(shown == 9);
  // The model the page works by hand is the file the tests read.
  CHECK(contains(page, "```yaml\n" + read_text(tally_path()) + "```\n"));
}

TEST_CASE("a role within capacity on average is flagged over it in the week a due makes",
          "[whatif][load]") {
  Model model = ledgerly();
  Consequences result = consequences_of(model, apply_changes(model, changes({{"--scale", "2.2"}})));
  const RoleLoadChange* bookkeepers = load_of(model, result, "bookkeeper");
  REQUIRE(bookkeepers != nullptr);
  // Runs a week: 40 × 12 / 52 = 9.2308, × 2.2 = 20.308. A run is 157 min
  // (request-records 6, collect-payment 15, reconcile 136), so 24.15 h →
  // 53.14 h a week of 60: within capacity on average. Reconcile alone is
  // 136 min × 20.308 / 60 = 46.03 h a week; its due of 10 days (2 weeks)
  // squeezes a month's work (52 / 12 = 4.333 weeks) into 2 weeks: 46.03 ×
  // 4.333 / 2 = 99.73 h, so the peak is 53.14 − 46.03 + 99.73 = 106.84 h.
  double runs = 40.0 * 12 / 52 * 2.2;
  double reconcile = 136 * runs / 60;
  REQUIRE(bookkeepers->after);
  CHECK(bookkeepers->after->hours_per_week == Approx(157 * runs / 60));
  CHECK_FALSE(bookkeepers->after->over_capacity());
  CHECK(bookkeepers->after->peak_hours_per_week ==
        Approx(157 * runs / 60 - reconcile + reconcile * 52 / 12 / 2));
  CHECK(bookkeepers->after->over_capacity_at_peak());
  CHECK_FALSE(bookkeepers->before.over_capacity_at_peak()); // 48.6 h of 60 before
  CliResult text = bizmap_cli(
      {"what-if", (source_dir() / "docs" / "examples" / "quantities" / "ledgerly.yaml").string(),
       "--scale", "2.2"});
  CHECK(contains(text.out, "'bookkeeper' (Bookkeepers): hours a week 24.2 → 53.1; capacity 60.0; "
                           "use 40% → 89%; over capacity at its peak: 48.6 → 106.8 hours a week "
                           "while 'reconcile' is due  ("));
}

TEST_CASE("a one_of alternative that no longer arrives gives its share to the others",
          "[whatif][lead]") {
  Checked checked = check_text(R"(bizmap: 1
external: {inputs: [order]}
roles: [{id: clerk}, {id: sam}]
data: [{id: order}, {id: paid-card}, {id: paid-invoice}, {id: closed}]
systems:
  - id: money
    goal: Get paid
    manager: clerk
    outcomes: [closed]
    processes:
      - {id: card, owner: clerk, inputs: [order], outputs: [paid-card], steps: [{do: Charge, duration: 1h}]}
      - {id: invoice, owner: sam, inputs: [order], outputs: [paid-invoice], steps: [{do: Invoice, duration: 1h, wait: 5d}]}
      - id: close
        owner: clerk
        inputs: [{one_of: [paid-card, paid-invoice], share: [80, 20]}]
        outputs: [closed]
        steps: [{do: Close, duration: 1h}]
)");
  const Model& model = checked.loaded.model;
  Scenario scenario = apply_changes(model, changes({{"--without", "role:sam"}}));
  CHECK(scenario.model.processes[2].choices[0].shares == std::vector<std::uint32_t>{100, 0});
  Consequences result = consequences_of(model, scenario);
  REQUIRE(result.lead_times.size() == 1);
  const LeadTimeChange& closed = result.lead_times[0];
  // Before: 80% of cases are paid by card (1h), 20% by invoice (5d wait and
  // 1h, 41h), then 1h to close: 0.8 × 60 + 0.2 × 2460 + 60 = 600 min. The
  // longest: 2460 + 60 = 2520. Without sam every case pays by card: 60 +
  // 60 = 120 min, both ways; not 0.8 × 60 + 60 = 108, as if the invoiced
  // cases took no time.
  CHECK(whole_minutes(closed.before.expected.minutes()) == 600);
  CHECK(whole_minutes(closed.before.longest.minutes()) == 2520);
  CHECK(whole_minutes(closed.after.expected.minutes()) == 120);
  CHECK(whole_minutes(closed.after.longest.minutes()) == 120);
}

TEST_CASE("shares given over keep whole percents that sum to 100", "[whatif][lead]") {
  Checked checked = check_text(R"(bizmap: 1
external: {inputs: [order]}
roles: [{id: clerk}, {id: sam}]
systems:
  - id: money
    goal: Get paid
    manager: clerk
    outcomes: [closed]
    processes:
      - {id: card, owner: clerk, inputs: [order], outputs: [by-card], steps: [{do: Charge, duration: 1h}]}
      - {id: transfer, owner: clerk, inputs: [order], outputs: [by-transfer], steps: [{do: Match, duration: 1h}]}
      - {id: invoice, owner: sam, inputs: [order], outputs: [by-invoice], steps: [{do: Invoice, duration: 1h}]}
      - id: close
        owner: clerk
        inputs: [{one_of: [by-card, by-transfer, by-invoice], share: [50, 30, 20]}]
        outputs: [closed]
        steps: [{do: Close, duration: 1h}]
)");
  const Model& model = checked.loaded.model;
  // 50 and 30 of the 80 left: 62.5 and 37.5, whole 62 and 37, and the one
  // percent over goes to the largest: 63/37/0, as docs/what-if.md says.
  Scenario scenario = apply_changes(model, changes({{"--without", "role:sam"}}));
  CHECK(scenario.model.processes[3].choices[0].shares == std::vector<std::uint32_t>{63, 37, 0});
  // A process gone that made nothing a one_of waits for changes no share.
  Scenario unrelated = apply_changes(model, changes({{"--without", "process:close"}}));
  CHECK(unrelated.model.processes[3].choices[0].shares == std::vector<std::uint32_t>{50, 30, 20});
}
