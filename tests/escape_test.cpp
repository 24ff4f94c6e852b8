// Every escape of every output and diagram format, each character it escapes
// at the start, in the middle and at the end of a value, and the characters
// just outside what it escapes, which must pass through unchanged.
#include "graph/handoff_graph.hpp"
#include "output/json_document.hpp"
#include "output/markdown.hpp"
#include "output/output.hpp"
#include "output/paths.hpp"
#include "output/workflow_command_text.hpp"
#include "output/xml_text.hpp"
#include "report_tools.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <functional>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// Text with every byte outside printable ASCII written as \xNN, for messages.
std::string shown(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    out += byte >= 0x20 && byte < 0x7F ? std::string(1, c) : fmt::format("\\x{:02X}", byte);
  }
  return out;
}

// A character and what an escape function must make of it.
struct Escaped {
  std::string raw;
  std::string escaped;
};

// A value with `raw` at the start, in the middle and at the end, around
// letters that no format escapes, with what each must become.
std::vector<Escaped> placements(const Escaped& e) {
  return {{e.raw + "xy", e.escaped + "xy"},
          {"x" + e.raw + "y", "x" + e.escaped + "y"},
          {"xy" + e.raw, "xy" + e.escaped}};
}

using Escape = std::function<std::string(std::string_view)>;

void check_everywhere(const Escape& escape, const std::vector<Escaped>& table) {
  for (const Escaped& e : table) {
    for (const Escaped& placed : placements(e)) {
      INFO("raw: " << shown(placed.raw));
      CHECK(shown(escape(placed.raw)) == shown(placed.escaped));
    }
  }
}

// Characters that the escape must leave as they are.
std::vector<Escaped> unchanged(std::initializer_list<std::string> characters) {
  std::vector<Escaped> table;
  for (const std::string& c : characters) {
    table.push_back({c, c});
  }
  return table;
}

// Every control character from U+0000 to U+001F but the ones listed, each
// made into `as(byte)`.
std::vector<Escaped> controls_except(std::string_view kept,
                                     const std::function<std::string(unsigned)>& as) {
  std::vector<Escaped> table;
  for (unsigned byte = 0; byte < 0x20; ++byte) {
    if (kept.find(static_cast<char>(byte)) == std::string_view::npos) {
      table.push_back({std::string(1, static_cast<char>(byte)), as(byte)});
    }
  }
  return table;
}

// --- the text format -------------------------------------------------------

Diagnostic finding_at(Location at, std::string message) {
  Diagnostic finding;
  finding.rule = "unknown-key";
  finding.severity = Severity::warning;
  finding.at = at;
  finding.message = std::move(message);
  return finding;
}

std::string text_output(const Model& model, const std::vector<Diagnostic>& findings) {
  std::ostringstream out;
  find_format(output_formats(), "text")->write(model, findings, {}, out);
  return out.str();
}

// The text format's first line for a finding whose message and file name are
// `value`.
std::string text_first_line(std::string_view value) {
  Model model;
  model.files = {{std::string(value), "bizmap: 1\n"}};
  std::string out = text_output(model, {finding_at({0, 1, 1, 6}, std::string(value))});
  return out.substr(0, out.find('\n'));
}

// What the text format shows of a value: the first line is
// "FILE:1:1: warning: MESSAGE [unknown-key]".
std::string text_shown(std::string_view value) {
  std::string line = text_first_line(value);
  std::string_view severity = ":1:1: warning: ";
  std::size_t file_end = line.find(severity);
  std::string file = line.substr(0, file_end);
  std::string message = line.substr(file_end + severity.size());
  message.erase(message.size() - std::string_view(" [unknown-key]").size());
  CHECK(file == message); // the path is shown the same way as the message
  return message;
}

std::string control_picture(unsigned byte) {
  char32_t picture = byte == 0x7F ? 0x2421 : 0x2400 + byte;
  return {static_cast<char>(0xE0 | (picture >> 12)),
          static_cast<char>(0x80 | ((picture >> 6) & 0x3F)),
          static_cast<char>(0x80 | (picture & 0x3F))};
}

