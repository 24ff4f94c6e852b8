// `bizmap health` on the command line: the text a business owner reads, the
// JSON, --fail-under's exit codes and the configuration it reads
// (docs/health.md). The figures are those worked out by hand in tidy_books.hpp.
#include "support.hpp"
#include "tidy_books.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// Tidy Books in its folder, with owner-overload's max at 1 in its configuration.
fs::path tidy_folder(std::string_view name) {
  fs::path folder = fresh_folder(name);
  write_text(folder / "books.yaml", tidy_books);
  write_text(folder / ".bizmap.yaml", "rules:\n  owner-overload: {max: 1}\n");
  return folder;
}

} // namespace

TEST_CASE("bizmap health tells a business owner the scores, the facts, what breaks first and "
          "what to automate",
          "[health][cli]") {
  fs::path folder = tidy_folder("health-text");
  CliResult result = bizmap_in(folder, {"health", "books.yaml"});
  INFO(result.err);
  CHECK(result.exit_code == 0);
  // Every figure as worked out by hand in tidy_books.hpp; places are lines of books.yaml.
  CHECK(result.out == R"(Health of Tidy Books

Scores
  Business health: 67/100, the weighted mean of the areas that have a score
  Documentation: 95/100, the model's completeness, scored apart
  Weakest: Automation, Key people, Capacity, Flow.

Handoffs: 80/100, weight 30
  2 of 2 inputs are produced or arrive from outside; 2 of 3 outputs are used
    process plan: nothing uses 'plan' (books.yaml:41)

Ownership: 83/100, weight 20
  3 of 3 processes have an owner; 1 of 1 systems have a manager; 1 of 2 people who own processes own at most 1
    role owner: owns 2 processes, more than 1 (books.yaml:4)

Key people: 50/100, weight 15
  1 of 2 one-person roles on a value stream have a backup
    role clerk: one person with no backup, on the way to a delivery in process 'record' (books.yaml:5)

Capacity: 50/100, weight 15
  1 of 2 roles whose capacity and hours are known are within it
    role clerk: 22.5 hours of work a week, 113% of its capacity of 20.0 hours (books.yaml:5)
    not counted: role 'owner': 1 process it works in has no volume

Flow: 67/100, weight 15
  2 of 2 outcomes and external outputs can be reached end to end; 0 of 1 processes with a due run within it
    process bill: own time 1h 28m is longer than its due 1h (books.yaml:28)

Automation: 33/100, weight 5
  counted in steps: 2 of 6 steps are automated or delegated
    process record: 1 of 2 steps done by hand (books.yaml:17)
    process bill: 2 of 3 steps done by hand (books.yaml:28)
    process plan: 1 of 1 step done by hand (books.yaml:41)
    not counted: hours: 1 of 6 steps have no duration or no volume, so the area counts steps, not hours

Documentation: 95/100, no weight
  of 3 processes, 3 have an owner, 3 steps, 3 a trigger or inputs, 2 a volume; 8 of 8 steps have a duration
    process plan: no volume (runs a week unknown) (books.yaml:41)

What breaks first as you grow
  clerk: already over capacity: 22.5 of 20.0 hours a week (books.yaml:5)
  helpers: the work may grow 3.33× (6.0 of 20.0 hours a week) (books.yaml:6)
  owner: no factor: hours not all counted: 1 process it works in has no volume (books.yaml:4)

Opportunities to automate or delegate, by hours a week
  1. 10.0 hours a week: process record step 1 "Sort receipts" by clerk (books.yaml:25)
  2. 7.5 hours a week: process bill step 4 "Chase payers" by clerk (books.yaml:40)
  3. 5.0 hours a week: process bill step 1 "Draft invoices" by owner (books.yaml:37)
  not ranked: 1 step whose process has no volume, 0 steps without a duration
)");
}

