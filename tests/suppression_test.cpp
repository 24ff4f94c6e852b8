// Suppression comments: the scanner that finds them in the text, and how they
// remove findings and report the ones that suppress nothing.
#include "lint/suppression.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// One suppression as "line L: #@C -> T [rule@C, ...]": where the comment is,
// the line it suppresses, and each named rule with its column. File, line and
// length of every location are checked separately by `locations_ok`.
std::string describe(const Suppression& s) {
  std::string text = "line " + std::to_string(s.at.line) + ": #@" + std::to_string(s.at.column) +
                     " -> " + std::to_string(s.line) + " [";
  for (std::size_t i = 0; i < s.rules.size(); ++i) {
    text += (i == 0 ? "" : ", ") + s.rules[i].id + "@" + std::to_string(s.rules[i].at.column);
  }
  return text + "]";
}

std::vector<std::string> scan(std::string_view text, std::uint32_t file = 0) {
  std::vector<std::string> found;
  for (const Suppression& s : find_suppressions(text, file)) {
    found.push_back(describe(s));
  }
  return found;
}

// The comment's own location, and each rule name's, are on the comment's line
// in the right file, with the length of '#' and of the name.
bool locations_ok(const Suppression& s, std::uint32_t file) {
  if (s.at.file != file || s.at.length != 1) {
    return false;
  }
  for (const Ref& rule : s.rules) {
    if (rule.at.file != file || rule.at.line != s.at.line ||
        rule.at.length != static_cast<std::uint32_t>(rule.id.size())) {
      return false;
    }
  }
  return true;
}

// The findings as "line:column rule", in the order they are reported.
std::vector<std::string> findings_of(const Checked& checked) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : checked.findings) {
    lines.push_back(std::to_string(d.at.line) + ":" + std::to_string(d.at.column) + " " +
                    std::string(d.rule));
  }
  return lines;
}

std::vector<std::string> findings_of(std::string_view text) {
  return findings_of(check_text(text));
}

const Diagnostic* finding_at(const Checked& checked, std::uint32_t line, std::uint32_t column) {
  for (const Diagnostic& d : checked.findings) {
    if (d.at.line == line && d.at.column == column) {
      return &d;
    }
  }
  return nullptr;
}

using Lines = std::vector<std::string>;

// Without suppressions this model reports exactly:
//   4:10 unused-role (intern), 6:10 unused-tool (fax),
//   13:14 process-without-owner and 13:14 process-without-steps (send-contract).
constexpr std::string_view plain_model = R"(bizmap: 1
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
      - {id: send-contract, inputs: [brief]}
)";

} // namespace

// --- The scanner --------------------------------------------------------

TEST_CASE("the model the end-to-end tests start from reports four findings", "[suppression]") {
  CHECK(findings_of(plain_model) == Lines{"4:10 unused-role", "6:10 unused-tool",
                                          "13:14 process-without-owner",
                                          "13:14 process-without-steps"});
  CHECK(find_suppressions(plain_model, 0).empty());
}

TEST_CASE("a trailing bizmap-ignore with a list names its rules on its own line", "[suppression]") {
  std::string_view text = "bizmap: 1\n"
                          "roles:\n"
                          "  - {id: intern} # bizmap-ignore(unused-role, unused-tool)\n";
  std::vector<Suppression> found = find_suppressions(text, 3);
  REQUIRE(found.size() == 1);
  CHECK(describe(found[0]) == "line 3: #@18 -> 3 [unused-role@34, unused-tool@47]");
  CHECK(locations_ok(found[0], 3));
  CHECK(found[0].rules[0].at == Location{3, 3, 34, 11});
}

TEST_CASE("bizmap-ignore-next-line names the line after the comment", "[suppression]") {
  std::string_view text = "roles:\n"
                          "  # bizmap-ignore-next-line(unused-role)\n"
                          "  - {id: intern}\n"
                          "  #bizmap-ignore-next-line\n";
  std::vector<Suppression> found = find_suppressions(text, 1);
  REQUIRE(found.size() == 2);
  CHECK(describe(found[0]) == "line 2: #@3 -> 3 [unused-role@29]");
  CHECK(describe(found[1]) == "line 4: #@3 -> 5 []");
  CHECK(locations_ok(found[0], 1));
  CHECK(locations_ok(found[1], 1));
}

TEST_CASE("a bare bizmap-ignore names no rule, so it covers every rule", "[suppression]") {
  CHECK(scan("  - {id: intern} # bizmap-ignore\n") == Lines{"line 1: #@18 -> 1 []"});
  CHECK(scan("# bizmap-ignore") == Lines{"line 1: #@1 -> 1 []"});
  CHECK(scan("id: x\t#\tbizmap-ignore  \n") == Lines{"line 1: #@7 -> 1 []"});
}

TEST_CASE("rule lists may be written with or without spaces after commas", "[suppression]") {
  CHECK(scan("id: x #bizmap-ignore(unused-role,unused-tool)") ==
        Lines{"line 1: #@7 -> 1 [unused-role@22, unused-tool@34]"});
  CHECK(scan("id: x # bizmap-ignore( unused-role ,  unused-tool )") ==
        Lines{"line 1: #@7 -> 1 [unused-role@24, unused-tool@39]"});
}