// The source line and caret the text format prints for a finding on line 1
// of a file holding `line`.
std::string caret_block(std::string_view line, std::uint32_t column, std::uint32_t length) {
  Model model;
  model.files = {{"model.yaml", std::string(line) + "\n"}};
  std::string out = text_output(model, {finding_at({0, 1, column, length}, "a finding")});
  std::size_t first = out.find('\n') + 1;
  std::size_t summary = out.rfind('\n', out.size() - 2) + 1;
  return out.substr(first, summary - first);
}

// --- the diagram formats ---------------------------------------------------

// A graph whose one system, first process and one handoff carry `label`.
HandoffGraph graph_labelled(std::string_view label) {
  HandoffGraph graph;
  graph.nodes = {{"p0", std::string(label), HandoffNodeKind::process},
                 {"p1", "Plain", HandoffNodeKind::process}};
  GraphEdge edge;
  edge.from = 0;
  edge.to = 1;
  edge.data = {std::string(label)};
  graph.edges = {edge};
  graph.clusters = {{"sys0", std::string(label), {0, 1}, {}}};
  return graph;
}

// The quoted label of the first process, the system and the handoff, which
// must all be quoted the same way; returns the process's.
std::string dot_label(std::string_view label) {
  std::string dot = to_dot(graph_labelled(label));
  std::string_view node_start = "  p0 [label=";
  std::size_t node = dot.find(node_start);
  REQUIRE(node != std::string::npos);
  node += node_start.size();
  std::string quoted = dot.substr(node, dot.find("];\n", node) - node);
  CHECK(contains(dot, "    label=" + quoted + ";\n"));     // the system
  CHECK(contains(dot, "p0 -> p1 [label=" + quoted + "]")); // the handoff
  return quoted;
}

std::string mermaid_label(std::string_view label) {
  std::string mermaid = to_mermaid(graph_labelled(label));
  std::string_view node_start = "    p0[";
  std::size_t node = mermaid.find(node_start);
  REQUIRE(node != std::string::npos);
  node += node_start.size();
  std::string quoted = mermaid.substr(node, mermaid.find("]\n", node) - node);
  CHECK(contains(mermaid, "  subgraph sys0[" + quoted + "]\n"));
  CHECK(contains(mermaid, "  p0 -->|" + quoted + "| p1\n"));
  return quoted;
}

// Text as a YAML double-quoted scalar.
std::string yaml_quoted(std::string_view text) {
  std::string quoted = "\"";
  for (char c : text) {
    quoted += c == '"' || c == '\\' ? std::string("\\") + c : std::string(1, c);
  }
  return quoted + "\"";
}

// Text as the HTML of a rendered SVG label holds it.
std::string html_text(std::string_view text) {
  std::string html;
  for (char c : text) {
    html += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : std::string(1, c);
  }
  return html;
}

} // namespace

TEST_CASE("the text format shows every control character as its control picture", "[escape]") {
  std::vector<Escaped> table =
      controls_except("\t", [](unsigned byte) { return control_picture(byte); });
  table.push_back({"\x7F", control_picture(0x7F)});
  // C1 controls, U+0080 to U+009F, first, last and the line break NEL.
  for (std::string c1 : {"\xC2\x80", "\xC2\x85", "\xC2\x9B", "\xC2\x9F"}) {
    table.push_back({c1, "\xEF\xBF\xBD"});
  }
  check_everywhere(text_shown, table);
  SECTION("and the characters next to them as they are") {
    check_everywhere(text_shown,
                     unchanged({"\t", " ", "~", "\xC2\xA0", "\xC3\xBC", "\xE2\x90\x9B"}));
  }
}