TEST_CASE("bizmap health --fail-under fails below the business's score, and without one",
          "[health][cli]") {
  fs::path folder = tidy_folder("health-fail-under");
  // The business scores 67.
  CHECK(bizmap_in(folder, {"health", "books.yaml", "--fail-under", "67"}).exit_code == 0);
  CliResult below = bizmap_in(folder, {"health", "books.yaml", "--fail-under", "68"});
  CHECK(below.exit_code == 1);
  CHECK(below.err == "bizmap: the business's health score 67 is below --fail-under 68\n");
  CHECK(bizmap_in(folder, {"health", "books.yaml"}).exit_code == 0);
  CHECK(bizmap_in(folder, {"health", "books.yaml", "--fail-under", "101"}).exit_code == 2);
  CHECK(bizmap_in(folder, {"health", "books.yaml", "--fail-under", "-1"}).exit_code == 2);

  fs::path empty = fresh_folder("health-no-score");
  write_text(empty / "model.yaml", "bizmap: 1\nbusiness: {name: Empty}\n");
  CHECK(bizmap_in(empty, {"health"}).exit_code == 0);
  CliResult nothing = bizmap_in(empty, {"health", "--fail-under", "0"});
  CHECK(nothing.exit_code == 1);
  CHECK(nothing.err == "bizmap: the business has no health score (no weighted area has anything "
                       "to count), so --fail-under 0 fails\n");
  CHECK(contains(nothing.out, "Business health: no score: no weighted area has anything to count"));
  CHECK(contains(nothing.out, "Documentation: no score: nothing to count: no process of the "
                              "business's own\n"));
}

TEST_CASE("bizmap health --format json gives the figures worked out by hand", "[health][cli]") {
  fs::path folder = tidy_folder("health-json");
  CliResult result = bizmap_in(folder, {"health", "books.yaml", "--format", "json"});
  REQUIRE(result.exit_code == 0);
  nlohmann::json health = nlohmann::json::parse(result.out);
  CHECK(health["business"]["score"] == 67);
  CHECK(health["business"]["weakest"] ==
        nlohmann::json::array({"automation", "key_people", "capacity", "flow"}));
  CHECK(health["documentation"]["score"] == 95);
  CHECK(health["documentation"]["weight"] == 0);
  CHECK(health["areas"][3]["area"] == "capacity");
  CHECK(health["areas"][3]["facts"][0]["id"] == "clerk");
  CHECK(health["areas"][3]["facts"][0]["line"] == 5);
  CHECK(health["areas"][5]["unit"] == "steps");
  CHECK(health["areas"][5]["good"] == 2);
  CHECK(health["areas"][5]["counted"] == 6);
  CHECK(health["growth"][0]["role"] == "clerk");
  CHECK(health["growth"][0]["factor"] == 0.89); // 20 / 22.5 = 0.888…
  CHECK(health["growth"][0]["over_capacity"] == true);
  CHECK(health["growth"][1]["factor"] == 3.33); // 20 / 6
  CHECK(health["growth"][2]["factor"].is_null());
  CHECK(health["opportunities"]["ranked"].size() == 3);
  CHECK(health["opportunities"]["ranked"][0]["action"] == "Sort receipts");
  CHECK(health["opportunities"]["ranked"][0]["hours_per_week"] == 10.0);
  CHECK(health["opportunities"]["not_ranked"]["without_volume"] == 1);
}

TEST_CASE("bizmap health --format markdown", "[health][cli]") {
  fs::path folder = tidy_folder("health-markdown");
  CliResult result = bizmap_in(folder, {"health", "books.yaml", "--format", "markdown"});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.starts_with("# Health of Tidy Books\n\n## Scores\n\n- Business health: 67/100"));
  CHECK(contains(result.out, "## Capacity: 50/100, weight 15\n\n"));
  CHECK(contains(result.out, "  - role clerk: 22.5 hours of work a week, 113% of its capacity of "
                             "20.0 hours (`books.yaml:5`)\n"));
}

TEST_CASE("bizmap health reads the configuration's weights, and documentation has none",
          "[health][cli][config]") {
  fs::path folder = tidy_folder("health-weights");
  // Only automation counts: 33.
  write_text(folder / ".bizmap.yaml",
             "health:\n  weights: {handoffs: 0, ownership: 0, key_people: 0, capacity: 0, "
             "flow: 0, automation: 1}\n");
  CliResult automation = bizmap_in(folder, {"health", "books.yaml", "--fail-under", "34"});
  CHECK(automation.exit_code == 1);
  CHECK(contains(automation.out, "Business health: 33/100"));
  write_text(folder / ".bizmap.yaml", "health:\n  weights: {documentation: 25}\n");
  CliResult old = bizmap_in(folder, {"health", "books.yaml"});
  CHECK(old.exit_code == 2);
  CHECK(contains(old.err, "'documentation' has no weight: the model's completeness is scored "
                          "apart from the business's health; remove it from 'weights'"));
}
