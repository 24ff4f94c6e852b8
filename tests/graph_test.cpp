// bizmap graph: handoffs grouped by system, in Mermaid and DOT.
#include "graph/svg.hpp"
#include "report_tools.hpp"

#include <bizmap/run.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

std::string nasty_model() {
  return (source_dir() / "tests" / "report" / "nasty-names.yaml").string();
}

} // namespace

TEST_CASE("the Mermaid graph groups processes by system and labels handoffs", "[graph]") {
  CliResult graph = bizmap_cli({"graph", example("bakery"), "--format", "mermaid"});
  REQUIRE(graph.exit_code == 0);
  CHECK(graph.out.starts_with("flowchart LR\n"));
  CHECK(contains(graph.out, "  subgraph sys7[\"Wholesale and Delivery\"]\n"
                            "    subgraph sys8[\"Café Accounts\"]\n"
                            "      p15[\"Onboard a café customer\"]\n"));
  CHECK(contains(graph.out, "  p2 -->|\"Bake sheet\"| p3\n"));
  CHECK(contains(graph.out, "  p18 -->|\"Packed orders, Delivery run sheet\"| p19\n"));
  CHECK(contains(graph.out, "  src0([\"Supplier delivery note\"]):::outside\n"));
  CHECK(contains(graph.out, "  src0 --> p1\n"));
  CHECK_FALSE(contains(graph.out, ":::missing\n"));
}

TEST_CASE("broken handoffs are drawn dashed and red, towards a missing node", "[graph]") {
  CliResult mermaid = bizmap_cli({"graph", nasty_model()});
  REQUIRE(mermaid.exit_code == 0);
  CHECK(contains(mermaid.out, "  gapin0[\"missing: Ghost [input] nobody makes\"]:::missing\n"));
  CHECK(contains(mermaid.out, "  gapin0 -.-> p0\n"));
  CHECK(contains(mermaid.out, "  p0 -.-> gapout0\n"));
  CHECK(contains(mermaid.out, "  linkStyle 1,2 stroke:#c62828,stroke-width:2px\n"));
  CliResult dot = bizmap_cli({"graph", nasty_model(), "--format", "dot"});
  REQUIRE(dot.exit_code == 0);
  CHECK(contains(dot.out, "  gapin0 -> p0 [style=dashed, color=\"#c62828\"];\n"));
  CHECK(contains(dot.out, "label=\"Order \\\"A\\\" | <B> & C # 1\""));
  CHECK(contains(dot.out, "label=\"Sheet #1\"") == false);
}

TEST_CASE("graph --system draws one system with its neighbours as plain nodes", "[graph]") {
  CliResult graph = bizmap_cli(
      {"graph", example("bakery"), "--format", "dot", "--system", "wholesale-and-delivery"});
  REQUIRE(graph.exit_code == 0);
  CHECK(contains(graph.out, "subgraph cluster_sys7 {\n    label=\"Wholesale and Delivery\";\n"
                            "    subgraph cluster_sys8 {\n"));
  CHECK(contains(graph.out, "  p4 [label=\"Bake off\", style=\"rounded,dashed\""));
  CHECK(contains(graph.out, "  p4 -> p18 [label=\"Baked goods\"];\n"));
  CHECK_FALSE(contains(graph.out, "cluster_sys0"));
  CHECK_FALSE(contains(graph.out, "Order ingredients"));
}

TEST_CASE("graph usage errors exit with 2 and suggest the closest system", "[graph]") {
  CliResult unknown =
      bizmap_cli({"graph", example("bakery"), "--system", "wholesale-and-deliverry"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err == "bizmap: error: --system wholesale-and-deliverry: no system has this id; "
                       "did you mean 'wholesale-and-delivery'?\n");
  CHECK(bizmap_cli({"graph", example("bakery"), "--format", "png"}).exit_code == 2);
}

TEST_CASE("graph -o writes the file", "[graph]") {
  fs::path out = fresh_folder("graph-output") / "handoffs.dot";
  REQUIRE(
      bizmap_cli({"graph", example("city-bus"), "--format", "dot", "-o", out.string()}).exit_code ==
      0);
  CHECK(read_text(out).starts_with("digraph handoffs {\n"));
}

TEST_CASE("graph -o without --format picks the language from the file's extension", "[graph]") {
  fs::path folder = fresh_folder("graph-extension");
  for (auto [name, start] : {std::pair{"handoffs.dot", "digraph handoffs {\n"},
                             {"handoffs.gv", "digraph handoffs {\n"},
                             {"handoffs.mmd", "flowchart LR\n"},
                             {"handoffs.mermaid", "flowchart LR\n"}}) {
    INFO(name);
    fs::path out = folder / name;
    REQUIRE(bizmap_cli({"graph", example("bakery"), "-o", out.string()}).exit_code == 0);
    CHECK(read_text(out).starts_with(start));
  }
  // --format wins over the extension.
  fs::path named = folder / "named.dot";
  REQUIRE(bizmap_cli({"graph", example("bakery"), "--format", "mermaid", "-o", named.string()})
              .exit_code == 0);
  CHECK(read_text(named).starts_with("flowchart LR\n"));
  for (std::string name : {"handoffs.png", "handoffs"}) {
    INFO(name);
    std::string out = (folder / name).string();
    CliResult refused = bizmap_cli({"graph", example("bakery"), "-o", out});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err ==
          fmt::format("bizmap: error: -o {}: cannot tell the diagram language from {}; name the "
                      "file .mmd or .mermaid (Mermaid), .dot or .gv (Graphviz DOT), .svg (SVG "
                      "drawn by Graphviz), or give --format mermaid|dot|svg\n",
                      out,
                      name == "handoffs" ? "a name without an extension" : "the extension '.png'"));
    CHECK_FALSE(fs::exists(out));
  }
}

