// Suppression comments end to end: how they remove findings and report the
// ones that suppress nothing.
#include "suppression_support.hpp"

#include <catch2/catch.hpp>

using namespace bizmap;
using namespace bizmap::testing;

TEST_CASE("the model the end-to-end tests start from reports four findings", "[suppression]") {
  CHECK(findings_of(plain_model) == Lines{"4:10 unused-role", "6:10 unused-tool",
                                          "13:14 process-without-owner",
                                          "13:14 process-without-steps"});
  CHECK(find_suppressions(plain_model, 0).empty());
}

TEST_CASE("bizmap-ignore(rule-a, rule-b) suppresses those rules on its line only",
          "[suppression]") {
  SECTION("one of two rules named: the other still reports") {
    Checked checked = check_text(R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern}
tools:
  - {id: fax}
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, inputs: [brief]} # bizmap-ignore(process-without-owner)
)");
    CHECK(findings_of(checked) ==
          Lines{"4:10 unused-role", "6:10 unused-tool", "13:14 process-without-steps"});
  }
  SECTION("both rules named") {
    CHECK(findings_of(R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern}
tools:
  - {id: fax}
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, inputs: [brief]} # bizmap-ignore(process-without-steps, process-without-owner)
)") == Lines{"4:10 unused-role", "6:10 unused-tool"});
  }
  SECTION("a rule named on one line still reports on other lines") {
    CHECK(findings_of(R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern}
tools:
  - {id: fax} # bizmap-ignore(unused-tool, unused-role)
  - {id: phone}
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, owner: founder, inputs: [brief], steps: [Sign]}
)") == Lines{"4:10 unused-role", "6:44 unused-suppression", "7:10 unused-tool"});
  }
}

TEST_CASE("bizmap-ignore-next-line suppresses the next line only", "[suppression]") {
  Checked checked = check_text(R"(bizmap: 1
roles:
  - {id: founder}
  # bizmap-ignore-next-line(unused-role)
  - {id: intern}
  - {id: helper}
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      # bizmap-ignore-next-line(process-without-owner)
      - {id: send-contract, inputs: [brief]}
)");
  CHECK(findings_of(checked) == Lines{"6:10 unused-role", "14:14 process-without-steps"});
}

TEST_CASE("a bare bizmap-ignore suppresses every rule on its line", "[suppression]") {
  CHECK(findings_of(R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern}
tools:
  - {id: fax}
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, inputs: [brief]} # bizmap-ignore
)") == Lines{"4:10 unused-role", "6:10 unused-tool"});
  // A bare next-line form covers every rule of the next line.
  CHECK(findings_of(R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern}
tools:
  - {id: fax}
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      # bizmap-ignore-next-line
      - {id: send-contract, inputs: [brief]}
)") == Lines{"4:10 unused-role", "6:10 unused-tool"});
}

TEST_CASE("suppressions in one file do not reach another file", "[suppression]") {
  fs::path folder = fresh_folder("suppression-two-files");
  // Both files have a finding on line 4; only a.yaml suppresses it.
  write_text(folder / "a.yaml", R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern} # bizmap-ignore(unused-role)
)");
  write_text(folder / "b.yaml", R"(bizmap: 1
roles:
  - {id: helper}
  - {id: trainee}
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, owner: founder, inputs: [brief], steps: [Sign]}
)");
  CHECK(finding_lines(check_path(folder), folder) ==
        "b.yaml:3:10: info: role 'helper' owns, manages and performs nothing [unused-role]\n"
        "b.yaml:4:10: info: role 'trainee' owns, manages and performs nothing [unused-role]\n");
}

