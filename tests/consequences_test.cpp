// One mistake, one finding, its cause first: the findings that follow from
// another are its notes, and the rules ask the flow one question, "can work
// start here".
#include "support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// A café whose kitchen needs 'catering-ordr' (line 23, column 18): the order
// taken is 'catering-order' (which billing uses), so the delivered lunch
// cannot be reached.
constexpr std::string_view misspelt_input = R"(bizmap: 1
data:
  - {id: inquiry}
  - {id: catering-order}
  - {id: lunch}
  - {id: invoice}
  - {id: menu}
external:
  inputs: [inquiry]
  outputs: [lunch, invoice]
systems:
  - id: catering
    goal: Lunch on the table by noon
    manager: jo
    processes:
      - id: take-order
        owner: jo
        inputs: [inquiry]
        outputs: [catering-order, menu]
        steps: [Take the order]
      - id: cook
        owner: jo
        inputs: [catering-ordr, menu]
        outputs: [lunch]
        steps: [Cook the lunch]
      - id: bill
        owner: jo
        inputs: [catering-order]
        outputs: [invoice]
        steps: [Send the invoice]
)";

Checked check_with(std::string_view text, const RuleSettings& settings) {
  fs::path folder = fresh_folder("model");
  write_text(folder / "model.yaml", text);
  return check_path(folder / "model.yaml", settings);
}

bool has_note(const Diagnostic& finding, std::string_view text) {
  return std::any_of(finding.related.begin(), finding.related.end(),
                     [&](const RelatedLocation& related) { return related.note == text; });
}

} // namespace

TEST_CASE("a misspelt input is one finding that notes what else it breaks", "[consequences]") {
  Checked checked = check_text(misspelt_input);
  REQUIRE(checked.findings.size() == 1);
  const Diagnostic& finding = checked.findings[0];
  CHECK(finding.rule == "undeclared-data");
  CHECK(finding.at.line == 23);
  CHECK(finding.at.column == 18);
  CHECK(finding.suggestion == "catering-order");
  CHECK(has_note(
      finding,
      "process 'cook' needs 'catering-ordr', but no process produces it [unproduced-input]"));
  CHECK(has_note(finding, "this also cuts off 'lunch'"));
  auto cut_off = std::find_if(finding.related.begin(), finding.related.end(),
                              [](const RelatedLocation& r) { return r.note.starts_with("this"); });
  REQUIRE(cut_off != finding.related.end());
  CHECK(cut_off->at.line == 10); // at the outcome cut off
}

TEST_CASE("a consequence whose cause is off or less serious stays a finding of its own",
          "[consequences]") {
  SECTION("the cause is off") {
    RuleSettings settings;
    settings["undeclared-data"].off = true;
    Checked checked = check_with(misspelt_input, settings);
    // unproduced-input now stands, and carries the outcome it cuts off.
    REQUIRE(checked.findings.size() == 1);
    CHECK(checked.findings[0].rule == "unproduced-input");
    CHECK(has_note(checked.findings[0], "this also cuts off 'lunch'"));
  }
  SECTION("the cause is less serious") {
    RuleSettings settings;
    settings["undeclared-data"].severity = Severity::info;
    Checked checked = check_with(misspelt_input, settings);
    std::vector<std::string> rules = rules_of(checked);
    // Neither unproduced-input nor the outcome (a warning) folds into an info.
    CHECK(rules ==
          std::vector<std::string>{"unreachable-outcome", "undeclared-data", "unproduced-input"});
  }
  SECTION("both are off: the outcome is a finding, with the break noted") {
    RuleSettings settings;
    settings["undeclared-data"].off = true;
    settings["unproduced-input"].off = true;
    Checked checked = check_with(misspelt_input, settings);
    REQUIRE(checked.findings.size() == 1);
    CHECK(checked.findings[0].rule == "unreachable-outcome");
    CHECK(checked.findings[0].at.line == 10);
  }
}

