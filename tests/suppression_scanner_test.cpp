// The scanner that finds suppression comments in a file's text: which line
// each suppresses, which rules it names, and what is not a comment.
#include "suppression_support.hpp"

#include <catch2/catch.hpp>

using namespace bizmap;
using namespace bizmap::testing;

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
