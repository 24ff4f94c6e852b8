// The health check (docs/health.md): each area's formula on a model whose
// figures are worked out by hand, the rounding of a score and of the
// business's weighted mean, the bar below which an area is weak, what breaks
// first as the business grows, and the opportunities.
#include "flow/flow.hpp"
#include "health/growth.hpp"
#include "health/health.hpp"
#include "health/opportunities.hpp"
#include "model/index.hpp"
#include "support.hpp"
#include "tidy_books.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

std::optional<int> area_score(double good, double counted) {
  HealthArea area;
  area.good = good;
  area.counted = counted;
  return area.score();
}

// One managed system with one owned, triggered process that takes an
// external input to the system's outcome: handoffs, ownership and flow
// score 100, key people and capacity have nothing to count (no role is
// declared), and automation is `automated` of `steps` steps.
std::string automation_model(int steps, int automated) {
  std::string model = "bizmap: 1\nexternal: {inputs: [order]}\nsystems:\n  - id: shop\n"
                      "    goal: Sell\n    manager: ana\n    outcomes: [sale]\n    processes:\n"
                      "      - id: sell\n        owner: ana\n        trigger: A customer asks\n"
                      "        inputs: [order]\n        outputs: [sale]\n        steps:\n";
  for (int i = 1; i <= steps; ++i) {
    model += i <= automated ? fmt::format("          - {{do: Step {}, automation: automated}}\n", i)
                            : fmt::format("          - Step {}\n", i);
  }
  return model;
}

struct Checkup {
  explicit Checkup(const std::string& text, HealthSettings settings = {})
      : checked(check_text(text)), index(checked.loaded.model),
        flow(checked.loaded.model, index.handoffs),
        health(checked.loaded.model, index.handoffs, flow, settings) {}

  const Model& model() const { return checked.loaded.model; }

  Checked checked;
  ModelIndex index;
  FlowAnalysis flow;
  ModelHealth health;
};

std::vector<std::optional<int>> scores(const HealthCheck& health) {
  std::vector<std::optional<int>> all;
  for (const HealthArea& area : health.areas) {
    all.push_back(area.score());
  }
  return all;
}

std::vector<std::string> facts(const HealthArea& area) {
  std::vector<std::string> found;
  for (const HealthFact& fact : area.facts) {
    found.push_back(fmt::format("{}:{} {}: {}", fact.at ? fact.at->line : 0, to_string(fact.kind),
                                fact.id, fact.what));
  }
  return found;
}

const HealthArea& area(const HealthCheck& check, HealthAreaKind kind) {
  return check.areas[static_cast<std::size_t>(kind)];
}

using Weakest = std::vector<std::string_view>;
using Scores = std::vector<std::optional<int>>;

} // namespace