TEST_CASE("text that only looks like a suppression suppresses nothing", "[suppression]") {
  SECTION("inside double and single quotes") {
    CHECK(findings_of(R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern, name: "Pay #1 # bizmap-ignore"}
  - {id: helper, name: 'Pay #2 # bizmap-ignore'}
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, owner: founder, inputs: [brief], steps: [Sign]}
)") == Lines{"4:10 unused-role", "5:10 unused-role"});
  }
  SECTION("inside a block scalar, which ends when the indentation returns") {
    CHECK(findings_of(R"(bizmap: 1
roles:
  - {id: founder}
  - id: intern
    description: |
      # bizmap-ignore
      Helps in summer. # bizmap-ignore(unused-role)
  - {id: helper} # bizmap-ignore(unused-role)
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, owner: founder, inputs: [brief], steps: [Sign]}
)") == Lines{"4:9 unused-role"});
  }
  SECTION("a # not preceded by whitespace") {
    CHECK(findings_of(R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern, name: a#bizmap-ignore}
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, owner: founder, inputs: [brief], steps: [Sign]}
)") == Lines{"4:10 unused-role"});
  }
}

TEST_CASE("an apostrophe in plain text does not hide a real comment", "[suppression]") {
  // The comments after "client's" are seen: the one naming a rule without a
  // finding is reported, and the next line's suppression still works.
  Checked checked = check_text(R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern, name: Dana's intern} # bizmap-ignore(unused-role)
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - id: qualify-lead
        owner: founder
        trigger: An inquiry
        outputs: [brief]
        steps:
          - do: Check the client's brief # bizmap-ignore(unknown-role)
            by: founder
      - {id: send-contract, owner: founder, inputs: [brief], steps: [Sign]} # bizmap-ignore
)");
  CHECK(findings_of(checked) == Lines{"15:58 unused-suppression", "17:77 unused-suppression"});
}

// --- Unused suppressions ------------------------------------------------

TEST_CASE("a suppression that suppresses nothing is reported where it is written",
          "[suppression]") {
  Checked checked = check_text(R"(bizmap: 1
roles:
  - {id: founder} # bizmap-ignore
  - {id: intern} # bizmap-ignore(unused-role, unused-tool)
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      # bizmap-ignore-next-line(missing-trigger)
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, owner: founder, inputs: [brief], steps: [Sign]}
)");
  REQUIRE(findings_of(checked) ==
          Lines{"3:19 unused-suppression", "4:47 unused-suppression", "10:33 unused-suppression"});
  // The bare one at its '#', the others at the rule name, underlined whole.
  CHECK(checked.findings[0].at == Location{0, 3, 19, 1});
  CHECK(checked.findings[1].at == Location{0, 4, 47, 11});
  CHECK(checked.findings[2].at == Location{0, 10, 33, 15});
  for (const Diagnostic& d : checked.findings) {
    CHECK(d.severity == Severity::info);
    CHECK(d.suggestion.empty());
  }
  CHECK(checked.findings[0].message == "this bizmap-ignore comment suppresses nothing");
  CHECK(checked.findings[1].message == "no 'unused-tool' finding on line 4 to suppress");
  // A next-line suppression names the line it was meant for.
  CHECK(checked.findings[2].message == "no 'missing-trigger' finding on line 11 to suppress");
}

TEST_CASE("an unknown rule name is reported, with the closest rule suggested", "[suppression]") {
  Checked checked = check_text(R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern} # bizmap-ignore(unused-rol, banana, unused-role)
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, owner: founder, inputs: [brief], steps: [Sign]}
)");
  // unused-role itself is suppressed; both unknown names are reported.
  REQUIRE(findings_of(checked) == Lines{"4:34 unused-suppression", "4:46 unused-suppression"});
  const Diagnostic* misspelt = finding_at(checked, 4, 34);
  REQUIRE(misspelt != nullptr);
  CHECK(misspelt->suggestion == "unused-role");
  CHECK(misspelt->at.length == 10);
  CHECK(misspelt->message ==
        "'unused-rol' is not a rule, so it suppresses nothing; did you mean 'unused-role'?");
  const Diagnostic* unknown = finding_at(checked, 4, 46);
  REQUIRE(unknown != nullptr);
  CHECK(unknown->suggestion.empty());
  CHECK(unknown->message == "'banana' is not a rule, so it suppresses nothing");
}

TEST_CASE("an unknown rule name suppresses nothing", "[suppression]") {
  CHECK(findings_of(R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern} # bizmap-ignore(unused-rol)
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, owner: founder, inputs: [brief], steps: [Sign]}
)") == Lines{"4:10 unused-role", "4:34 unused-suppression"});
}
