// `bizmap trace` on the command line: the text it prints, its formats, its
// options and its usage errors.
#include "report_tools.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <regex>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// A diamond (bake, 3h, beside label-box, 1h) with a loop: the stock count
// of the last order comes back to the next one.
constexpr std::string_view shop = R"(bizmap: 1
roles:
  - {id: clerk, name: Jo (Clerk)}
  - {id: baker, name: Sam (Baker)}
external:
  inputs: [order]
  outputs: [parcel]
systems:
  - id: shop
    goal: Send what is ordered
    manager: clerk
    outcomes: [stock-count]
    processes:
      - id: take-order
        owner: clerk
        inputs: [order, stock-count]
        outputs: [ticket]
        steps: [{do: Write the ticket, duration: 10m}]
      - id: label-box
        owner: clerk
        inputs: [ticket]
        outputs: [label]
        steps: [{do: Print the label, duration: 1h}]
      - id: bake
        owner: baker
        tools: [oven]
        inputs: [ticket]
        outputs: [cake]
        steps: [{do: Mix, duration: 1h}, {do: Bake, duration: 2h, tool: oven}, Cool]
      - id: pack-order
        owner: clerk
        inputs: [label, cake]
        outputs: [parcel, used-boxes]
        steps: [{do: Pack, duration: 5m}]
      - id: count-stock
        owner: clerk
        inputs: [used-boxes]
        outputs: [stock-count]
        steps: [{do: Count the boxes, duration: 15m}]
)";

std::string shop_model(std::string_view name) {
  fs::path file = fresh_folder(name) / "shop.yaml";
  write_text(file, shop);
  return file.string();
}

} // namespace

TEST_CASE("trace prints each process, each handoff and the lead time", "[trace]") {
  CliResult result = bizmap_cli({"trace", "bake", shop_model("trace-text")});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK(result.out == R"(Trace of process 'bake'
4 processes, 3 handoffs between them (2 change hands), 1 input from outside, 2 deliveries, 1 handoff round a loop, shown once

Upstream, in the order work flows
  take-order
    owner:    Jo (Clerk)
    tools:    none
    hands-on: 10m
    in:   order, from outside the business
    loop: stock-count, from count-stock: comes back round a loop; shown once, not followed

The traced process
  bake
    owner:    Sam (Baker)
    tools:    oven
    hands-on: at least 3h (1 step has no duration)
    in:   ticket, from take-order: changes hands, Jo (Clerk) → Sam (Baker): work waits here

Downstream, in the order work flows
  pack-order
    owner:    Jo (Clerk)
    tools:    none
    hands-on: 5m
    in:   label, from label-box (not traced): same owner
    in:   cake, from bake: changes hands, Sam (Baker) → Jo (Clerk): work waits here
    out:  parcel, delivered outside the business
  count-stock
    owner:    Jo (Clerk)
    tools:    none
    hands-on: 15m
    in:   used-boxes, from pack-order: same owner
    out:  stock-count, outcome of system 'shop'

Lead time of one case (estimated, in working time)
  at least 3h 30m (0.6 calendar days): 3h 30m hands-on
    way: take-order → bake → pack-order → count-stock
    not counted: 1 step has no duration
  slowest: bake (at least 3h)
  3 handoffs on the longest way, 2 of them change hands
Lead time adds up step durations and waits along the way; a day (d) is 8 working hours, a week (w) 5 days; calendar days are working days × 7 / 5.
)");
}

TEST_CASE("trace of a data item, and --to keeps only the paths to it", "[trace]") {
  std::string model = shop_model("trace-to");
  CliResult parcel = bizmap_cli({"trace", "parcel", model});
  CHECK(parcel.exit_code == 0);
  CHECK(contains(parcel.out, "Trace of data item 'parcel'\n4 processes"));
  CHECK(contains(parcel.out, "    way: take-order → bake → pack-order\n"));

  CliResult to = bizmap_cli({"trace", "take-order", model, "--to", "label-box"});
  CHECK(to.exit_code == 0);
  CHECK(contains(to.out, "Trace of process 'take-order', to process 'label-box'\n2 processes"));
  CHECK(contains(to.out, "  1h 10m (0.2 calendar days): 1h 10m hands-on; flow efficiency 100%\n"));
  CHECK_FALSE(contains(to.out, "  bake\n"));
}