TEST_CASE("an unknown role and the findings at its place are one finding", "[consequences]") {
  // Nine processes owned by 'jo', whom the role catalogue does not declare:
  // owner-overload stands at the first owner, where unknown-role is too.
  std::string model = "bizmap: 1\nroles:\n  - {id: founder}\nsystems:\n  - id: shop\n"
                      "    goal: Sell\n    manager: founder\n    processes:\n";
  for (int i = 1; i <= 9; ++i) {
    model += fmt::format("      - {{id: p{}, owner: jo, trigger: t, steps: [s]}}\n", i);
  }
  Checked checked = check_text(model);
  std::vector<std::string> rules = rules_of(checked);
  CHECK(std::count(rules.begin(), rules.end(), "unknown-role") == 9);
  CHECK(std::count(rules.begin(), rules.end(), "owner-overload") == 0);
  auto first = std::find_if(checked.findings.begin(), checked.findings.end(),
                            [](const Diagnostic& d) { return d.rule == "unknown-role"; });
  REQUIRE(first != checked.findings.end());
  CHECK(first->at.line == 9);
  CHECK(has_note(*first, "role 'jo' owns 9 processes, more than 8: the business leans on one "
                         "person [owner-overload]"));
}

TEST_CASE("a trigger starts work: a loop with one is followed, a loop without is not",
          "[consequences]") {
  constexpr std::string_view loop = R"(bizmap: 1
systems:
  - id: studio
    goal: Keep the portfolio fresh
    manager: founder
    outcomes: [portfolio-notes]
    processes:
      - id: pick-case-studies
        owner: founder
        trigger: The first Monday of the quarter
        inputs: [portfolio-notes]
        outputs: [case-study-list]
        steps: [Pick three recent projects]
      - id: update-portfolio
        owner: founder
        inputs: [case-study-list]
        outputs: [portfolio-notes]
        steps: [Write up the projects]
)";
  RuleSettings cycle_on;
  cycle_on["handoff-cycle"].severity = Severity::info;
  SECTION("with the trigger, neither handoff-cycle nor unreachable-outcome reports it") {
    CHECK(check_with(loop, cycle_on).findings.empty());
  }
  SECTION("without it, both say that nothing starts the loop") {
    std::string untriggered(loop);
    untriggered.erase(
        untriggered.find("        trigger: The first Monday of the quarter\n"),
        std::string_view("        trigger: The first Monday of the quarter\n").size());
    Checked checked = check_with(untriggered, cycle_on);
    CHECK(rules_of(checked) == std::vector<std::string>{"unreachable-outcome", "handoff-cycle"});
    CHECK(checked.findings[0].message ==
          "outcome 'portfolio-notes' of system 'studio' cannot be reached from where work starts: "
          "upstream, process 'pick-case-studies' needs 'portfolio-notes', which comes only round "
          "a loop that nothing starts");
  }
}

TEST_CASE("a process the outside starts and whose result goes outside is connected",
          "[consequences]") {
  constexpr std::string_view service = R"(bizmap: 1
external:
  inputs: [timesheets]
  outputs: [payslips]
systems:
  - id: payroll
    goal: Everyone paid on time
    manager: clerk
    processes:
      - id: run-payroll
        owner: clerk
        inputs: [timesheets]
        outputs: [payslips]
        steps: [Enter the hours, Send the payslips]
)";
  CHECK(check_text(service).findings.empty());
  // With only one side outside, it still works alone.
  std::string half(service);
  half.replace(half.find("  outputs: [payslips]\n"), 22, "");
  half.replace(half.find("outputs: [payslips]"), 19, "outputs: [timesheets-filed]");
  std::vector<std::string> rules = rules_of(check_text(half));
  CHECK(std::count(rules.begin(), rules.end(), "isolated-process") == 1);
}

TEST_CASE("a repeated process id keeps what the process uses counted", "[consequences]") {
  constexpr std::string_view copied = R"(bizmap: 1
data:
  - {id: vat-workings}
  - {id: vat-return}
  - {id: ec-sales-list}
external:
  inputs: [vat-workings]
  outputs: [vat-return, ec-sales-list]
systems:
  - id: tax
    goal: No late filing
    manager: ines
    processes:
      - id: submit-vat-return
        owner: ines
        inputs: [vat-workings]
        outputs: [vat-return]
        steps: [Submit the return]
      - id: submit-vat-return
        owner: ines
        inputs: [vat-workings]
        outputs: [ec-sales-list]
        steps: [Submit the list]
)";
  Checked checked = check_text(copied);
  CHECK(rules_of(checked) == std::vector<std::string>{"duplicate-id"});
}