TEST_CASE("each area's figures in a model worked out by hand", "[health]") {
  HealthSettings settings;
  settings.most_processes_owned = 1;
  Checkup tidy(tidy_books, settings);
  HealthCheck check = tidy.health.business();
  CHECK(scores(check) == Scores{80, 83, 50, 50, 67, 33});
  CHECK(check.business == 67);
  CHECK(check.weakest == Weakest{"Automation", "Key people", "Capacity", "Flow"});
  CHECK(check.documentation.score() == 95);
  CHECK(check.documentation.weight == 0);

  CHECK(facts(area(check, HealthAreaKind::handoffs)) ==
        std::vector<std::string>{"41:process plan: nothing uses 'plan'"});
  CHECK(facts(area(check, HealthAreaKind::ownership)) ==
        std::vector<std::string>{"4:role owner: owns 2 processes, more than 1"});
  CHECK(facts(area(check, HealthAreaKind::key_people)) ==
        std::vector<std::string>{"5:role clerk: one person with no backup, on the way to a "
                                 "delivery in process 'record'"});
  CHECK(facts(area(check, HealthAreaKind::capacity)) ==
        std::vector<std::string>{
            "5:role clerk: 22.5 hours of work a week, 113% of its capacity of 20.0 hours"});
  CHECK(area(check, HealthAreaKind::capacity).left_out ==
        std::vector<std::string>{"role 'owner': 1 process it works in has no volume"});
  CHECK(facts(area(check, HealthAreaKind::flow)) ==
        std::vector<std::string>{"28:process bill: own time 1h 28m is longer than its due 1h"});
  CHECK(area(check, HealthAreaKind::automation).unit == "steps");
  CHECK(area(check, HealthAreaKind::automation).detail ==
        "counted in steps: 2 of 6 steps are automated or delegated");
  CHECK(area(check, HealthAreaKind::automation).left_out ==
        std::vector<std::string>{"hours: 1 of 6 steps have no duration or no volume, so the "
                                 "area counts steps, not hours"});
  CHECK(facts(check.documentation) ==
        std::vector<std::string>{"41:process plan: no volume (runs a week unknown)"});

  // owner-overload's default max, 8: ownership 100.
  Checkup by_default(tidy_books);
  HealthCheck plain = by_default.health.business();
  CHECK(area(plain, HealthAreaKind::ownership).score() == 100);
  CHECK(plain.business == 71);
}

TEST_CASE("what breaks first as the business grows, worked out by hand", "[health]") {
  Checkup tidy(tidy_books);
  std::vector<RoleGrowth> growth = tidy.health.growth();
  REQUIRE(growth.size() == 3);
  CHECK(growth[0].role == "clerk");
  CHECK(growth[0].hours == Approx(22.5));
  CHECK(growth[0].capacity == Approx(20));
  CHECK(*growth[0].factor == Approx(20 / 22.5));
  CHECK(growth[0].is_over());
  CHECK(growth[1].role == "helpers");
  CHECK(*growth[1].factor == Approx(20.0 / 6));
  CHECK_FALSE(growth[1].is_over());
  CHECK(growth[2].role == "owner");
  CHECK_FALSE(growth[2].factor);
  CHECK(growth[2].why_none == "hours not all counted: 1 process it works in has no volume");
}

TEST_CASE("opportunities are ranked by hours a week, worked out by hand", "[health]") {
  Checkup tidy(tidy_books);
  Opportunities found = tidy.health.opportunities();
  std::vector<std::string> ranked;
  for (const Opportunity& step : found.ranked) {
    ranked.push_back(fmt::format("{} {} {:.2f}",
                                 tidy.model().processes[step.process].steps[step.step].action,
                                 step.role, step.hours_per_week));
  }
  CHECK(ranked == std::vector<std::string>{"Sort receipts clerk 10.00", "Chase payers clerk 7.50",
                                           "Draft invoices owner 5.00"});
  CHECK(found.without_runs == 1);
  CHECK(found.without_duration == 0);
}

TEST_CASE("automation counts hours when every step's hours are known", "[health]") {
  // Without plan, every step that may be handed off has hours: Sort 10,
  // Enter 6, Draft 5, Send 0.5, Chase 7.5 = 29; Enter and Send are handed
  // off: 6.5 of 29 = 22.41 → 22.
  std::string text = tidy_books.substr(0, tidy_books.find("      - id: plan"));
  Checkup tidy(text);
  HealthCheck check = tidy.health.business();
  const HealthArea& automation = area(check, HealthAreaKind::automation);
  CHECK(automation.unit == "hours");
  CHECK(automation.score() == 22);
  CHECK(automation.detail ==
        "counted in hours: 6.5 of 29.0 hours a week are in automated or delegated steps");
  CHECK(automation.left_out.empty());
}

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
  CHECK(area_score(6.5, 29) == 22);   // 22.41, in hours
  CHECK(area_score(0.25, 2) == 13);   // 12.5 of hours
  CHECK(area_score(0, 0) == std::nullopt);
}

