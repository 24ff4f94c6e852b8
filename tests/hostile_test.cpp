// Files written to hurt: each gets a finding or a usage error, never a crash
// or a hang (ctest's timeout catches a hang).
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

std::string first_line(const Checked& checked) {
  std::string lines = finding_lines(checked, {});
  return lines.substr(0, lines.find('\n'));
}

std::string alias_bomb() {
  std::string text = "bizmap: 1\na0: &a0 [x, x, x, x, x, x, x, x, x]\n";
  for (int level = 1; level < 10; ++level) {
    text += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
    for (int i = 0; i < 9; ++i) {
      text += (i == 0 ? "*a" : ", *a") + std::to_string(level - 1);
    }
    text += "]\n";
  }
  return text;
}

} // namespace

TEST_CASE("a self-referencing alias is a syntax finding") {
  CHECK(first_line(check_text("&a [*a]")) ==
        "model.yaml:1:5: error: this alias refers to a node that contains it, which would never "
        "end [yaml-syntax]");
}

TEST_CASE("an alias bomb is stopped at the expansion limit") {
  Checked checked = check_text(alias_bomb());
  REQUIRE(checked.findings.size() == 1);
  CHECK(checked.findings[0].rule == "yaml-syntax");
  CHECK(checked.findings[0].message.find("expand to more than 1000000 nodes") != std::string::npos);
}

TEST_CASE("aliases within the limit are read as copies") {
  Checked checked = check_text(R"(bizmap: 1
systems:
  - id: kitchen
    goal: Cook
    manager: chef
    processes:
      - id: prep
        owner: chef
        trigger: Morning
        outputs: [mise-en-place]
        steps: &usual [Wash, Chop]
      - id: cook
        owner: chef
        inputs: [mise-en-place]
        outputs: [dish]
        steps: *usual
external:
  outputs: [dish]
)");
  CHECK(finding_lines(checked, {}) == "");
  REQUIRE(checked.loaded.model.processes.size() == 2);
  CHECK(checked.loaded.model.processes[1].steps.size() == 2);
  CHECK(checked.loaded.model.processes[1].steps[1].action == "Chop");
}

TEST_CASE("10,000 levels of nesting stop at the depth limit") {
  std::string deep = "bizmap: 1\nx: " + std::string(10000, '[') + std::string(10000, ']') + "\n";
  Checked checked = check_text(deep);
  REQUIRE(checked.findings.size() == 1);
  CHECK(checked.findings[0].rule == "yaml-syntax");
  CHECK(checked.findings[0].message.find("nests deeper than 400 levels") != std::string::npos);
  std::string block = "bizmap: 1\n";
  for (int level = 0; level < 600; ++level) {
    block += std::string(2 * level, ' ') + "k:\n";
  }
  CHECK(rules_of(check_text(block)) == std::vector<std::string>{"yaml-syntax"});
}

TEST_CASE("binary bytes, NUL and invalid UTF-8 are not text") {
  CHECK(first_line(check_text(std::string("bizmap: 1\nname: a\0b\n", 20))) ==
        "model.yaml:2:8: error: the file contains a NUL byte: it is not a text file "
        "[yaml-syntax]");
  CHECK(first_line(check_text("bizmap: 1\nbusiness: {name: caf\xe9}\n")) ==
        "model.yaml:2:21: error: the file is not saved as UTF-8 but most likely as Latin-1 "
        "(ISO-8859-1) or Windows-1252, where the byte 0xE9 here is '\u00e9': save it as UTF-8 (in "
        "most editors: Save As, then choose the encoding UTF-8); bizmap read it as Latin-1 this "
        "time [yaml-syntax]");
  std::string garbage;
  for (int i = 0; i < 4096; ++i) {
    garbage += static_cast<char>((i * 7919 + 13) % 256);
  }
  CHECK(rules_of(check_text(garbage)) == std::vector<std::string>{"yaml-syntax"});
}

TEST_CASE("an empty file named on the command line is not a model") {
  CHECK(first_line(check_text("")) ==
        "model.yaml:1:1: error: 'model.yaml' is not a bizmap model: it is empty [not-a-model]");
  CHECK(rules_of(check_text("# only a comment\n")) == std::vector<std::string>{"not-a-model"});
}