TEST_CASE("the text format's caret copies the tabs before the column", "[escape][caret]") {
  // The caret must stand under `p1` in a terminal whatever its tab stops.
  std::string model = "bizmap: 1\nsystems:\n  - id: shop\n    goal: Sell\n    manager: ana\n"
                      "    processes:\n"
                      "      - {id: p1, owner: ana, trigger: t, steps: [s]}\n"
                      "      - {id:\tp1, owner: ana, trigger: t, steps: [s]}\n";
  Checked checked = check_text(model);
  std::vector<Diagnostic> duplicates;
  for (const Diagnostic& finding : checked.findings) {
    if (finding.rule == "duplicate-id") {
      duplicates.push_back(finding);
    }
  }
  REQUIRE(duplicates.size() == 1);
  CHECK(duplicates[0].at.line == 8);
  CHECK(duplicates[0].at.column == 14);
  std::string out = text_output(checked.loaded.model, duplicates);
  CHECK(contains(out, "    8 |       - {id:\tp1, owner: ana, trigger: t, steps: [s]}\n"
                      "      | " +
                          std::string(12, ' ') + "\t^~\n"));
}

TEST_CASE("the caret is placed by characters: tabs kept at the start, in the middle and at the "
          "end, other characters one space each",
          "[escape][caret]") {
  // A tab first, then the column right after it.
  CHECK(caret_block("\tkey: v", 2, 3) == "    1 | \tkey: v\n      | \t^~~\n");
  // Tabs around other text.
  CHECK(caret_block("a\tb\tc: v", 6, 1) == "    1 | a\tb\tc: v\n      |  \t \t ^\n");
  // The column just after a trailing tab.
  CHECK(caret_block("k:\t", 4, 1) == "    1 | k:\t\n      |   \t^\n");
  // The first column: no padding at all.
  CHECK(caret_block("\tk", 1, 1) == "    1 | \tk\n      | ^\n");
  // A letter of two bytes and a control character shown as its picture are
  // one column each.
  CHECK(caret_block("\xC3\xBC\x1B: v", 3, 1) ==
        "    1 | \xC3\xBC" + control_picture(0x1B) + ": v\n      |   ^\n");
  // A column past the end of the line is padded with spaces.
  CHECK(caret_block("k:", 5, 1) == "    1 | k:\n      |     ^\n");
}

TEST_CASE("the caret counts display columns: a wide character of an East Asian script takes two",
          "[escape][caret]") {
  // 経理担当 is four characters, eight columns wide.
  constexpr std::string_view id = "\xE7\xB5\x8C\xE7\x90\x86\xE6\x8B\x85\xE5\xBD\x93";
  std::string line = "- {id: " + std::string(id) + "}";
  // Under the whole id: eight columns.
  CHECK(caret_block(line, 8, 4) == "    1 | " + line + "\n      |        ^~~~~~~~\n");
  // After it: the brace is eight columns further, not four.
  CHECK(caret_block(line, 12, 1) == "    1 | " + line + "\n      |                ^\n");
  // In the middle: the third character starts four columns in.
  CHECK(caret_block(line, 10, 1) == "    1 | " + line + "\n      |            ^~\n");
  // A full-width letter (U+FF21) and the last narrow neighbours of the wide
  // blocks (U+3040 is not assigned wide; U+FF61 is half-width).
  CHECK(caret_block("\xEF\xBC\xA1x", 2, 1) == "    1 | \xEF\xBC\xA1x\n      |   ^\n");
  CHECK(caret_block("\xEF\xBD\xA1x", 2, 1) == "    1 | \xEF\xBD\xA1x\n      |  ^\n");
  CHECK(caret_block("\xE3\x81\x80x", 2, 1) == "    1 | \xE3\x81\x80x\n      |  ^\n");
  CHECK(caret_block("\xE3\x81\x81x", 2, 1) == "    1 | \xE3\x81\x81x\n      |   ^\n");
}