TEST_CASE("trace usage errors: an unknown id with a suggestion, no chain to --to", "[trace]") {
  std::string model = shop_model("trace-errors");
  CliResult typo = bizmap_cli({"trace", "bak", model});
  CHECK(typo.exit_code == 2);
  CHECK(typo.out.empty());
  CHECK(typo.err ==
        "bizmap: error: no process or data item has the id 'bak'; did you mean 'bake' (a "
        "process)?\n");
  CliResult data = bizmap_cli({"trace", "parcle", model});
  CHECK(data.err == "bizmap: error: no process or data item has the id 'parcle'; did you mean "
                    "'parcel' (a data item)?\n");
  CliResult only = bizmap_cli({"trace", "data:bake", model});
  CHECK(only.exit_code == 2);
  CHECK(contains(only.err, "no data item has the id 'bake'"));
  CliResult to = bizmap_cli({"trace", "label-box", model, "--to", "bake"});
  CHECK(to.exit_code == 2);
  CHECK(to.err == "bizmap: error: --to bake: no chain of handoffs joins 'label-box' and 'bake'\n");
  CliResult to_typo = bizmap_cli({"trace", "bake", model, "--to", "pack"});
  CHECK(to_typo.exit_code == 2);
  CHECK(contains(to_typo.err, "--to pack: no process or data item has the id 'pack'"));
  CHECK(bizmap_cli({"trace"}).exit_code == 2);
  CHECK(bizmap_cli({"trace", "bake", model, "--format", "dot"}).exit_code == 2);
}

TEST_CASE("trace --format mermaid draws the flow, -o writes it to a file", "[trace]") {
  std::string model = shop_model("trace-mermaid");
  CliResult mermaid = bizmap_cli({"trace", "bake", model, "--format", "mermaid"});
  CHECK(mermaid.exit_code == 0);
  CHECK(mermaid.out.starts_with("flowchart LR\n"));
  CHECK(contains(mermaid.out, "  p2[\"bake<br>Sam (Baker) · at least 3h\"]:::subject\n"));
  CHECK(contains(mermaid.out, "  p0 ==>|\"ticket · changes hands\"| p2\n"));
  CHECK(contains(mermaid.out, "  p4 -.->|\"loop: stock-count\"| p0\n"));
  CHECK(contains(mermaid.out, "  linkStyle "));

  fs::path out = fresh_folder("trace-output") / "bake.mmd";
  CliResult written =
      bizmap_cli({"trace", "bake", model, "--format", "mermaid", "-o", out.string()});
  CHECK(written.exit_code == 0);
  CHECK(written.out.empty());
  CHECK(read_text(out) == mermaid.out);
}

TEST_CASE("trace says when the model it follows has errors", "[trace]") {
  fs::path folder = fresh_folder("trace-broken");
  write_text(folder / "shop.yaml", shop);
  write_text(folder / "broken.yaml", "bizmap: 1\nsystems: [\n");
  CliResult result = bizmap_cli({"trace", "bake", folder.string()});
  CHECK(result.exit_code == 0);
  CHECK(result.err == "bizmap: note: the model has 1 error that `bizmap check` lists; the trace "
                      "follows what could be read\n");
}

TEST_CASE("trace reads the configuration's exclude as check does", "[trace]") {
  fs::path folder = fresh_folder("trace-config");
  write_text(folder / "shop.yaml", shop);
  write_text(folder / "drafts" / "more.yaml",
             "bizmap: 1\nsystems:\n  - id: drafts\n    processes:\n      - id: draft-process\n"
             "        owner: clerk\n");
  CHECK(bizmap_cli({"trace", "draft-process", folder.string()}).exit_code == 0);
  CHECK(contains(bizmap_cli({"check", folder.string()}).out, "more.yaml"));
  // The model's own folder holds the configuration, found as check finds it.
  write_text(folder / ".bizmap.yaml", "exclude: [\"drafts/**\"]\n");
  std::string config = (folder / ".bizmap.yaml").string();
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"trace", "draft-process", folder.string()},
        std::vector<std::string>{"trace", "draft-process", folder.string(), "--config", config}}) {
    CliResult excluded = bizmap_cli(args);
    CHECK(excluded.exit_code == 2);
    CHECK(contains(excluded.err, "no process or data item has the id 'draft-process'"));
  }
  CHECK_FALSE(contains(bizmap_cli({"check", folder.string()}).out, "more.yaml"));
}

