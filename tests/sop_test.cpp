// Pages for the people who do the work: process pages for staff and
// authors, role pages, the RACI matrix, the order of systems, review dates,
// step notes and the hours per week behind them.
#include "model/review.hpp"
#include "report/context.hpp"
#include "report/notes.hpp"
#include "report/report.hpp"
#include "report/workload.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

fs::path clinic_model() {
  return source_dir() / "tests" / "report" / "dental-clinic.yaml";
}

// Writes the clinic's report for one audience into a fresh folder.
fs::path clinic_report(std::string_view name, std::vector<std::string> options = {}) {
  fs::path out = fresh_folder(name) / "report";
  std::vector<std::string> args{"report",  clinic_model().string(),       "-o", out.string(),
                                "--today", std::string(test_today_option)};
  args.insert(args.end(), options.begin(), options.end());
  CliResult result = bizmap_cli(args);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return out;
}

// The text of one section of a page: from its heading to the next one.
std::string section(const std::string& page, std::string_view heading) {
  std::size_t start = page.find(fmt::format("\n## {}\n", heading));
  if (start == std::string::npos) {
    return "";
  }
  std::size_t end = page.find("\n## ", start + 1);
  return page.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::size_t occurrences(const std::string& text, std::string_view part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

} // namespace

TEST_CASE("a process page says what starts it, who owns it, what it uses and how long it takes",
          "[report][sop]") {
  fs::path out = clinic_report("sop-check-in", {"--audience", "staff"});
  std::string page = read_text(out / "processes" / "check-in.md");
  // Recurring work starts with its period, not with the inputs it reads.
  CHECK(contains(page, "- **Starts:** Every working day\n"));
  // The owner is named once, in the facts; steps name only other performers.
  CHECK(contains(page, "- **Owner:** [Reception team (both sites)](../roles/reception.md)\n"));
  CHECK(occurrences(section(page, "Steps"), "Reception team") == 0);
  // A step's details follow the format's order; its outputs link to the data.
  CHECK(contains(page, "3. Examine and treat the patient\n\n   Who: [Dr Okafor (Dentist)]"
                       "(../roles/dentist.md) · Outputs: [Treatment record]"
                       "(../data.md#treatment-record), [Fitted lab work]"
                       "(../data.md#fitted-lab-work)"
                       " · Time: 30 min\n"));
  // Tools come from the steps too; the automated step's minute is not hands-on.
  CHECK(contains(page, "- **Tools:** Dentally practice system\n"));
  CHECK(contains(page, "- **Hands-on time:** 33 min\n"));
  CHECK(contains(page, "- **Consulted before:** [Dr Okafor (Dentist)](../roles/dentist.md)\n"));
  CHECK(contains(page, "- **Informed after:** [Mei Lin (Practice manager)]"
                       "(../roles/practice-manager.md)\n"));
  CHECK(contains(page, "- **Review:** Every year; last reviewed 2026-03-01; next review by "
                       "2027-03-01\n"));
}

TEST_CASE("a page starts work on demand with what arrives from others and the owner's own work",
          "[report][sop]") {
  fs::path folder = fresh_folder("sop-starts");
  write_text(folder / "model.yaml", R"(bizmap: 1
data:
  - {id: feeds}
  - {id: risk, kind: record}
  - {id: records}
  - {id: pack}
external: {inputs: [feeds], outputs: [pack]}
systems:
  - id: books
    processes:
      - {id: collect, name: Collect bank feeds, owner: bookkeeper, inputs: [feeds], outputs: [records], steps: [Collect]}
      - {id: assess, owner: partner, frequency: yearly, volume: 1, outputs: [risk], steps: [Assess]}
      - {id: reconcile, owner: bookkeeper, frequency: monthly, volume: 140, inputs: [records, risk], outputs: [pack], steps: [Reconcile]}
      - {id: query, owner: bookkeeper, inputs: [records, risk, feeds], outputs: [pack], steps: [Query]}
      - {id: advise, owner: partner, frequency: on-demand, volume: 30/month, outputs: [pack], steps: [Advise]}
)");
  fs::path out = folder / "report";
  REQUIRE(bizmap_cli({"report", (folder / "model.yaml").string(), "-o", out.string(), "--audience",
                      "staff"})
              .exit_code == 0);
  auto starts = [&](std::string_view process) {
    std::string page = read_text(out / "processes" / (std::string(process) + ".md"));
    std::size_t at = page.find("- **Starts:** ");
    return at == std::string::npos ? std::string()
                                   : page.substr(at + 14, page.find('\n', at) - at - 14);
  };
  CHECK(starts("reconcile") == "Every month, 140 times");
  CHECK(starts("assess") == "Every year");
  // The record (standing information) starts nothing; the bookkeeper's own
  // earlier work is work done, not something received.
  CHECK(starts("query") == "When it receives [feeds](../data.md#feeds) from outside the "
                           "business, after you have finished [Collect bank feeds](collect.md)");
  CHECK(starts("advise") == "When needed, about 30 times a month");
}

TEST_CASE("inputs are received from someone and outputs handed to someone, in tables of their own",
          "[report][sop]") {
  fs::path out = clinic_report("sop-handoffs", {"--audience", "staff"});
  std::string page = read_text(out / "processes" / "check-in.md");
  CHECK(section(page, "What you receive") ==
        "\n## What you receive\n\n| What | From |\n| --- | --- |\n"
        // the owner's own earlier work: not "by" the owner, who reads the page
        "| [Booked appointment](../data.md#booked-appointment) | [Book an appointment]"
        "(book-appointment.md) |\n"
        "| [Patient record](../data.md#patient-record) | [Register a new patient]"
        "(register-new-patient.md) |\n");
  CHECK(section(page, "What you hand over") ==
        "\n## What you hand over\n\n| What | To |\n| --- | --- |\n"
        "| [Treatment record](../data.md#treatment-record) | [Take a payment](take-payment.md) by "
        "Reception team (both sites) |\n"
        "| [Fitted lab work](../data.md#fitted-lab-work) | outside the business |\n");
  CHECK_FALSE(contains(page, "SIPOC"));
}

TEST_CASE("steps are a numbered checklist with notes, links and what-ifs that link processes",
          "[report][sop]") {
  fs::path out = clinic_report("sop-steps", {"--audience", "staff"});
  std::string page = read_text(out / "processes" / "book-appointment.md");
  CHECK(contains(page, "- **Starts:** When it receives [Patient phone call]"
                       "(../data.md#patient-phone-call) from outside the business\n"));
  CHECK(contains(page, "- **Tools:** Phone, Dentally practice system\n"));
  CHECK(contains(page,
                 "## Steps\n\n1. Answer the call with the greeting script\n\n"
                 "   Tool: Phone · Time: 2 min\n\n"
                 "   Say: \"Riverside Dental, this is *your name*, how can I help?\"\n\n"
                 "   - [ ] Ask for the date of birth\n"
                 "   - [ ] Check the phone number on file\n\n"
                 "   Links: [Greeting script](https://wiki.example.com/reception/greeting)\n\n"
                 "2. Find a free slot and book it\n"));
  CHECK(contains(page, "   - **The caller is a new patient:** Run [Register a new patient]"
                       "(register-new-patient.md) first\n"));
  // One role does every step: no swimlanes.
  CHECK_FALSE(contains(page, "```mermaid"));
  std::string check_in = read_text(out / "processes" / "check-in.md");
  CHECK(contains(check_in, "## Who does what\n\n```mermaid\nflowchart LR\n"
                           "  subgraph lane0[\"Reception team (both sites)\"]\n"
                           "    direction LR\n"
                           "    step1[\"1: Greet the patient and confirm their details\"]\n"
                           "  end\n"));
  CHECK(contains(check_in, "  subgraph lane2[\"Dr Okafor (Dentist)\"]\n"));
  CHECK(contains(check_in, "  step1 --> step2\n  step2 --> step3\n```"));
  CHECK(contains(check_in, "- **The patient is more than 15 minutes late:** Ask the dentist "
                           "whether they can still be seen, else [Book an appointment]"
                           "(book-appointment.md) again"));
}

TEST_CASE("a what-if's text is escaped around the processes it links", "[report][sop]") {
  fs::path out = fresh_folder("sop-what-if-text") / "report";
  std::string model = (source_dir() / "tests" / "report" / "nasty-names.yaml").string();
  CliResult result = bizmap_cli({"report", model, "-o", out.string()});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  std::string page = read_text(out / "processes" / "take-order.md");
  CHECK(contains(page, "Call back \\[within\\] 5 min, or run [Twin (process send-invoice)]"
                       "(send-invoice.md) then `no-such-process` \\| \\`x y\\`\n"));
}

TEST_CASE("the staff's pages leave out findings, scores and placeholders, the author's keep them",
          "[report][sop]") {
  fs::path staff = clinic_report("sop-staff", {"--audience", "staff"});
  fs::path author = clinic_report("sop-author");
  for (const auto& entry : fs::recursive_directory_iterator(staff)) {
    if (entry.path().extension() == ".md") {
      std::string page = read_text(entry.path());
      INFO(entry.path().string());
      for (std::string_view author_only :
           {"## Findings", "## Health check", "## Open findings", "not set", "None written down",
            "No open findings", "**Layer:**", "not in the roles catalogue"}) {
        CHECK_FALSE(contains(page, author_only));
      }
    }
  }
  std::string register_author = read_text(author / "processes" / "register-new-patient.md");
  CHECK(contains(register_author, "- **Review:** Every year; last reviewed 2025-03-01; next "
                                  "review was due 2026-03-01, **overdue**\n"));
  CHECK(contains(register_author, "| warning | review-overdue | process 'register-new-patient' "
                                  "was last reviewed on 2025-03-01"));
  CHECK(contains(register_author, "## If something goes wrong\n\nNone written down yet"));
  CHECK(contains(register_author, "- **Layer:** not set\n"));
  CHECK(contains(read_text(author / "README.md"), "## Health check"));
  CHECK(contains(read_text(author / "processes" / "take-payment.md"),
                 "- **Starts:** Every working day\n"));
  // The overdue review is still shown to staff: the page may be out of date.
  CHECK(contains(read_text(staff / "processes" / "register-new-patient.md"),
                 "next review was due 2026-03-01, **overdue**"));
}

TEST_CASE("a role page lists what the role owns, manages, performs and is consulted or informed on",
          "[report][sop]") {
  fs::path out = clinic_report("sop-roles", {"--audience", "staff"});
  std::string reception = read_text(out / "roles" / "reception.md");
  // Take a payment: 5 runs a week × 5 min = 25 min; check in: 5 × 3 min =
  // 15 min; 40 min is 0.67 hours. Booking and registering are on demand
  // without a volume: not counted, and said so.
  CHECK(reception.starts_with("# Reception team (both sites)\n\n- **Kind:** team\n"
                              "- **Time:** about 0.7 hours per week, with some work not "
                              "counted\n"));
  CHECK(contains(reception, "## Owns\n\n- [Take a payment](../processes/take-payment.md) (daily)\n"
                            "- [Book an appointment](../processes/book-appointment.md) (on "
                            "demand)\n"));
  CHECK(contains(reception,
                 "| [Take a payment](../processes/take-payment.md) | 1 | Open the patient's bill | "
                 "Dentally practice system | 2 min |\n"
                 "| | 2 | Take the payment on the card reader | Card reader | 3 min |\n"
                 "| [Book an appointment](../processes/book-appointment.md) | 1 |"));
  CHECK(contains(reception, "| [Check in a patient](../processes/check-in.md) | daily | 5.0 | "
                            "3 min | 0.3 |\n"));
  CHECK(contains(reception, "| [Book an appointment](../processes/book-appointment.md) | on "
                            "demand | not known | 7 min | not counted |\n"));
  CHECK(contains(reception, "| **Total** | | | | **0.7** |\n"));
  CHECK(contains(reception, "Capacity not known: the model does not say how many people are in "
                            "this team.\n"));
  CHECK(contains(reception, "Not counted: 2 processes have no volume, so how often each runs is "
                            "not known ([Book an appointment](../processes/book-appointment.md), "
                            "[Register a new patient](../processes/register-new-patient.md)).\n"));
  std::string dentist = read_text(out / "roles" / "dentist.md");
  CHECK(contains(dentist, "## Consulted on\n\n- [Check in a patient](../processes/check-in.md) "
                          "(daily)\n"));
  // 30 minutes every working day: 2.5 hours a week, of a full week of 40
  // hours (a person, the calendar's default 8 × 5): 6.25%.
  CHECK(contains(dentist, "- **Time:** about 2.5 hours per week of 40.0 available (6%)\n"));
  CHECK_FALSE(contains(dentist, "## Owns"));
  std::string manager = read_text(out / "roles" / "practice-manager.md");
  CHECK(contains(manager, "## Manages\n\n- [Billing](../systems/billing.md): Every treatment "
                          "paid for on the day\n- [Reception](../systems/reception-desk.md)"));
  CHECK(contains(manager, "## Informed on\n\n- [Check in a patient](../processes/check-in.md)"));
  std::string automation = read_text(out / "roles" / "practice-system.md");
  CHECK(contains(automation, "| 2 | Send the medical history form to the tablet | Dentally "
                             "practice system | 1 min, automated |"));
  CHECK_FALSE(contains(automation, "## Time per week"));
}

TEST_CASE("the ownership page is a RACI matrix with hours per week as the load", "[report][sop]") {
  fs::path out = clinic_report("sop-raci");
  std::string ownership = read_text(out / "ownership.md");
  CHECK(contains(ownership, "| Process | [Reception team (both sites)](roles/reception.md) | "
                            "[Dr Okafor (Dentist)](roles/dentist.md) | [Mei Lin (Practice "
                            "manager)](roles/practice-manager.md) | [Practice system "
                            "automations](roles/practice-system.md) |\n"));
  CHECK(contains(ownership, "| [Check in a patient](processes/check-in.md) | A, R | R, C | I, M | "
                            "R |\n"));
  CHECK(contains(ownership, "| [Take a payment](processes/take-payment.md) | A, R | | M | |\n"));
  // A team without people has no known capacity; a person has a full week.
  CHECK(contains(ownership, "| [Reception team (both sites)](roles/reception.md) | team | 0.7 | | "
                            "not known | | 4 | 4 | 6 | 0 | 0 | 0 |\n"));
  CHECK(contains(ownership, "| [Dr Okafor (Dentist)](roles/dentist.md) | person | 2.5 | 2.5 | "
                            "40.0 | 6% | 0 | 1 | 1 | 1 | 0 | 0 |\n"));
  CHECK(contains(ownership, "| [Mei Lin (Practice manager)](roles/practice-manager.md) | person | "
                            "0.0 | 0.0 | 40.0 | 0% | 0 | 0 | 0 | 0 | 1 | 2 |\n"));
  CHECK(contains(ownership, "Not counted: 2 processes have no volume.\n"));
}

TEST_CASE("systems are listed as work flows from outside, or as written with --system-order file",
          "[report][sop]") {
  // Billing is written first, but work enters through Reception.
  std::string flow = read_text(clinic_report("sop-order-flow") / "README.md");
  CHECK(contains(flow, "## Systems\n\n- [Reception](systems/reception-desk.md): "));
  CHECK(flow.find("- System: [Reception]") < flow.find("- System: [Billing]"));
  std::string file =
      read_text(clinic_report("sop-order-file", {"--system-order", "file"}) / "README.md");
  CHECK(contains(file, "## Systems\n\n- [Billing](systems/billing.md): "));
  CHECK(bizmap_cli({"report", clinic_model().string(), "-o",
                    (fresh_folder("sop-order-bad") / "r").string(), "--system-order", "name"})
            .exit_code == 2);
}

TEST_CASE("the option --today sets the date reviews are due against, and must be a date",
          "[report][sop]") {
  std::string model = clinic_model().string();
  CliResult early = bizmap_cli({"check", model, "--today", "2026-02-28"});
  CHECK(early.exit_code == 0);
  CHECK_FALSE(contains(early.out, "review-overdue"));
  CliResult late = bizmap_cli({"check", model, "--today", "2026-03-02"});
  CHECK(contains(late.out, "process 'register-new-patient' was last reviewed on 2025-03-01"));
  CHECK_FALSE(contains(late.out, "process 'book-appointment'"));
  CliResult later = bizmap_cli({"check", model, "--today", "2026-07-11"});
  CHECK(contains(later.out, "process 'book-appointment' was last reviewed on 2026-01-10 and was "
                            "due for review on 2026-07-10 (every 6 months)"));
  for (std::string_view bad : {"2026-02-30", "2026-6-1", "tomorrow", "", "20260601"}) {
    INFO(bad);
    CliResult check = bizmap_cli({"check", model, "--today", std::string(bad)});
    CHECK(check.exit_code == 2);
    CHECK(contains(check.err, fmt::format("--today: expected a date as YYYY-MM-DD, like "
                                          "2026-03-01, not '{}'",
                                          bad)));
    fs::path out = fresh_folder("sop-today-bad") / "report";
    CHECK(
        bizmap_cli({"report", model, "-o", out.string(), "--today", std::string(bad)}).exit_code ==
        2);
    CHECK_FALSE(fs::exists(out));
  }
  CHECK(contains(bizmap_cli({"check", "--help"}).out, "--today"));
  CHECK(contains(bizmap_cli({"report", "--help"}).out, "--audience"));
}

TEST_CASE("working time counts 8-hour days and 5-day weeks", "[report][sop]") {
  const WorkingTime standard(std::nullopt);
  CHECK(working_minutes({90, 'm'}, standard) == 90);
  CHECK(working_minutes({2, 'h'}, standard) == 120);
  CHECK(working_minutes({3, 'd'}, standard) == 3 * 480);
  CHECK(working_minutes({1, 'w'}, standard) == 5 * 480);
  CHECK(working_time_words(0, standard) == "0 min");
  CHECK(working_time_words(45, standard) == "45 min");
  CHECK(working_time_words(135, standard) == "2 h 15 min");
  CHECK(working_time_words(480 + 120, standard) == "1 day 2 h");
  CHECK(working_time_words(3 * 480 + 5, standard) == "3 days 5 min");
  // 30 minutes a working day: 2.5 hours a week.
  CHECK(hours_text(0.5 * 5) == "2.5");
  // An hour a month: 12 hours a year, 12/52 = 0.23 a week.
  CHECK(hours_text(12.0 / 52) == "0.2");
  CHECK(hours_text(0) == "0.0");
}

namespace {

std::string notes_markdown(std::string_view notes, std::size_t indent = 0) {
  return StepNotes(notes).markdown(indent);
}

} // namespace

TEST_CASE("notes keep code, emphasis and web links, and drop HTML and other links",
          "[report][sop]") {
  CHECK(notes_markdown("Say *hello* and **smile**, _or_ __grin__") ==
        "Say *hello* and **smile**, *or* **grin**");
  CHECK(notes_markdown("`rm -rf /` | <b>bold</b> <!-- note -->") == "`rm -rf /` \\| bold");
  CHECK(notes_markdown("snake_case ~~gone~~ ~kept~") == "snake\\_case ~~gone~~ ~~kept~~");
  CHECK(notes_markdown("see [the wiki](https://w.example.com/a_(b)) now") ==
        "see [the wiki](https://w.example.com/a_%28b%29) now");
  CHECK(notes_markdown("[bad](javascript:alert(1)) [x](relative/page.md) [y][ref]\n\n"
                       "[ref]: data:text/html,hi") == "bad x y");
  CHECK(notes_markdown("go to https://example.com/x, then") ==
        "go to <https://example.com/x>, then");
  CHECK(notes_markdown("[click here](https://example.com \"title\")") == "<https://example.com>");
  CHECK(notes_markdown("![logo](https://example.com/l.png) ![](https://example.com/m.png) "
                       "![x](file:///etc/passwd)") ==
        "[logo](https://example.com/l.png) <https://example.com/m.png> x");
  CHECK(notes_markdown("2 * 3 * 4 and ** alone") == "2 \\* 3 \\* 4 and \\*\\* alone");
  CHECK(notes_markdown("`unclosed and www.example.com a@b.co") ==
        "\\`unclosed and [www\\.example.com](http://www.example.com) [a\\@b.co](mailto:a@b.co)");
  CHECK(notes_markdown("wow\\![x](https://e.com)") == "wow\\![x](https://e.com)");
  CHECK(web_link("", "tel:+4412345") == "<tel:+4412345>");
  CHECK(web_link("Call *us*", "tel:+4412345") == "[Call \\*us\\*](tel:+4412345)");
}

TEST_CASE("notes stay inside their step: lists, quotes, tables and fences kept, the rest made "
          "harmless",
          "[report][sop]") {
  CHECK(notes_markdown("One\ntwo\n\n- a\n- b\n  - c\n\nAfter", 3) ==
        "   One\n   two\n\n   - a\n   - b\n     - c\n\n   After");
  CHECK(notes_markdown("* [ ] first\n+ [x] second\n3) third") ==
        "- [ ] first\n- [x] second\n\n1. third");
  CHECK(notes_markdown("# Before you start\nCheck the room", 3) ==
        "   **Before you start:**\n\n   Check the room");
  CHECK(notes_markdown("**Alone**\n\n**Ends.**") == "**Alone:**\n\n**Ends.**");
  CHECK(notes_markdown("Text\n---\n===\n***") == "**Text:**\n\n\\===\n\n***");
  CHECK(notes_markdown("> Say this\n>> and this\n\n> later", 2) ==
        "  > Say this\n  >\n  > > and this\n  >\n  > later");
  CHECK(notes_markdown("~~~python\nprint(1)\n\tx\n~~~", 3) ==
        "   ```python\n   print(1)\n       x\n   ```");
  // An unclosed fence is closed, and a fence inside cannot close it early.
  CHECK(notes_markdown("````\n```\nstill code") == "````text\n```\nstill code\n````");
  CHECK(
      notes_markdown("<div>hi</div>\n\n| a | b |\n|:-|-:|\n| `x\\|y` | z\n\n    indented", 2) ==
      "  hi\n\n  | a | b |\n  | :--- | ---: |\n  | `x\\|y` | z |\n\n  ```text\n  indented\n  ```");
  CHECK(notes_markdown("-\n1.\n1986. A good year") == "-\n\n1.\n2. A good year");
  CHECK(notes_markdown("- a\n  ```\n  code\n  ```\n- b") ==
        "- a\n\n  ```text\n  code\n  ```\n\n- b");
  CHECK(notes_markdown("trailing   \n\n\n\nblank\x01lines") == "trailing\n\nblank lines");
  CHECK(notes_markdown("hard  \nbreak") == "hard\\\nbreak");
  CHECK(notes_markdown("", 3).empty());
}

TEST_CASE("a large report is the same whether its pages are written on one thread or several",
          "[report][sop]") {
  // 1,200 processes with handoffs, reviews, notes and roles: more than 1,000
  // pages, in chunks of 256.
  std::string text = "bizmap: 1\nbusiness: {name: Many, review_every: 1y}\nexternal: {inputs: "
                     "[in-0]}\nsystems:\n";
  for (int s = 0; s < 40; ++s) {
    text += fmt::format("  - id: system-{}\n    goal: Work\n    manager: manager-{}\n"
                        "    processes:\n",
                        s, s % 7);
    for (int p = s * 30; p < (s + 1) * 30; ++p) {
      text += fmt::format("      - id: process-{0}\n        owner: owner-{1}\n"
                          "        inputs: [in-{0}]\n        outputs: [in-{2}]\n"
                          "        consulted: [manager-{3}]\n        reviewed: 2026-0{4}-01\n"
                          "        steps:\n          - do: Step of {0}\n            by: team-{3}\n"
                          "            duration: {5}m\n            notes: \"- [ ] check {0}\"\n"
                          "          - Finish\n        what_ifs:\n"
                          "          - {{if: Late, then: \"Run `process-{6}`\"}}\n",
                          p, p % 50, p + 1, p % 9, p % 9 + 1, p % 60 + 1, p / 2);
    }
  }
  fs::path folder = fresh_folder("sop-threads");
  write_text(folder / "model.yaml", text);
  Checked checked = check_path(folder / "model.yaml");
  ReportOptions options{false, Audience::author, SystemOrder::flow, test_today, 1, {}};
  std::vector<ReportFile> one = build_report(checked.loaded.model, checked.findings, options);
  REQUIRE(one.size() > 1000);
  for (std::size_t threads : {2, 3, 8}) {
    options.threads = threads;
    std::vector<ReportFile> several = build_report(checked.loaded.model, checked.findings, options);
    REQUIRE(several.size() == one.size());
    for (std::size_t f = 0; f < one.size(); ++f) {
      INFO(one[f].path << " on " << threads << " threads");
      CHECK(several[f].path == one[f].path);
      CHECK(several[f].text == one[f].text);
    }
  }
}

TEST_CASE("review dates are real calendar dates, from the first to the last day of each month",
          "[sop][boundaries]") {
  CHECK(parse_date("2026-01-01") == Date{2026, 1, 1});
  CHECK(parse_date("2026-12-31") == Date{2026, 12, 31});
  CHECK(parse_date("0001-01-01") == Date{1, 1, 1});
  CHECK(parse_date("9999-12-31") == Date{9999, 12, 31});
  for (std::string_view bad : {"2026-00-10", "2026-13-10", "2026-01-00", "2026-01-32", "2026-04-31",
                               "0000-06-01", "2026-6-01", "2026-06-1", "26-06-01", "2026/06/01",
                               " 2026-06-01", "2026-06-01 ", "2026-06-0a", "+026-06-01", ""}) {
    INFO(bad);
    CHECK_FALSE(parse_date(bad));
  }
  // February: 29 days in leap years (every 4th, not every 100th, every 400th).
  CHECK(parse_date("2024-02-29"));
  CHECK(parse_date("2000-02-29"));
  CHECK_FALSE(parse_date("2025-02-29"));
  CHECK_FALSE(parse_date("2100-02-29"));
  CHECK_FALSE(parse_date("2024-02-30"));
}

TEST_CASE("review cadences are 1 to 9999 weeks, months or years", "[sop][boundaries]") {
  CHECK(parse_cadence("1w")->amount == 1);
  CHECK(parse_cadence("9999y")->amount == 9999);
  CHECK(parse_cadence("6mo")->unit == ReviewCadence::Unit::months);
  CHECK(parse_cadence("2w")->unit == ReviewCadence::Unit::weeks);
  for (std::string_view bad : {"0w", "0mo", "10000y", "1", "y", "mo", "1m", "1d", "1month", "1 y",
                               "1Y", "1.5y", "-1y", "1yy", "01mo0", ""}) {
    INFO(bad);
    CHECK_FALSE(parse_cadence(bad));
  }
  CHECK(cadence_words(*parse_cadence("1y")) == "year");
  CHECK(cadence_words(*parse_cadence("2w")) == "2 weeks");
}

TEST_CASE("a review is due a cadence later, at the end of a shorter month", "[sop][boundaries]") {
  ReviewCadence months{1, ReviewCadence::Unit::months, {}};
  CHECK(add_cadence({2026, 1, 31}, months) == Date{2026, 2, 28});
  CHECK(add_cadence({2024, 1, 31}, months) == Date{2024, 2, 29});
  CHECK(add_cadence({2026, 1, 30}, months) == Date{2026, 2, 28});
  CHECK(add_cadence({2026, 1, 28}, months) == Date{2026, 2, 28});
  CHECK(add_cadence({2026, 12, 15}, months) == Date{2027, 1, 15});
  CHECK(add_cadence({2024, 2, 29}, {1, ReviewCadence::Unit::years, {}}) == Date{2025, 2, 28});
  CHECK(add_cadence({2024, 2, 29}, {4, ReviewCadence::Unit::years, {}}) == Date{2028, 2, 29});
  CHECK(add_cadence({2026, 12, 28}, {1, ReviewCadence::Unit::weeks, {}}) == Date{2027, 1, 4});
  CHECK(add_cadence({2024, 2, 22}, {1, ReviewCadence::Unit::weeks, {}}) == Date{2024, 2, 29});
  CHECK(add_cadence({2026, 3, 1}, {9999, ReviewCadence::Unit::years, {}}) == Date{12025, 3, 1});
}

TEST_CASE("hours per week round to a tenth, halves up", "[sop][boundaries]") {
  // A tenth of an hour a week is 312 minutes a year: the same boundaries
  // as when hours were counted in whole minutes a year.
  CHECK(hours_text(312.0 / 3120) == "0.1");
  CHECK(hours_text(155.0 / 3120) == "0.0"); // 0.0497 hours
  CHECK(hours_text(156.0 / 3120) == "0.1"); // 0.05 exactly
  CHECK(hours_text(157.0 / 3120) == "0.1");
  CHECK(hours_text((312.0 * 10 - 157) / 3120) == "0.9");
  CHECK(hours_text((312.0 * 10 - 156) / 3120) == "1.0");
  CHECK(hours_text(40) == "40.0");
  CHECK(minutes_words(44.6) == "45 min");
  CHECK(minutes_words(135) == "2 h 15 min");
  CHECK(minutes_words(120) == "2 h");
  CHECK(percent_text(1, 8) == "13%"); // 12.5 rounds up
}

TEST_CASE("the pages count time in the business's working days", "[report][sop]") {
  // At 7.5 hours a day a working day is 450 minutes: a step of 8h is 480
  // minutes, one day and 30 minutes; a step of 1d is 450 minutes. Together,
  // 930 minutes: two days (900) and 30 minutes.
  const WorkingTime short_days(Calendar{7.5, 5, {}});
  CHECK(working_minutes({1, 'd'}, short_days) == 450);
  CHECK(working_time_words(480, short_days) == "1 day 30 min");
  Checked checked = check_text(R"(bizmap: 1
business: {name: Ledgerly, calendar: {hours_per_day: 7.5}}
roles: [{id: bookkeeper}]
systems:
  - id: books
    processes:
      - id: close-month
        owner: bookkeeper
        trigger: The month ends
        steps:
          - {do: Reconcile the bank, duration: 8h}
          - {do: Post the journals, duration: 1d}
)");
  ReportOptions options;
  options.today = test_today;
  options.threads = 1;
  std::string page, role;
  for (const ReportFile& file : build_report(checked.loaded.model, checked.findings, options)) {
    if (file.path == ReportContext::process_path(checked.loaded.model, 0)) {
      page = file.text;
    } else if (file.path == "roles/bookkeeper.md") {
      role = file.text;
    }
  }
  CHECK(contains(page, "- **Hands-on time:** 2 days 30 min\n"));
  CHECK(contains(page, "Time: 1 day 30 min\n"));
  CHECK(contains(role, "| 1 day 30 min |"));
}