TEST_CASE("a comma in an unquoted value in braces is one finding that says to quote it",
          "[consequences]") {
  Checked checked = check_text(
      "bizmap: 1\ndata:\n  - {id: records, description: Sales invoices, bills, receipts}\n");
  std::erase_if(checked.findings, [](const Diagnostic& d) { return d.rule == "unused-data"; });
  REQUIRE(checked.findings.size() == 1);
  const Diagnostic& finding = checked.findings[0];
  CHECK(finding.rule == "unknown-key");
  CHECK(finding.message ==
        "the value of 'description' has a comma in it, and in braces a comma ends a value, so "
        "YAML reads the rest as 2 keys: put the value in quotes: description: \"Sales invoices, "
        "bills, receipts\"; bizmap reads only 'Sales invoices'");
  CHECK(finding.at.line == 3);
  CHECK(finding.at.column == 32);
  CHECK(finding.at.length == std::string_view("Sales invoices, bills, receipts").size());
  SECTION("one word after the comma") {
    Checked one = check_text("bizmap: 1\ndata:\n  - {id: records, name: Invoices, bills}\n");
    std::erase_if(one.findings, [](const Diagnostic& d) { return d.rule == "unused-data"; });
    REQUIRE(one.findings.size() == 1);
    CHECK(one.findings[0].message.find("so YAML reads the rest as a key 'bills'") !=
          std::string::npos);
  }
  SECTION("a key with a colon of its own is a misspelt key, as before") {
    Checked misspelt = check_text("bizmap: 1\ndata:\n  - {id: records, nme: Invoices}\n");
    std::erase_if(misspelt.findings, [](const Diagnostic& d) { return d.rule == "unused-data"; });
    REQUIRE(misspelt.findings.size() == 1);
    CHECK(misspelt.findings[0].message.starts_with("unknown key 'nme'"));
  }
}

// Only the review findings: the processes of these models are isolated.
Checked reviews_of(const std::string& model) {
  Checked checked = check_text(model);
  std::erase_if(checked.findings, [](const Diagnostic& d) { return d.rule != "review-overdue"; });
  return checked;
}

TEST_CASE("a review cadence without review dates is one finding at the cadence", "[consequences]") {
  std::string model = "bizmap: 1\nbusiness:\n  name: Ledger\n  review_every: 1y\nsystems:\n"
                      "  - id: books\n    goal: Books closed by the 10th\n    manager: mei\n"
                      "    processes:\n";
  for (int i = 1; i <= 7; ++i) {
    model += fmt::format("      - {{id: p{}, owner: mei, trigger: t, steps: [s]}}\n", i);
  }
  SECTION("no dates: one finding, five processes noted, then a count") {
    Checked checked = reviews_of(model);
    REQUIRE(checked.findings.size() == 1);
    const Diagnostic& finding = checked.findings[0];
    CHECK(finding.rule == "review-overdue");
    CHECK(finding.at.line == 4);
    CHECK(finding.message ==
          "every process is to be reviewed every year, but 7 processes have no 'reviewed' date: "
          "set 'business.reviewed' to the day they were last reviewed, or give each its own "
          "'reviewed' date");
    REQUIRE(finding.related.size() == 6);
    CHECK(finding.related[4].note == "process 'p5' has no 'reviewed' date");
    CHECK(finding.related[5].note == "and 2 more");
  }
  SECTION("business.reviewed dates every process") {
    std::string dated = model;
    dated.insert(dated.find("  review_every"), "  reviewed: 2026-01-10\n");
    CHECK(reviews_of(dated).findings.empty());
  }
  SECTION("an old business.reviewed is one finding at the date") {
    std::string old = model;
    old.insert(old.find("  review_every"), "  reviewed: 2025-05-31\n");
    Checked checked = reviews_of(old);
    REQUIRE(checked.findings.size() == 1);
    CHECK(checked.findings[0].at.line == 4);
    CHECK(checked.findings[0].message ==
          "the business's 'reviewed' date, 2025-05-31, is the last review of 7 processes that "
          "were due for review on 2026-05-31 or earlier");
    // A day later it would not be overdue: due on the day, overdue the day after.
    std::string on_the_day = model;
    on_the_day.insert(on_the_day.find("  review_every"), "  reviewed: 2025-06-01\n");
    CHECK(reviews_of(on_the_day).findings.empty());
  }
  SECTION("a process's own date wins over the business's") {
    std::string own = model;
    own.insert(own.find("  review_every"), "  reviewed: 2026-01-10\n");
    own.replace(own.find("{id: p3, owner: mei,"), 20, "{id: p3, owner: mei, reviewed: 2020-01-01,");
    Checked checked = reviews_of(own);
    REQUIRE(checked.findings.size() == 1);
    CHECK(checked.findings[0].message.starts_with("process 'p3' was last reviewed on 2020-01-01"));
  }
}