TEST_CASE("a reason may follow a suppression after ' -- '", "[suppression]") {
  CHECK(scan("id: x # bizmap-ignore(unused-role) -- starts in May\n"
             "id: y # bizmap-ignore -- kept for the audit\n"
             "# bizmap-ignore-next-line(unused-tool) -- being replaced\n") ==
        Lines{"line 1: #@7 -> 1 [unused-role@23]", "line 2: #@7 -> 2 []",
              "line 3: #@1 -> 4 [unused-tool@27]"});
  CHECK(findings_of(R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern} # bizmap-ignore(unused-role) -- starts in May
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, owner: founder, inputs: [brief], steps: [Sign]}
)")
            .empty());
}

TEST_CASE("other comments are not suppressions", "[suppression]") {
  CHECK(scan("id: x # just a note about bizmap-ignore\n"
             "id: y # bizmap-ignored\n"
             "id: z # bizmap-ignore-next\n"
             "id: w # see bizmap-ignore(unused-role)\n")
            .empty());
}

TEST_CASE("a # inside a double-quoted string is not a comment", "[suppression]") {
  CHECK(scan("name: \"Pay #1 # bizmap-ignore\"\n").empty());
  CHECK(scan("name: \"say \\\"hi\\\" # bizmap-ignore\"\n").empty());
  // After the string closes, a real comment on the same line is found.
  CHECK(scan("name: \"Pay #1 # x\" # bizmap-ignore(unused-role)\n") ==
        Lines{"line 1: #@20 -> 1 [unused-role@36]"});
  CHECK(scan("steps: [\"Pay # bizmap-ignore\", Call] # bizmap-ignore\n") ==
        Lines{"line 1: #@38 -> 1 []"});
}

TEST_CASE("a # inside a single-quoted string is not a comment", "[suppression]") {
  CHECK(scan("name: 'Pay #1 # bizmap-ignore'\n").empty());
  // '' is an escaped quote, not the end of the string.
  CHECK(scan("name: 'it''s # bizmap-ignore'\n"
             "id: x # bizmap-ignore\n") == Lines{"line 2: #@7 -> 2 []"});
  CHECK(scan("- {id: x, name: 'A # bizmap-ignore'} # bizmap-ignore(unused-role)\n") ==
        Lines{"line 1: #@38 -> 1 [unused-role@54]"});
}

TEST_CASE("a quoted string may span lines", "[suppression]") {
  CHECK(scan("description: \"first # bizmap-ignore\n"
             "  second # bizmap-ignore\"\n"
             "id: x # bizmap-ignore\n") == Lines{"line 3: #@7 -> 3 []"});
  CHECK(scan("description: 'first # bizmap-ignore\n"
             "  second # bizmap-ignore' # bizmap-ignore(unused-role)\n") ==
        Lines{"line 2: #@27 -> 2 [unused-role@43]"});
}

TEST_CASE("a # not preceded by whitespace is not a comment", "[suppression]") {
  CHECK(scan("name: a#bizmap-ignore\n").empty());
  CHECK(scan("name: \"a\"# bizmap-ignore\n").empty());
  CHECK(scan("steps: [a,# bizmap-ignore]\n").empty());
}

TEST_CASE("an apostrophe inside plain text does not hide a real comment", "[suppression]") {
  std::string_view text =
      "steps:\n"
      "  - do: Check the client's brief # bizmap-ignore(step-input-unavailable)\n"
      "    by: founder # bizmap-ignore(unknown-role)\n";
  CHECK(scan(text) == Lines{"line 2: #@34 -> 2 [step-input-unavailable@50]",
                            "line 3: #@17 -> 3 [unknown-role@33]"});
}

TEST_CASE("a # inside a block scalar is not a comment", "[suppression]") {
  std::string_view text = "description: |\n"
                          "  # bizmap-ignore\n"
                          "  text # bizmap-ignore(unused-role)\n"
                          "\n"
                          "   \n"
                          "  more text # bizmap-ignore\n"
                          "id: x # bizmap-ignore(unused-role)\n";
  CHECK(scan(text) == Lines{"line 7: #@7 -> 7 [unused-role@23]"});
}

TEST_CASE("block scalars of every header form hide their text", "[suppression]") {
  for (std::string_view header : {"|", ">", "|-", ">+", "|2", ">-2", "|2+"}) {
    std::string text = "roles:\n"
                       "  - id: a\n"
                       "    description: " +
                       std::string(header) +
                       "\n"
                       "        # bizmap-ignore\n"
                       "    name: A # bizmap-ignore\n";
    INFO("header " << header);
    CHECK(scan(text) == Lines{"line 5: #@13 -> 5 []"});
  }
  // A block scalar as a list item, and one whose header has its own comment.
  CHECK(scan("steps:\n"
             "  - |\n"
             "    # bizmap-ignore\n"
             "  - >-\n"
             "    text # bizmap-ignore\n"
             "  - Call # bizmap-ignore\n") == Lines{"line 6: #@10 -> 6 []"});
  CHECK(scan("description: | # bizmap-ignore(unused-role)\n"
             "  # bizmap-ignore\n"
             "name: x\n") == Lines{"line 1: #@16 -> 1 [unused-role@32]"});
}