TEST_CASE("the text format shows source lines of up to 300 bytes", "[escape][caret]") {
  CHECK(caret_block(std::string(300, 'k'), 1, 1) ==
        "    1 | " + std::string(300, 'k') + "\n      | ^\n");
  CHECK(caret_block(std::string(301, 'k'), 1, 1).empty());
  CHECK(caret_block("", 1, 1).empty());
}

TEST_CASE("json strings escape quotes, backslashes and every control character", "[escape]") {
  std::vector<Escaped> table = {{"\"", "\\\""}, {"\\", "\\\\"}, {"\n", "\\n"}, {"\r", "\\r"},
                                {"\t", "\\t"},  {"\b", "\\b"},  {"\f", "\\f"}};
  std::vector<Escaped> others =
      controls_except("\n\r\t\b\f", [](unsigned byte) { return fmt::format("\\u{:04x}", byte); });
  table.insert(table.end(), others.begin(), others.end());
  // Invalid UTF-8 (a file name in another encoding) becomes U+FFFD, one for
  // each byte that starts no valid character, as in XML: the output stays
  // JSON that every reader accepts.
  const std::string fffd = "\xEF\xBF\xBD";
  for (std::string bad : {"\x80", "\xFF", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80"}) {
    std::string replaced;
    for (std::size_t i = 0; i < bad.size(); ++i) {
      replaced += fffd;
    }
    table.push_back({bad, replaced});
  }
  auto inside = [](std::string_view text) {
    std::string json = json_text(JsonDocument(std::string(text)));
    REQUIRE(json.size() >= 3);
    CHECK(json.front() == '"');
    CHECK(json.ends_with("\"\n"));
    return json.substr(1, json.size() - 3);
  };
  check_everywhere(inside, table);
  check_everywhere(inside, unchanged({" ", "/", "'", "\x7F", "\xC3\xBC", "\xF0\x9F\x8D\x9E"}));
}

TEST_CASE("xml attributes and content escape markup, line breaks and what XML 1.0 forbids",
          "[escape]") {
  const std::string fffd = "\xEF\xBF\xBD";
  std::vector<Escaped> both = {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\r", "&#13;"}};
  std::vector<Escaped> forbidden = controls_except("\t\n\r", [&](unsigned) { return fffd; });
  // Invalid UTF-8, a replacement for each byte that starts no valid
  // character: a lone continuation byte, a byte that never occurs, an
  // overlong form, a surrogate, a code point past U+10FFFF.
  for (std::string bad : {"\x80", "\xFF", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80"}) {
    std::string replaced;
    for (std::size_t i = 0; i < bad.size(); ++i) {
      replaced += fffd;
    }
    forbidden.push_back({bad, replaced});
  }
  // The two non-characters U+FFFE and U+FFFF: one replacement each.
  forbidden.insert(forbidden.end(), {{"\xEF\xBF\xBE", fffd}, {"\xEF\xBF\xBF", fffd}});
  both.insert(both.end(), forbidden.begin(), forbidden.end());
  // The first and last characters of each range XML 1.0 allows.
  std::vector<Escaped> allowed =
      unchanged({" ", "\x7F", "\xED\x9F\xBF", "\xEE\x80\x80", "\xEF\xBF\xBD", "\xF0\x90\x80\x80",
                 "\xF4\x8F\xBF\xBF", "\xC3\xBC"});

  std::vector<Escaped> attribute = both;
  attribute.insert(attribute.end(),
                   {{"\"", "&quot;"}, {"'", "&apos;"}, {"\n", "&#10;"}, {"\t", "&#9;"}});
  check_everywhere(xml_attribute, attribute);
  check_everywhere(xml_attribute, allowed);

  std::vector<Escaped> content = both;
  std::vector<Escaped> kept = unchanged({"\"", "'", "\n", "\t"});
  content.insert(content.end(), kept.begin(), kept.end());
  check_everywhere(xml_content, content);
  check_everywhere(xml_content, allowed);

  SECTION("a multi-byte character cut short at the end") {
    CHECK(xml_content("xy\xC3") == "xy" + fffd);
    CHECK(xml_content("xy\xE2\x82") == "xy" + fffd + fffd);
  }
}

TEST_CASE(
    "workflow commands escape percent signs and line breaks, and in properties colons and commas",
    "[escape]") {
  std::vector<Escaped> message = {{"%", "%25"}, {"\r", "%0D"}, {"\n", "%0A"}};
  check_everywhere(workflow_command_message, message);
  check_everywhere(workflow_command_message, unchanged({":", ",", "=", ";", "\t", "\xC3\xBC"}));
  std::vector<Escaped> property = message;
  property.insert(property.end(), {{":", "%3A"}, {",", "%2C"}});
  check_everywhere(workflow_command_property, property);
  check_everywhere(workflow_command_property, unchanged({"=", ";", " ", "\t", "\xC3\xBC"}));
  // An escape is never escaped again: '%' goes first.
  CHECK(workflow_command_property("%3A:") == "%253A%3A");
}

TEST_CASE("file uris percent-encode everything but unreserved characters and slashes", "[escape]") {
  auto relative = [](std::string_view path) {
    FileUri uri = file_uri(path);
    CHECK(uri.relative);
    return uri.uri;
  };
  std::vector<Escaped> table;
  // Each reserved or unsafe ASCII character, the neighbours of the letter and
  // digit ranges among them, and bytes of UTF-8.
  for (char c : std::string_view(" !\"#$%&'()*+,:;<=>?@[\\]^`{|}\x7F")) {
    table.push_back({std::string(1, c), fmt::format("%{:02X}", static_cast<unsigned char>(c))});
  }
  table.push_back({"\xC3\xBC", "%C3%BC"});
  table.push_back({"\n", "%0A"});
  check_everywhere(relative, table);
  check_everywhere(relative, unchanged({"-", ".", "_", "~", "a", "z", "A", "Z", "0", "9"}));
  CHECK(file_uri("a/b/").uri == "a/b/"); // a leading slash makes a file:// uri
  CHECK(file_uri("/srv/a b").uri == "file:///srv/a%20b");
  CHECK(file_uri("././a/./b.yaml").uri == "a/./b.yaml");
}

TEST_CASE("dot labels escape quotes and backslashes and make control characters spaces",
          "[escape][graph]") {
  std::vector<Escaped> table = {{"\"", "\\\""}, {"\\", "\\\\"}};
  std::vector<Escaped> controls = controls_except("", [](unsigned) { return " "; });
  table.insert(table.end(), controls.begin(), controls.end());
  auto inside = [](std::string_view text) {
    std::string label = dot_label(text);
    REQUIRE(label.size() >= 2);
    return label.substr(1, label.size() - 2);
  };
  check_everywhere(inside, table);
  check_everywhere(inside,
                   unchanged({"'", "<", ">", "{", "}", "|", ";", "#", "%", "\x7F", "\xC3\xBC"}));
}

TEST_CASE("a system whose name holds backslashes, like a Windows path, keeps them in DOT",
          "[escape][graph]") {
  fs::path folder = fresh_folder("model");
  write_text(folder / "model.yaml", R"(bizmap: 1
systems:
  - id: drive
    name: 'C:\new\'
    goal: Keep files
    manager: ana
    processes:
      - {id: file-it, name: '\N', owner: ana, trigger: t, steps: [s]}
)");
  CliResult graph = bizmap_cli({"graph", "--format", "dot", (folder / "model.yaml").string()});
  REQUIRE(graph.exit_code == 0);
  CHECK(contains(graph.out, "    label=\"C:\\\\new\\\\\";\n"));
  // \N would be DOT's own escape for the node's name.
  CHECK(contains(graph.out, "p0 [label=\"\\\\N\"];\n"));
}

TEST_CASE("Graphviz reads DOT labels with every escaped character as they were written",
          "[escape][graph][tools]") {
  std::string missing = missing_graphviz();
  if (!missing.empty()) {
    WARN("skipped: " << missing);
    return;
  }
  fs::path folder = fresh_folder("dot");
  write_text(folder / "model.yaml", R"(bizmap: 1
systems:
  - id: drive
    name: 'C:\new\'
    goal: Keep files
    manager: ana
    processes:
      - {id: p1, name: '"quoted" in "the" middle"', owner: ana, trigger: t, outputs: [d],
         steps: [s]}
      - {id: p2, name: '\N \G \E\', owner: ana, inputs: [d], steps: [s]}
data:
  - {id: d, name: "\\\"x\\\" \\"}
)");
  CliResult graph = bizmap_cli({"graph", "--format", "dot", (folder / "model.yaml").string()});
  REQUIRE(graph.exit_code == 0);
  write_text(folder / "graph.dot", graph.out);
  ToolRun svg = run_tool(fmt::format("dot -Tsvg '{}'", (folder / "graph.dot").string()));
  INFO(graph.out << "\n" << svg.output);
  REQUIRE(svg.exit_code == 0);
  // SVG text content, with XML's own escapes for the quote.
  CHECK(contains(svg.output, ">C:\\new\\</text>"));
  CHECK(contains(svg.output, ">&quot;quoted&quot; in &quot;the&quot; middle&quot;</text>"));
  CHECK(contains(svg.output, ">\\N \\G \\E\\</text>"));
  CHECK(contains(svg.output, ">\\&quot;x\\&quot; \\</text>"));
}

TEST_CASE("mermaid labels make every character with a meaning an entity code", "[escape][graph]") {
  std::vector<Escaped> table = {{"\"", "#quot;"}, {"#", "#35;"}, {"&", "#amp;"},
                                {"<", "#lt;"},    {">", "#gt;"}, {"`", "#96;"},
                                {"|", "#124;"},   {"%", "#37;"}, {"\\", "#92;"}};
  std::vector<Escaped> controls = controls_except("", [](unsigned) { return " "; });
  table.insert(table.end(), controls.begin(), controls.end());
  auto inside = [](std::string_view text) {
    std::string label = mermaid_label(text);
    REQUIRE(label.size() >= 2);
    return label.substr(1, label.size() - 2);
  };
  check_everywhere(inside, table);
  check_everywhere(inside,
                   unchanged({"'", "[", "]", "(", ")", "{", "}", ";", "-", "\x7F", "\xC3\xBC"}));
}

TEST_CASE("markdown escapes every character it reads as syntax, wherever it stands",
          "[escape][markdown]") {
  std::vector<Escaped> table;
  for (char c : std::string_view("\\`*_[]<>|#~&$@")) {
    table.push_back({std::string(1, c), std::string("\\") + c});
  }
  check_everywhere(escape_markdown, table);
  check_everywhere(escape_markdown, unchanged({"\"", "'", "!", "(", ")", "{", "}", "%", "^", "/",
                                               ",", ";", "?", "\xC3\xBC"}));
}

TEST_CASE("markdown escapes list, heading and numbered-list markers only at the start",
          "[escape][markdown]") {
  for (std::string marker : {"-", "+", "="}) {
    INFO(marker);
    CHECK(escape_markdown(marker + "xy") == "\\" + marker + "xy");
    CHECK(escape_markdown("x" + marker + "y") == "x" + marker + "y");
    CHECK(escape_markdown("xy" + marker) == "xy" + marker);
    CHECK(escape_markdown(marker) == "\\" + marker);
  }
  for (std::string end : {".", ")"}) {
    INFO(end);
    CHECK(escape_markdown("1" + end + " xy") == "1\\" + end + " xy");
    CHECK(escape_markdown("123" + end + "xy") == "123\\" + end + "xy");
    CHECK(escape_markdown("123" + end) == "123\\" + end);
    CHECK(escape_markdown("x 1" + end + " y") == "x 1" + end + " y");
    CHECK(escape_markdown("xy 1" + end) == "xy 1" + end);
    CHECK(escape_markdown(end + "1") == end + "1");
  }
  CHECK(escape_markdown("123") == "123");
  // Whitespace collapsed first: the marker is at the start of what is shown.
  CHECK(escape_markdown("  \n- xy") == "\\- xy");
}

TEST_CASE("markdown keeps autolinks plain at the start, in the middle and at the end",
          "[escape][markdown]") {
  CHECK(escape_markdown("://x") == "\\://x");
  CHECK(escape_markdown("see https://x") == "see https\\://x");
  CHECK(escape_markdown("see https://") == "see https\\://");
  CHECK(escape_markdown("a:b and a: b and a:/b") == "a:b and a: b and a:/b");
  CHECK(escape_markdown("www.x") == "www\\.x");
  CHECK(escape_markdown("see www.x") == "see www\\.x");
  CHECK(escape_markdown("see www.") == "see www\\.");
  CHECK(escape_markdown("awww.x and ww.x and www") == "awww.x and ww.x and www");
  CHECK(escape_markdown("see\twww.x") == "see www\\.x");
}

TEST_CASE("markdown collapses whitespace and control characters at the start, in the middle "
          "and at the end",
          "[escape][markdown]") {
  std::vector<Escaped> table;
  for (unsigned byte = 0; byte < 0x20; ++byte) {
    table.push_back({std::string(1, static_cast<char>(byte)), " "});
  }
  table.push_back({"\x7F", " "});
  table.push_back({" ", " "});
  for (const Escaped& e : table) {
    INFO("raw: " << shown(e.raw));
    CHECK(collapse_whitespace(e.raw + "xy") == "xy");
    CHECK(collapse_whitespace("x" + e.raw + e.raw + "y") == "x y");
    CHECK(collapse_whitespace("xy" + e.raw) == "xy");
  }
  CHECK(collapse_whitespace("x!y~") == "x!y~");
  CHECK(escape_markdown(" \t x \n\r y \x7F") == "x y");
}

TEST_CASE("Mermaid renders labels with every escaped character as they were written",
          "[escape][graph][tools]") {
  std::string missing = missing_npm_tools();
  if (!missing.empty()) {
    WARN("skipped: " << missing);
    return;
  }
  // A process for each character at the start, in the middle and at the end
  // of its name, each handing off to the next.
  std::vector<std::string> names;
  for (char c : std::string_view("\"#&<>`|%\\")) {
    for (const Escaped& placed : placements({std::string(1, c), ""})) {
      names.push_back(placed.raw);
    }
  }
  std::string model =
      "bizmap: 1\nsystems:\n  - id: shop\n    name: \"#1 \\\\ \\\"A&B\\\" <x> |y| 5% `z`\"\n"
      "    goal: Sell\n    manager: ana\n    processes:\n";
  for (std::size_t i = 0; i < names.size(); ++i) {
    model += fmt::format("      - {{id: p{}, name: {}, owner: ana, trigger: t, inputs: [d{}], "
                         "outputs: [d{}], steps: [s]}}\n",
                         i, yaml_quoted(names[i]), i, i + 1);
  }
  fs::path folder = fresh_folder("mermaid");
  write_text(folder / "model.yaml", model);
  CliResult graph = bizmap_cli({"graph", "--format", "mermaid", (folder / "model.yaml").string()});
  REQUIRE(graph.exit_code == 0);
  write_text(folder / "graph.mmd", graph.out);
  ToolRun mmdc = render_mermaid(folder / "graph.mmd", folder / "graph.svg");
  INFO(graph.out << "\n" << mmdc.output);
  REQUIRE(mmdc.exit_code == 0);
  std::string svg = read_text(folder / "graph.svg");
  for (const std::string& name : names) {
    INFO(name);
    CHECK(contains(svg, "<p>" + html_text(name) + "</p>"));
  }
  CHECK(contains(svg, "<p>" + html_text("#1 \\ \"A&B\" <x> |y| 5% `z`") + "</p>"));
}
