// bizmap what-if: the changes applied to a copy of the model, and what they
// do to the business. Figures are worked out by hand in the comments.
#include "support.hpp"
#include "whatif/consequences.hpp"

#include <bizmap/usage_error.hpp>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

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