TEST_CASE("a lone comma ends with a syntax finding instead of looping") {
  CHECK(first_line(check_text(",")) ==
        "model.yaml:1:1: error: the file is not valid YAML here: ',' is not expected "
        "[yaml-syntax]");
}

TEST_CASE("broken YAML is reported where the mistake is") {
  CHECK(first_line(check_text("bizmap: 1\nsystems: [{id: sales\n")) ==
        "model.yaml:2:10: error: the '[' that opens this list is never closed: end the list with "
        "']' (at the end of line 2) [yaml-syntax]");
  CHECK(rules_of(check_text("bizmap: 1\nsystems: *nowhere\n")) ==
        std::vector<std::string>{"yaml-syntax"});
}

TEST_CASE("a second document is reported and only the first is read") {
  Checked checked = check_text("bizmap: 1\nbusiness: {name: One}\n---\nbizmap: 1\n");
  CHECK(first_line(checked) == "model.yaml:3:1: error: a second YAML document starts after this "
                               "'---', and a model file holds one document: bizmap reads only the "
                               "first; give each document a file of its own [yaml-syntax]");
  CHECK(checked.loaded.model.business->name == "One");
}

TEST_CASE("a byte-order mark, CRLF line ends and tabs in text do not shift positions") {
  Checked checked = check_text("\xEF\xBB\xBF"
                               "bizmap: 1\r\nbusiness:\r\n  name: Tab\there\r\n"
                               "  descriptoin: x\r\n");
  CHECK(first_line(checked) == "model.yaml:4:3: warning: unknown key 'descriptoin' in 'business'; "
                               "did you mean 'description'? bizmap reads it as 'description' "
                               "[unknown-key]");
  CHECK(checked.loaded.model.business->name == "Tab\there");
}

TEST_CASE("scalars, lists and maps where the format wants another type are findings") {
  Checked checked = check_text(R"(bizmap: 1
roles: {id: founder}
systems:
  - id: [sales]
    goal: Win
    processes: [just-a-name]
)");
  // Sorted by position: the system's map (4:5) comes before its id's value (4:9).
  // The map of roles is read as a list of one, so the role is declared (and unused).
  CHECK(rules_of(checked) == std::vector<std::string>{"wrong-type", "unused-role", "missing-field",
                                                      "wrong-type", "wrong-type"});
}

TEST_CASE("the format version must be 1") {
  CHECK(first_line(check_text("bizmap: 2\n")) ==
        "model.yaml:1:9: error: 'model.yaml' is not a bizmap model: format version 2 is not "
        "supported; this bizmap reads version 1 [not-a-model]");
  CHECK(rules_of(check_text("bizmap: \"1\"\n")) == std::vector<std::string>{"not-a-model"});
  CHECK(rules_of(check_text("- a list\n")) == std::vector<std::string>{"not-a-model"});
}

TEST_CASE("control characters in a model never reach the terminal as they are") {
  fs::path folder = fresh_folder("hostile-control-characters");
  // An escape sequence that would turn the rest of a log red, a bell, a
  // carriage return that would hide the start of the line, and a C1 control.
  write_text(folder / "model.yaml", "bizmap: 1\nro\x1b[31mles\a\r: []\n\"x\xC2\x9By\": 1\n");
  CliResult result = bizmap_cli({"check", (folder / "model.yaml").string()});
  INFO(result.out);
  CHECK(result.exit_code == 0); // two unknown keys: warnings
  for (char control : {'\x1b', '\a', '\r'}) {
    CHECK(result.out.find(control) == std::string::npos);
  }
  CHECK(result.out.find("\xC2\x9B") == std::string::npos);
  CHECK(contains(result.out, "unknown key 'ro\u241b[31mles\u2407\u240d' in the top level"));
  CHECK(contains(result.out, "    2 | ro\u241b[31mles\u2407\u240d: []\n      | ^~~~~~~~~~~~\n"));
  CHECK(contains(result.out, "unknown key 'x\uFFFDy'"));
  fs::remove_all(folder);
}