TEST_CASE("trace explains its options", "[trace]") {
  CliResult help = bizmap_cli({"trace", "--help"});
  CHECK(help.exit_code == 0);
  for (std::string_view option : {"--to", "--format", "--output", "--config"}) {
    CHECK(contains(help.out, option));
  }
}

namespace {

// The `bizmap trace` commands of docs/trace.md, each with the text block that
// follows it: a ```sh block of one command, then a ```text block.
std::vector<std::pair<std::string, std::string>> documented_traces() {
  std::string page = read_text(source_dir() / "docs" / "trace.md");
  std::regex example("```sh\n(bizmap trace [^\n]*)\n```\n\n```text\n([^`]*)```");
  std::vector<std::pair<std::string, std::string>> found;
  for (auto match = std::sregex_iterator(page.begin(), page.end(), example);
       match != std::sregex_iterator(); ++match) {
    found.emplace_back((*match)[1].str(), (*match)[2].str());
  }
  return found;
}

std::vector<std::string> words(const std::string& command) {
  std::istringstream stream(command);
  std::vector<std::string> args;
  for (std::string word; stream >> word;) {
    args.push_back(word.starts_with("examples/") ? (source_dir() / word).string() : word);
  }
  return args;
}

} // namespace

TEST_CASE("every trace on docs/trace.md prints what the page shows", "[trace][docs]") {
  std::vector<std::pair<std::string, std::string>> traces = documented_traces();
  CHECK(traces.size() == 3);
  for (const auto& [command, text] : traces) {
    INFO(command);
    std::vector<std::string> args = words(command);
    args.erase(args.begin()); // "bizmap"
    CliResult result = bizmap_cli(args);
    CHECK(result.exit_code == 0);
    CHECK(result.out == text);
  }
}

TEST_CASE("the man page documents trace and every option of it", "[trace][docs]") {
  std::string page = read_text(source_dir() / "docs" / "bizmap.1");
  CHECK(contains(page, ".BR trace "));
  std::string help = bizmap_cli({"trace", "--help"}).out;
  std::regex option("--[a-z][a-z-]*");
  for (auto match = std::sregex_iterator(help.begin(), help.end(), option);
       match != std::sregex_iterator(); ++match) {
    if (match->str() == "--help") {
      continue;
    }
    INFO(match->str());
    std::string escaped;
    for (char c : match->str()) {
      escaped += c == '-' ? std::string("\\-") : std::string(1, c);
    }
    CHECK(contains(page, escaped));
  }
}

TEST_CASE("the Mermaid of every documented trace renders", "[trace][tools]") {
  std::string missing = missing_npm_tools();
  if (!missing.empty()) {
    WARN("skipped: " << missing);
    return;
  }
  fs::path folder = fresh_folder("trace-tools");
  std::string diagrams = "# Traces\n";
  std::vector<std::pair<std::string, std::string>> traces = documented_traces();
  REQUIRE(!traces.empty());
  for (const auto& [command, text] : traces) {
    std::vector<std::string> args = words(command);
    args.erase(args.begin());
    args.insert(args.end(), {"--format", "mermaid"});
    CliResult result = bizmap_cli(args);
    REQUIRE(result.exit_code == 0);
    diagrams += "\n```mermaid\n" + result.out + "```\n";
  }
  fs::path rendered = folder / "rendered";
  fs::create_directories(rendered);
  write_text(folder / "traces.md", diagrams);
  ToolRun mmdc = render_mermaid(folder / "traces.md", rendered / "traces.md");
  INFO(mmdc.output);
  CHECK(mmdc.exit_code == 0);
  std::size_t svgs = 0;
  for (const auto& entry : fs::directory_iterator(rendered)) {
    svgs += entry.path().extension() == ".svg" && fs::file_size(entry.path()) > 1000;
  }
  CHECK(svgs == traces.size());
}