TEST_CASE("Graphviz draws the DOT graph of every example and of hostile names", "[graph][tools]") {
  std::string missing = missing_graphviz();
  if (!missing.empty()) {
    WARN("skipped: " << missing);
    return;
  }
  fs::path folder = fresh_folder("graph-dot");
  std::vector<std::vector<std::string>> calls{
      {"graph", example("bakery"), "--format", "dot"},
      {"graph", example("bakery"), "--format", "dot", "--system", "wholesale-and-delivery"},
      {"graph", example("city-bus"), "--format", "dot"},
      {"graph", example("design-agency"), "--format", "dot"},
      {"graph", nasty_model(), "--format", "dot"},
      {"graph", nasty_model(), "--format", "dot", "--system", "sub-sales"}};
  for (std::size_t i = 0; i < calls.size(); ++i) {
    CliResult graph = bizmap_cli(calls[i]);
    REQUIRE(graph.exit_code == 0);
    fs::path dot = folder / fmt::format("graph-{}.dot", i);
    write_text(dot, graph.out);
    ToolRun svg = run_tool(fmt::format("dot -Tsvg '{}' -o '{}.svg'", dot.string(), dot.string()));
    INFO(svg.output);
    CHECK(svg.exit_code == 0);
    CHECK(svg.output == "");
  }
}

TEST_CASE("graph --format svg draws the graph in the process", "[graph][svg]") {
  if (!draws_svg()) {
    CliResult refused = bizmap_cli({"graph", example("bakery"), "--format", "svg"});
    CHECK(refused.exit_code == 2);
    CHECK(contains(refused.err, "this build draws no SVG"));
    return;
  }
  CliResult graph = bizmap_cli({"graph", example("bakery"), "--format", "svg"});
  REQUIRE(graph.exit_code == 0);
  CHECK(graph.err == "");
  CHECK(graph.out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"));
  CHECK(graph.out.ends_with("</svg>\n"));
  // Cluster and node labels are drawn as text, the handoff's data on its edge.
  CHECK(contains(graph.out, ">Wholesale and Delivery</text>"));
  CHECK(contains(graph.out, ">Onboard a café customer</text>"));
  CHECK(contains(graph.out, ">Bake sheet</text>"));
  // The same drawing twice: the layout does not depend on the fonts installed.
  CHECK(bizmap_cli({"graph", example("bakery"), "--format", "svg"}).out == graph.out);

  fs::path out = fresh_folder("graph-svg") / "handoffs.svg";
  REQUIRE(bizmap_cli({"graph", example("bakery"), "-o", out.string()}).exit_code == 0);
  CHECK(read_text(out) == graph.out);
}

TEST_CASE("SVG keeps hostile names as text", "[graph][svg][escape]") {
  if (!draws_svg()) {
    WARN("skipped: this build draws no SVG");
    return;
  }
  CliResult graph = bizmap_cli({"graph", nasty_model(), "--format", "svg"});
  REQUIRE(graph.exit_code == 0);
  CHECK(contains(graph.out, "Order &quot;A&quot; | &lt;B&gt; &amp; C # 1"));
  CHECK_FALSE(contains(graph.out, "<B>"));
  CHECK_FALSE(contains(graph.out, "<b>HTML</b>"));

  std::string inline_text = inline_svg(graph.out, "d1", "Handoffs");
  CHECK(inline_text.starts_with("<svg role=\"img\" aria-label=\"Handoffs\" width="));
  CHECK_FALSE(contains(inline_text, "<!--"));
  CHECK_FALSE(contains(inline_text, "<title>"));
  CHECK_FALSE(contains(inline_text, "<?xml"));
  CHECK(contains(inline_text, " id=\"d1-graph0\""));
  CHECK_FALSE(contains(inline_text, " id=\"graph0\""));
}

TEST_CASE("a DOT text Graphviz cannot read has no drawing, and the others are drawn",
          "[graph][svg]") {
  if (!draws_svg()) {
    WARN("skipped: this build draws no SVG");
    return;
  }
  std::vector<std::string> dots{"digraph { a -> b; }", "digraph { a -> ", "", "digraph { c; }",
                                "digraph { d -> e [label=\"x\"]; }"};
  for (std::size_t processes : {1, 2, 8}) {
    INFO(processes);
    std::vector<std::optional<std::string>> svgs = dots_to_svgs(dots, processes);
    REQUIRE(svgs.size() == 5);
    CHECK((svgs[0] && contains(*svgs[0], ">b</text>")));
    CHECK_FALSE(svgs[1]);
    CHECK_FALSE(svgs[2]);
    CHECK((svgs[3] && contains(*svgs[3], ">c</text>")));
    CHECK((svgs[4] && contains(*svgs[4], ">x</text>")));
  }
  CHECK_THROWS_AS(dot_to_svg("digraph {"), UsageError);
}