TEST_CASE("the business's score is rounded, not truncated, halves up", "[health]") {
  // Automation scores 5k with k of 20 steps automated; handoffs, ownership
  // and flow 100; key people and capacity nothing to count:
  // (30×100 + 20×100 + 15×100 + 5×5k) / 70 = (6500 + 25k) / 70.
  struct Case {
    int automated;
    double exact;
    int shown;
  };
  for (Case c : {Case{0, 92.857, 93}, Case{12, 97.143, 97}, Case{13, 97.5, 98},
                 Case{14, 97.857, 98}, Case{20, 100.0, 100}}) {
    INFO(c.automated << " of 20 steps automated: " << c.exact);
    Checkup shop(automation_model(20, c.automated));
    HealthCheck check = shop.health.business();
    CHECK(scores(check) == Scores{100, 100, std::nullopt, std::nullopt, 100, 5 * c.automated});
    CHECK(check.business == c.shown);
  }
}

TEST_CASE("an area below 75 is weak, and at 75 or more only as the lowest", "[health]") {
  auto weakest = [](int automated) {
    Checkup shop(automation_model(20, automated));
    return shop.health.business().weakest;
  };
  CHECK(weakest(14) == Weakest{"Automation"}); // 70
  CHECK(weakest(15) == Weakest{"Automation"}); // 75, the lowest
  CHECK(weakest(19) == Weakest{"Automation"}); // 95, the lowest
  CHECK(weakest(20).empty());                  // every area 100
}

TEST_CASE("an alternative of a one_of is supplied when any alternative is", "[health]") {
  // Leads come from the web form (from outside) or by referral (made by no
  // process): as for unproduced-input, one alternative supplied is enough.
  // By hand: inputs web-form and referral both supplied (2 of 2), the output
  // client an outcome (1 of 1): 3 of 3 = 100, with nothing to pull it down.
  Checkup sales("bizmap: 1\nexternal: {inputs: [web-form]}\nsystems:\n  - id: sales\n"
                "    goal: Win work\n    manager: ana\n    outcomes: [client]\n    processes:\n"
                "      - id: take-lead\n        owner: ana\n        trigger: A lead arrives\n"
                "        inputs:\n          - one_of: [web-form, referral]\n"
                "        outputs: [client]\n        steps: [Call them]\n");
  HealthCheck check = sales.health.business();
  const HealthArea& handoffs = area(check, HealthAreaKind::handoffs);
  CHECK(handoffs.detail ==
        "2 of 2 inputs are produced or arrive from outside; 1 of 1 outputs are used");
  CHECK(handoffs.score() == 100);
  CHECK(facts(handoffs).empty());
}

TEST_CASE("flow speaks of dues only where a process has one", "[health]") {
  Checkup shop(automation_model(2, 1));
  HealthCheck check = shop.health.business();
  CHECK(area(check, HealthAreaKind::flow).detail ==
        "1 of 1 outcomes and external outputs can be reached end to end");
  Checkup tidy(tidy_books);
  HealthCheck books = tidy.health.business();
  CHECK(area(books, HealthAreaKind::flow).detail ==
        "2 of 2 outcomes and external outputs can be reached end to end; 0 of 1 processes with "
        "a due run within it");
}

TEST_CASE("with nothing to count, an area and the business have no score", "[health]") {
  Checkup empty("bizmap: 1\nbusiness: {name: Empty}\n");
  HealthCheck check = empty.health.business();
  CHECK(scores(check) == Scores(6, std::nullopt));
  CHECK(check.business == std::nullopt);
  CHECK(check.documentation.score() == std::nullopt);
  CHECK(check.weakest.empty());
  CHECK(area(check, HealthAreaKind::capacity).nothing_to_count == "no role declares its capacity");
  CHECK(area(check, HealthAreaKind::key_people).nothing_to_count ==
        "no one-person role works on the way to a delivery");
  CHECK(empty.health.growth().empty());
  CHECK(empty.health.opportunities().ranked.empty());
}
