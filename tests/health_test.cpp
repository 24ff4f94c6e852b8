// The health check's rounding and boundaries: an area's percentage, the
// overall weighted mean, the bar below which an area is weak, and what has
// no score (docs/health.md).
#include "flow/flow.hpp"
#include "model/index.hpp"
#include "report/health.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

std::optional<int> area_score(std::size_t good, std::size_t counted) {
  HealthArea area;
  area.good = good;
  area.counted = counted;
  return area.score();
}

// One managed system with one owned, triggered process that takes an
// external input to the system's outcome and has a what-if: every area
// scores 100 but automation, where `automated` of `steps` steps are.
std::string automation_model(int steps, int automated) {
  std::string model = "bizmap: 1\nexternal: {inputs: [order]}\nsystems:\n  - id: shop\n"
                      "    goal: Sell\n    manager: ana\n    outcomes: [sale]\n    processes:\n"
                      "      - id: sell\n        owner: ana\n        trigger: A customer asks\n"
                      "        inputs: [order]\n        outputs: [sale]\n"
                      "        what_ifs: [{if: Out of stock, then: Offer another}]\n"
                      "        steps:\n";
  for (int i = 1; i <= steps; ++i) {
    model += i <= automated ? fmt::format("          - {{do: Step {}, automation: automated}}\n", i)
                            : fmt::format("          - Step {}\n", i);
  }
  return model;
}

// One managed system of `processes` triggered processes with a what-if and
// two steps each, `owned` of them owned, and `automated` steps in all
// automated. Nothing is handed off, so handoff integrity has no score.
std::string ownership_model(int processes, int owned, int automated) {
  std::string model = "bizmap: 1\nsystems:\n  - id: shop\n    goal: Sell\n    manager: ana\n"
                      "    processes:\n";
  for (int i = 0; i < processes; ++i) {
    model += fmt::format("      - id: p{}\n{}        trigger: t\n"
                         "        what_ifs: [{{if: x, then: y}}]\n        steps:\n",
                         i, i < owned ? "        owner: ana\n" : "");
    for (int step = 0; step < 2; ++step) {
      model += automated-- > 0 ? "          - {do: s, automation: automated}\n" : "          - s\n";
    }
  }
  return model;
}

HealthCheck health_of_text(const std::string& text) {
  Checked checked = check_text(text);
  ModelIndex index(checked.loaded.model);
  FlowAnalysis flow(checked.loaded.model, index.handoffs);
  return business_health(checked.loaded.model, index.handoffs, flow);
}

std::vector<std::optional<int>> scores(const HealthCheck& health) {
  std::vector<std::optional<int>> all;
  for (const HealthArea& area : health.areas) {
    all.push_back(area.score());
  }
  return all;
}

using Weakest = std::vector<std::string_view>;

} // namespace

TEST_CASE("an area's score is its share rounded, halves up, from 0 to 100", "[health]") {
  CHECK(area_score(0, 5) == 0);
  CHECK(area_score(5, 5) == 100);
  CHECK(area_score(1, 8) == 13);      // 12.5
  CHECK(area_score(1, 3) == 33);      // 33.33
  CHECK(area_score(2, 3) == 67);      // 66.67
  CHECK(area_score(1, 200) == 1);     // 0.5: the smallest share that shows
  CHECK(area_score(1, 201) == 0);     // 0.4975
  CHECK(area_score(199, 200) == 100); // 99.5
  CHECK(area_score(399, 401) == 100); // 99.50
  CHECK(area_score(397, 400) == 99);  // 99.25
  CHECK(area_score(0, 0) == std::nullopt);
}

TEST_CASE("the overall score is rounded, not truncated, halves up", "[health]") {
  // Automation scores 5k with k of 20 steps automated; the others 100:
  // (30×100 + 30×100 + 25×100 + 15×5k + 20×100) / 120 = 87.5 + 0.625k.
  struct Case {
    int automated;
    double exact;
    int shown;
  };
  for (Case c : {Case{0, 87.5, 88}, Case{1, 88.125, 88}, Case{2, 88.75, 89}, Case{3, 89.375, 89},
                 Case{4, 90.0, 90}}) {
    INFO(c.automated << " of 20 steps automated: " << c.exact);
    HealthCheck health = health_of_text(automation_model(20, c.automated));
    CHECK(scores(health) == std::vector<std::optional<int>>{100, 100, 100, 5 * c.automated, 100});
    CHECK(health.overall == c.shown);
  }
}