TEST_CASE("a block scalar ends when the indentation returns", "[suppression]") {
  std::string_view text = "systems:\n"
                          "  - id: sales\n"
                          "    goal: |\n"
                          "      Win clients # bizmap-ignore\n"
                          "    manager: founder # bizmap-ignore(system-without-manager)\n"
                          "  - id: delivery # bizmap-ignore\n";
  CHECK(scan(text) ==
        Lines{"line 5: #@22 -> 5 [system-without-manager@38]", "line 6: #@18 -> 6 []"});
}

TEST_CASE("a | or > inside a value does not open a block scalar", "[suppression]") {
  CHECK(scan("trigger: a|b\n"
             "  # bizmap-ignore\n") == Lines{"line 2: #@3 -> 2 []"});
  CHECK(scan("trigger: \"a |\"\n"
             "  # bizmap-ignore\n") == Lines{"line 2: #@3 -> 2 []"});
  CHECK(scan("trigger: a|\n"
             "  # bizmap-ignore\n") == Lines{"line 2: #@3 -> 2 []"});
}

TEST_CASE("columns count characters, not bytes", "[suppression]") {
  // 'ë' takes two bytes.
  std::vector<Suppression> found = find_suppressions("name: Zoë # bizmap-ignore(unused-role)\n", 0);
  REQUIRE(found.size() == 1);
  CHECK(found[0].at == Location{0, 1, 11, 1});
  REQUIRE(found[0].rules.size() == 1);
  CHECK(found[0].rules[0].at == Location{0, 1, 27, 11});
}

TEST_CASE("a Windows line ending is not part of a rule name", "[suppression]") {
  CHECK(scan("bizmap: 1\r\n"
             "id: x # bizmap-ignore(unused-role)\r\n"
             "id: y # bizmap-ignore\r\n") ==
        Lines{"line 2: #@7 -> 2 [unused-role@23]", "line 3: #@7 -> 3 []"});
}

// --- Suppressing findings -----------------------------------------------

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

// --- Cases the scanner once got wrong ----------------------------------

TEST_CASE("a quote inside plain text does not open a quoted string", "[suppression]") {
  // "Rock 'n roll" is a plain scalar; the ' after a space is not a quote, so
  // neither this line's comment nor the next line's is hidden.
  CHECK(scan("  - {id: intern, name: Rock 'n roll intern} # bizmap-ignore(unused-role)\n"
             "  - {id: helper} # bizmap-ignore(unused-role)\n") ==
        Lines{"line 1: #@45 -> 1 [unused-role@61]", "line 2: #@18 -> 2 [unused-role@34]"});
  CHECK(scan("name: Dana's \"quote # bizmap-ignore\n") == Lines{"line 1: #@21 -> 1 []"});
}

TEST_CASE("a quoted string after an anchor or a tag hides its #", "[suppression]") {
  CHECK(scan("name: &n 'Pay # bizmap-ignore -- x'\n").empty());
  CHECK(scan("name: !!str \"Pay # bizmap-ignore\"\n").empty());
  CHECK(scan("description: &d \"Runs the studio\n"
             "  # bizmap-ignore\n"
             "  and the books\" # bizmap-ignore\n") == Lines{"line 3: #@18 -> 3 []"});
  // The quoted text neither suppresses the finding on its line nor is reported.
  CHECK(findings_of(R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern, name: !!str 'Pay # bizmap-ignore -- x'}
  - id: helper
    description: &d "Helps out
      # bizmap-ignore
      in summer"
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, owner: founder, inputs: [brief], steps: [Sign]}
)") == Lines{"4:10 unused-role", "5:9 unused-role"});
}

TEST_CASE("a block scalar as the first key of a list item ends at the item's next key",
          "[suppression]") {
  // The block's text must be indented more than 'description', not than '-':
  // 'id' is back at the item's indentation, so its comment is real.
  CHECK(scan("roles:\n"
             "  - description: |\n"
             "      # bizmap-ignore\n"
             "    id: intern # bizmap-ignore(unused-role)\n") ==
        Lines{"line 4: #@16 -> 4 [unused-role@32]"});
  CHECK(findings_of(R"(bizmap: 1
roles:
  - {id: founder}
  - description: |
      Helps out in summer. # bizmap-ignore
    id: intern # bizmap-ignore(unused-role)
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, owner: founder, inputs: [brief], steps: [Sign]}
)")
            .empty());
}

TEST_CASE("a blank line with a Windows line ending does not end a block scalar", "[suppression]") {
  CHECK(scan("roles:\r\n"
             "  - id: founder\r\n"
             "    description: |\r\n"
             "      Runs the studio.\r\n"
             "\r\n"
             "      # bizmap-ignore\r\n"
             "    name: Dana # bizmap-ignore\r\n") == Lines{"line 7: #@16 -> 7 []"});
}