TEST_CASE("real models whose overall score is rounded up and down", "[health]") {
  auto system_of = [](const Model& model, std::string_view id) {
    for (std::size_t s = 0; s < model.systems.size(); ++s) {
      if (model.systems[s].id.id == id) {
        return s;
      }
    }
    FAIL("no system " << id);
    return std::size_t{0};
  };
  SECTION("the bakery's café accounts: 91.63 shows 92") {
    Checked bakery = check_path(example("bakery"));
    ModelIndex index(bakery.loaded.model);
    const Handoffs& handoffs = index.handoffs;
    FlowAnalysis flow(bakery.loaded.model, handoffs);
    HealthCheck cafe = system_health(bakery.loaded.model, handoffs, flow,
                                     system_of(bakery.loaded.model, "cafe-accounts"));
    // 3 of 9 steps automated: 33.33 shows 33; its one delivery, cafe-invoice,
    // is reached: (10500 + 15×33) / 120 = 91.625.
    CHECK(scores(cafe) == std::vector<std::optional<int>>{100, 100, 100, 33, 100});
    CHECK(cafe.overall == 92);
    // The business: 11 of 74 steps, 14.86 shows 15; every outcome and external
    // output is reached: (8500 + 15×15 + 20×100) / 120 = 89.375.
    HealthCheck business = business_health(bakery.loaded.model, handoffs, flow);
    CHECK(scores(business) == std::vector<std::optional<int>>{100, 100, 100, 15, 100});
    CHECK(business.overall == 89);
  }
  SECTION("the broken caterer's kitchen: 56.65 shows 57") {
    Checked caterer = check_path(example("broken/handoffs"));
    ModelIndex index(caterer.loaded.model);
    const Handoffs& handoffs = index.handoffs;
    FlowAnalysis flow(caterer.loaded.model, handoffs);
    HealthCheck kitchen = system_health(caterer.loaded.model, handoffs, flow,
                                        system_of(caterer.loaded.model, "kitchen"));
    // Documentation: both have steps, both a trigger or inputs, neither a
    // what-if: 4 of 6. The kitchen delivers nothing, so flow has no score:
    // (30×100 + 30×33 + 25×67 + 15×0) / 100 = 56.65.
    CHECK(scores(kitchen) == std::vector<std::optional<int>>{100, 33, 67, 0, std::nullopt});
    CHECK(kitchen.overall == 57);
  }
  SECTION("and the report shows the rounded score") {
    fs::path out = fresh_folder("report") / "report";
    REQUIRE(bizmap_cli({"report", example("bakery"), "-o", out.string()}).exit_code == 0);
    CHECK(contains(
        read_text(out / "README.md"),
        "| [Café Accounts](systems/cafe-accounts.md) | 100 | 100 | 100 | 33 | 100 | 92 |\n"));
  }
}

TEST_CASE("the overall score leaves out areas without a score, and is n/a with none", "[health]") {
  // Ownership 3 of 4 (75), documentation 100, automation 2 of 6 (33):
  // (30×75 + 25×100 + 15×33) / 70 = 74.93.
  HealthCheck health = health_of_text(ownership_model(3, 2, 2));
  CHECK(scores(health) == std::vector<std::optional<int>>{75, std::nullopt, 100, 33, std::nullopt});
  CHECK(health.overall == 75);
  HealthCheck empty = health_of_text("bizmap: 1\nbusiness: {name: Empty}\n");
  CHECK(scores(empty) == std::vector<std::optional<int>>{std::nullopt, std::nullopt, std::nullopt,
                                                         std::nullopt, std::nullopt});
  CHECK(empty.overall == std::nullopt);
  CHECK(empty.weakest.empty());
}

TEST_CASE("an area below 75 is weak, and at 75 only as the lowest", "[health]") {
  // Automation 3 of 6 steps: 50 in every model below.
  SECTION("ownership 75 beside a lower area is not weak") {
    HealthCheck health = health_of_text(ownership_model(3, 2, 3)); // 3 of 4
    REQUIRE(health.areas[0].score() == 75);
    REQUIRE(health.areas[3].score() == 50);
    CHECK(health.weakest == Weakest{"Automation"});
  }
  SECTION("ownership 74 is") {
    HealthCheck health = health_of_text(ownership_model(18, 13, 18)); // 14 of 19: 73.68
    REQUIRE(health.areas[0].score() == 74);
    REQUIRE(health.areas[3].score() == 50);
    CHECK(health.weakest == Weakest{"Automation", "Ownership"});
  }
  SECTION("with nothing below 75, the lowest areas are named") {
    HealthCheck health = health_of_text(ownership_model(3, 2, 6)); // automation 100
    REQUIRE(health.areas[0].score() == 75);
    CHECK(health.weakest == Weakest{"Ownership"});
    HealthCheck automation = health_of_text(ownership_model(4, 3, 6)); // 4 of 5, 6 of 8 steps
    REQUIRE(automation.areas[0].score() == 80);
    REQUIRE(automation.areas[3].score() == 75);
    CHECK(automation.weakest == Weakest{"Automation"});
  }
  SECTION("areas tied for lowest are all named, in the order of the areas") {
    HealthCheck weak = health_of_text(ownership_model(3, 1, 3)); // 2 of 4, 3 of 6 steps
    REQUIRE(weak.areas[0].score() == 50);
    REQUIRE(weak.areas[3].score() == 50);
    CHECK(weak.weakest == Weakest{"Ownership", "Automation"});
    HealthCheck strong = health_of_text(ownership_model(12, 11, 22)); // 12 of 13, 22 of 24
    REQUIRE(strong.areas[0].score() == 92);
    REQUIRE(strong.areas[3].score() == 92);
    CHECK(strong.weakest == Weakest{"Ownership", "Automation"});
  }
  SECTION("a perfect model has no weak areas") {
    HealthCheck health = health_of_text(ownership_model(3, 3, 6));
    CHECK(scores(health) ==
          std::vector<std::optional<int>>{100, std::nullopt, 100, 100, std::nullopt});
    CHECK(health.weakest.empty());
  }
}
