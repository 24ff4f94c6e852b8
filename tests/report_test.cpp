// bizmap report: the pages, their links, the health check, escaping, the
// atomic write of the folder, and the external tools that read the output.
#include "flow/flow.hpp"
#include "health/health.hpp"
#include "model/index.hpp"
#include "output/markdown.hpp"
#include "report/report.hpp"
#include "report_tools.hpp"
#include "util/sha256.hpp"

#include <bizmap/run.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <map>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

fs::path example_folder(std::string_view name) {
  return source_dir() / "examples" / name;
}
fs::path nasty_model() {
  return source_dir() / "tests" / "report" / "nasty-names.yaml";
}

// Every file below a folder with its text, for comparing two runs.
std::map<std::string, std::string> snapshot(const fs::path& folder) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) {
      files[entry.path().lexically_relative(folder).generic_string()] = read_text(entry.path());
    }
  }
  return files;
}

// The format's complete small model, with one broken handoff added.
constexpr std::string_view small_model = R"(bizmap: 1
business:
  name: Brightside Studio
roles:
  - {id: founder, name: Dana (Founder)}
  - {id: designer, name: Sam (Designer)}
tools:
  - {id: crm, name: HubSpot CRM}
external:
  inputs: [inquiry]
  outputs: [delivered-site]
systems:
  - id: client-acquisition
    goal: Turn inquiries into signed clients
    manager: founder
    outcomes: [signed-contract]
    processes:
      - id: qualify-lead
        owner: founder
        trigger: An inquiry arrives through the website form
        inputs: [inquiry]
        outputs: [client-brief, signed-contract]
        steps:
          - do: Log the inquiry in the CRM
            tool: crm
            automation: automated
          - Hold a discovery call
          - do: Send the proposal and contract
            outputs: [client-brief, signed-contract]
        what_ifs:
          - {if: No reply, then: Follow up once}
  - id: fulfilment
    goal: Deliver what we promised
    processes:
      - id: build-site
        owner: designer
        inputs: [client-brief, hosting-account]
        outputs: [delivered-site]
        steps: [Design, Build, Review with the client, Launch]
)";

fs::path write_small_model(std::string_view name) {
  fs::path folder = fresh_folder(name);
  write_text(folder / "model.yaml", small_model);
  return folder / "model.yaml";
}

} // namespace

TEST_CASE("escaping keeps names from breaking tables, links and headings", "[report]") {
  CHECK(escape_markdown("a | b") == "a \\| b");
  CHECK(escape_markdown("*bold* _u_ `x` [l](t) <b>") ==
        "\\*bold\\* \\_u\\_ \\`x\\` \\[l\\](t) \\<b\\>");
  CHECK(escape_markdown("line one\nline two\t end ") == "line one line two end");
  CHECK(escape_markdown("- item") == "\\- item");
  CHECK(escape_markdown("12. item") == "12\\. item");
  CHECK(escape_markdown("# heading") == "\\# heading");
  CHECK(escape_markdown("see https://x.org or www.x.org") == "see https\\://x.org or www\\.x.org");
  CHECK(escape_markdown("a@b.co costs $5 & more") == "a\\@b.co costs \\$5 \\& more");
  CHECK(escape_markdown("\"quoted\" and 'single'") == "\"quoted\" and 'single'");
}

TEST_CASE("heading anchors follow GitHub's slugs", "[report]") {
  CHECK(github_slug("Hello World") == "hello-world");
  CHECK(github_slug("Café Accounts") == "café-accounts");
  CHECK(github_slug("ÉCOLE") == "école");
  CHECK(github_slug("A & B") == "a--b");
  CHECK(github_slug("Foo_bar-baz") == "foo_bar-baz");
  CHECK(github_slug("What's new? (2024)") == "whats-new-2024");
  CHECK(github_slug("Costs — €5 → done") == "costs--5--done");
  Slugger slugger;
  CHECK(slugger.next("Steps") == "steps");
  CHECK(slugger.next("Steps") == "steps-1");
  CHECK(slugger.next("Steps 1") == "steps-1-1");
  CHECK(slugger.next("Steps") == "steps-2");
}

TEST_CASE("the report's health check is the health stage's, with documentation apart", "[report]") {
  Checked checked = check_text(small_model);
  const Model& model = checked.loaded.model;
  ModelIndex index(model);
  const Handoffs& handoffs = index.handoffs;
  FlowAnalysis flow(model, handoffs);
  HealthCheck health = business_health(model, handoffs, flow);
  // inputs: inquiry, client-brief satisfied, hosting-account not (2 of 3);
  // outputs: client-brief, signed-contract, delivered-site used (3 of 3): 5 of 6.
  CHECK(health.areas[0].score() == 83);
  // 2 of 2 processes owned, 1 of 2 systems managed, 2 of 2 owners own at
  // most 8: 5 of 6.
  CHECK(health.areas[1].score() == 83);
  // founder and designer are one person with no backup, and both work on
  // the way to a delivery (signed-contract, delivered-site): 0 of 2.
  CHECK(health.areas[2].score() == 0);
  // No role's hours are all counted (no volumes, no durations).
  CHECK(health.areas[3].score() == std::nullopt);
  // signed-contract is reached; delivered-site waits for hosting-account.
  CHECK(health.areas[4].score() == 50);
  // 1 of 7 steps automated, counted in steps.
  CHECK(health.areas[5].score() == 14);
  // (30×83 + 20×83 + 15×0 + 15×50 + 5×14) / 85 = 4970 / 85 = 58.47
  CHECK(health.business == 58);
  CHECK(health.weakest == std::vector<std::string_view>{"Key people", "Automation", "Flow"});
  // Owners 2, steps 2, triggers or inputs 2, volumes 0 of 2 processes; 0 of
  // 7 steps have a duration: 6 of 15.
  CHECK(health.documentation.score() == 40);
  HealthCheck fulfilment = system_health(model, handoffs, flow, 1);
  CHECK(fulfilment.areas[1].score() == 67); // build-site owned, fulfilment unmanaged, designer
  CHECK(fulfilment.areas[0].score() == 67);
  CHECK(fulfilment.areas[4].score() == 0);
}

TEST_CASE("each area of the health check lists the facts that pull it down", "[report]") {
  Checked checked = check_text(small_model);
  const Model& model = checked.loaded.model;
  ModelIndex index(model);
  FlowAnalysis flow(model, index.handoffs);
  HealthCheck health = business_health(model, index.handoffs, flow);
  auto facts = [](const HealthArea& area) {
    std::vector<std::string> found;
    for (const HealthFact& fact : area.facts) {
      found.push_back(fmt::format("{}: {}: {}: {}", fact.at ? fact.at->line : 0,
                                  to_string(fact.kind), fact.id, fact.what));
    }
    return found;
  };
  auto area = [&](HealthAreaKind kind) { return health.areas[static_cast<std::size_t>(kind)]; };
  CHECK(facts(area(HealthAreaKind::ownership)) ==
        std::vector<std::string>{"32: system: fulfilment: no manager"});
  CHECK(facts(area(HealthAreaKind::handoffs)) ==
        std::vector<std::string>{"35: process: build-site: nothing supplies 'hosting-account'"});
  CHECK(facts(area(HealthAreaKind::automation)) ==
        std::vector<std::string>{"18: process: qualify-lead: 2 of 3 steps done by hand",
                                 "35: process: build-site: 4 of 4 steps done by hand"});
  CHECK(facts(area(HealthAreaKind::flow)) ==
        std::vector<std::string>{"35: process: build-site: needs 'hosting-account', which nothing "
                                 "supplies, so 'delivered-site' cannot be reached"});
  CHECK(area(HealthAreaKind::capacity).nothing_to_count ==
        "no role with a capacity has all its hours counted");
  CHECK(area(HealthAreaKind::capacity).left_out ==
        std::vector<std::string>{"role 'founder': 1 process it works in has no volume, 2 steps "
                                 "have no duration",
                                 "role 'designer': 1 process it works in has no volume, 4 steps "
                                 "have no duration"});
}

TEST_CASE("health weights: an area with weight 0 counts for nothing and is never weakest",
          "[report]") {
  Checked checked = check_text(small_model);
  const Model& model = checked.loaded.model;
  ModelIndex index(model);
  FlowAnalysis flow(model, index.handoffs);
  HealthSettings settings;
  settings.weights.of = {30, 20, 0, 15, 15, 0};
  HealthCheck health = business_health(model, index.handoffs, flow, settings);
  CHECK(health.areas[5].score() == 14);
  // (30×83 + 20×83 + 15×50) / 65 = 4900 / 65 = 75.38
  CHECK(health.business == 75);
  CHECK(health.weakest == std::vector<std::string_view>{"Flow"});
  settings.weights.of = {0, 0, 0, 0, 0, 0};
  CHECK_FALSE(business_health(model, index.handoffs, flow, settings).business);
  CHECK(business_health(model, index.handoffs, flow, settings).weakest.empty());
}

TEST_CASE("a model that checks clean has a trigger for every process", "[report]") {
  for (std::string_view name : {"bakery", "city-bus", "design-agency"}) {
    DYNAMIC_SECTION(name) {
      Checked checked = check_path(example_folder(name));
      ModelIndex index(checked.loaded.model);
      FlowAnalysis flow(checked.loaded.model, index.handoffs);
      HealthCheck health = business_health(checked.loaded.model, index.handoffs, flow);
      for (const HealthFact& fact : health.documentation.facts) {
        INFO(fact.id << ": " << fact.what);
        CHECK(fact.what.find("trigger") == std::string::npos);
      }
      CHECK(health.areas[static_cast<std::size_t>(HealthAreaKind::flow)].score() == 100);
    }
  }
}

TEST_CASE("a process page is a complete SOP", "[report]") {
  fs::path model = write_small_model("report-sop");
  fs::path out = model.parent_path() / "report";
  REQUIRE(bizmap_cli({"report", model.string(), "-o", out.string()}).exit_code == 0);
  std::string sop = read_text(out / "processes" / "build-site.md");
  CHECK(sop.starts_with("# build-site\n"));
  CHECK(contains(sop, "- **Where it sits:** [Brightside Studio](../README.md) > "
                      "[fulfilment](../systems/fulfilment.md)\n"));
  CHECK(contains(sop, "- **Owner:** Sam \\(Designer\\)") == false);
  CHECK(contains(sop, "- **Owner:** [Sam (Designer)](../roles/designer.md)\n"));
  CHECK(contains(sop, "| [client-brief](../data.md#client-brief) | [qualify-lead](qualify-lead.md) "
                      "by Dana (Founder) |"));
  CHECK(contains(sop, "| [delivered-site](../data.md#delivered-site) | outside the business |"));
  CHECK(contains(sop, "| \\*\\*missing\\*\\*") == false);
  CHECK(contains(sop, "| [hosting-account](../data.md#hosting-account) | **missing**: no process "
                      "produces it |"));
  CHECK(contains(sop, "4. Launch\n\n   Time: not set"));
  CHECK(contains(sop, "| error | unproduced-input |"));
  std::string qualify = read_text(out / "processes" / "qualify-lead.md");
  CHECK(contains(qualify, "outcome of [client-acquisition](../systems/client-acquisition.md)"));
  CHECK(contains(qualify, "## If something goes wrong\n\n- **No reply:** Follow up once"));
  CHECK(contains(qualify, "No open findings in this process's lines."));
  std::string system = read_text(out / "systems" / "fulfilment.md");
  CHECK(contains(system, "- **Manager:** not set"));
  CHECK(contains(system, "| [client-brief](../data.md#client-brief) | "
                         "[qualify-lead](../processes/qualify-lead.md) | "
                         "[build-site](../processes/build-site.md) |"));
  CHECK(contains(system, "```mermaid\nflowchart LR\n"));
  std::string ownership = read_text(out / "ownership.md");
  CHECK(contains(ownership, "| [qualify-lead](processes/qualify-lead.md) | A, R, M | |"));
}

TEST_CASE("reports of the examples link only to pages and headings that exist", "[report]") {
  for (std::string_view name : {"bakery", "city-bus", "design-agency"}) {
    DYNAMIC_SECTION(name) {
      fs::path out = fresh_folder(fmt::format("report-links-{}", name)) / "report";
      REQUIRE(bizmap_cli({"report", example_folder(name).string(), "-o", out.string()}).exit_code ==
              0);
      Checked checked = check_path(example_folder(name));
      CHECK(fs::exists(out / "README.md"));
      CHECK(fs::exists(out / "ownership.md"));
      CHECK(fs::exists(out / "data.md"));
      CHECK(fs::exists(out / std::string(manifest_name)));
      for (const Process& process : checked.loaded.model.processes) {
        CHECK(fs::exists(out / "processes" / (process.id.id + ".md")));
      }
      for (const System& system : checked.loaded.model.systems) {
        CHECK(fs::exists(out / "systems" / (system.id.id + ".md")));
      }
      CHECK(count_links(out) > 100);
      CHECK(broken_links(out) == "");
    }
  }
}

TEST_CASE("a report is the same, byte for byte, every time", "[report]") {
  fs::path folder = fresh_folder("report-deterministic");
  std::vector<std::string> args{"report", example_folder("city-bus").string(), "-o"};
  args.push_back((folder / "first").string());
  REQUIRE(bizmap_cli(args).exit_code == 0);
  args.back() = (folder / "second").string();
  REQUIRE(bizmap_cli(args).exit_code == 0);
  CHECK(snapshot(folder / "first") == snapshot(folder / "second"));
}

TEST_CASE("names full of Markdown and Mermaid syntax stay inside their cells", "[report]") {
  fs::path out = fresh_folder("report-nasty") / "report";
  REQUIRE(bizmap_cli({"report", nasty_model().string(), "-o", out.string()}).exit_code == 0);
  CHECK(broken_links(out) == "");
  std::string index = read_text(out / "README.md");
  CHECK(index.starts_with("# Pipe \\| Star \\* Under\\_score \\[Bracket\\] \\<b\\>HTML\\</b\\> "
                          "\\`tick\\` \"quote\" 'single'\n"));
  CHECK(contains(index, "p0[\"Take order #124; step 1 #lt;fast#gt; #quot;now#quot; #96;tick#96; "
                        "*bold* _u_ #35; x\"]"));
  CHECK(contains(index, "gapin0 -.-> p0"));
  // An id that is not a valid file name gets a generated one.
  CHECK(fs::exists(out / "processes" / "process--3.md"));
  // Names shared by several elements are told apart by kind and id.
  CHECK(contains(index, "[Twin (process send-invoice)](processes/send-invoice.md)"));
  std::string take_order = read_text(out / "processes" / "take-order.md");
  CHECK(contains(take_order, "4. Write \\`the\\` order on two lines\n\n   Who: [Helper \\`code\\` "
                             "\\[x\\](y) \"q\"](../roles/helper.md)"));
  // Every table row has as many cells as its header.
  for (const auto& [path, text] : snapshot(out)) {
    std::istringstream lines(text);
    std::size_t columns = 0;
    for (std::string line; std::getline(lines, line);) {
      if (!line.starts_with("|")) {
        columns = 0;
        continue;
      }
      std::size_t cells = 0;
      for (std::size_t i = 0; i < line.size(); ++i) {
        cells += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
      }
      if (columns == 0) {
        columns = cells;
      }
      INFO(path << ": " << line);
      CHECK(cells == columns);
    }
  }
}

TEST_CASE("findings are attributed to the process whose lines hold them", "[report]") {
  fs::path out = fresh_folder("report-findings") / "report";
  REQUIRE(bizmap_cli({"report", nasty_model().string(), "-o", out.string()}).exit_code == 0);
  std::string take_order = read_text(out / "processes" / "take-order.md");
  CHECK(contains(take_order, "| unproduced-input |"));
  CHECK(contains(take_order, "| unconsumed-output |"));
  CHECK_FALSE(contains(take_order, "process-without-owner"));
  std::string send_invoice = read_text(out / "processes" / "send-invoice.md");
  CHECK(contains(send_invoice, "| process-without-owner |"));
  std::string index = read_text(out / "README.md");
  CHECK(contains(index, "| system-without-manager | system 'billing' has no manager: nobody "
                        "answers for its outcomes | none |"));
}

TEST_CASE("report --single-file puts every page in README.md with working anchors", "[report]") {
  fs::path out = fresh_folder("report-single") / "report";
  REQUIRE(
      bizmap_cli({"report", example_folder("bakery").string(), "-o", out.string(), "--single-file"})
          .exit_code == 0);
  std::map<std::string, std::string> files = snapshot(out);
  CHECK(files.size() == 2);
  REQUIRE(files.contains("README.md"));
  const std::string& text = files["README.md"];
  CHECK(contains(text, "\n## Bake off\n"));
  CHECK(contains(text, "\n### Bake off: Steps\n"));
  CHECK(contains(text, "[Bake off](#bake-off)"));
  CHECK_FALSE(contains(text, ".md)"));
  CHECK_FALSE(contains(text, ".md#"));
  CHECK(count_links(out) > 100);
  CHECK(broken_links(out) == "");
}

TEST_CASE("a report replaces only the files an earlier report wrote", "[report]") {
  fs::path folder = fresh_folder("report-atomic");
  fs::path out = folder / "report";
  std::string model = example_folder("bakery").string();

  SECTION("a re-run keeps the files a person added") {
    REQUIRE(bizmap_cli({"report", model, "-o", out.string()}).exit_code == 0);
    write_text(out / "my-notes.md", "mine");
    write_text(out / "processes" / "extra.md", "also mine");
    REQUIRE(bizmap_cli({"report", model, "-o", out.string()}).exit_code == 0);
    CHECK(read_text(out / "my-notes.md") == "mine");
    CHECK(read_text(out / "processes" / "extra.md") == "also mine");
    CHECK(fs::exists(out / "processes" / "bake-off.md"));
  }
  SECTION("a folder of other files gets the report beside them") {
    write_text(out / "notes.txt", "mine");
    REQUIRE(bizmap_cli({"report", model, "-o", out.string()}).exit_code == 0);
    CHECK(read_text(out / "notes.txt") == "mine");
    CHECK(fs::exists(out / "README.md"));
  }
  SECTION("a file bizmap did not write where a page goes is never replaced") {
    write_text(out / "README.md", "my own readme");
    for (bool force : {false, true}) {
      std::vector<std::string> args{"report", model, "-o", out.string()};
      if (force) {
        args.emplace_back("--force");
      }
      CliResult refused = bizmap_cli(args);
      CHECK(refused.exit_code == 2);
      CHECK(refused.err == "bizmap: error: '" + (out / "README.md").string() +
                               "' exists and bizmap report did not write it; nothing was "
                               "written: move it away or choose another folder for the report\n");
      CHECK(snapshot(out) == std::map<std::string, std::string>{{"README.md", "my own readme"}});
    }
  }
  SECTION("a file in the way is a usage error") {
    write_text(out, "a file");
    CHECK(bizmap_cli({"report", model, "-o", out.string()}).exit_code == 2);
    CHECK(read_text(out) == "a file");
  }
  SECTION("an empty folder is filled") {
    fs::create_directories(out);
    CHECK(bizmap_cli({"report", model, "-o", out.string()}).exit_code == 0);
    CHECK(fs::exists(out / "README.md"));
  }
  SECTION("a failure while writing leaves the old report as it was") {
    REQUIRE(bizmap_cli({"report", model, "-o", out.string()}).exit_code == 0);
    std::map<std::string, std::string> before = snapshot(out);
    // "page" is written as a file, so "page/inner.md" cannot be created.
    std::vector<ReportFile> impossible{{"page", "x"}, {"page/inner.md", "y"}};
    CHECK_THROWS_AS(write_report_folder(out.string(), impossible, false), UsageError);
    CHECK(snapshot(out) == before);
  }
  SECTION("usage errors exit with 2") {
    CHECK(bizmap_cli({"report", model}).exit_code == 2);
    CHECK(bizmap_cli({"report", (folder / "missing").string(), "-o", out.string()}).exit_code == 2);
    CHECK(bizmap_cli({"report", model, "-o", (folder / "no" / "parent").string()}).exit_code == 2);
    CHECK_FALSE(fs::exists(out));
  }
  // Nothing is left beside the report: no temporary or old folders.
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) {
    ++entries;
  }
  CHECK(entries <= 1);
}

namespace {

// The bakery with one process less, so that its page is stale in a report
// of the whole bakery.
fs::path bakery_without(const fs::path& folder, std::string_view process) {
  fs::path copy = folder / "bakery";
  fs::copy(example_folder("bakery"), copy, fs::copy_options::recursive);
  for (const auto& entry : fs::directory_iterator(copy)) {
    std::string text = read_text(entry.path());
    std::size_t at = text.find(fmt::format("- id: {}\n", process));
    if (at == std::string::npos) {
      continue;
    }
    std::size_t indent = text.rfind('\n', at) + 1;
    std::string item = text.substr(indent, at - indent + 2); // "      - "
    std::size_t end = text.find("\n" + item, at);
    std::size_t outdented = text.find("\n" + item.substr(2), at);
    end = std::min(end, outdented);
    text.erase(indent, end == std::string::npos ? std::string::npos : end + 1 - indent);
    write_text(entry.path(), text);
  }
  return copy;
}

std::map<std::string, std::string> manifest_lines(const fs::path& folder) {
  std::map<std::string, std::string> lines;
  std::istringstream text(read_text(folder / std::string(manifest_name)));
  for (std::string line; std::getline(text, line);) {
    if (!line.starts_with("#")) {
      lines[line.substr(66)] = line.substr(0, 64);
    }
  }
  return lines;
}

} // namespace

TEST_CASE("a report folder's manifest lists every page with its SHA-256", "[report]") {
  fs::path out = fresh_folder("report-manifest") / "report";
  REQUIRE(bizmap_cli({"report", example_folder("bakery").string(), "-o", out.string()}).exit_code ==
          0);
  std::map<std::string, std::string> listed = manifest_lines(out);
  std::map<std::string, std::string> pages = snapshot(out);
  pages.erase(std::string(manifest_name));
  CHECK(listed.size() == pages.size());
  for (const auto& [path, text] : pages) {
    INFO(path);
    REQUIRE(listed.contains(path));
    CHECK(listed[path] == sha256_hex(text));
  }
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("a page edited by hand is replaced or removed only with --force", "[report]") {
  fs::path folder = fresh_folder("report-edited");
  fs::path out = folder / "report";
  std::string model = example_folder("bakery").string();
  REQUIRE(bizmap_cli({"report", model, "-o", out.string()}).exit_code == 0);
  fs::path page = out / "processes" / "bake-off.md";

  SECTION("an edited page that the report still has") {
    write_text(page, read_text(page) + "A note added by hand.\n");
    std::map<std::string, std::string> before = snapshot(out);
    CliResult refused = bizmap_cli({"report", model, "-o", out.string()});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err == fmt::format("bizmap: error: '{}' was edited since bizmap report wrote "
                                     "it; nothing was written: --force replaces what bizmap "
                                     "wrote even when it was edited\n",
                                     page.string()));
    CHECK(snapshot(out) == before);
    REQUIRE(bizmap_cli({"report", model, "-o", out.string(), "--force"}).exit_code == 0);
    CHECK_FALSE(contains(read_text(page), "A note added by hand."));
  }
  SECTION("a page of a process that is gone is removed, unless it was edited") {
    fs::path smaller = bakery_without(folder, "bake-off");
    REQUIRE(bizmap_cli({"check", smaller.string()}).exit_code <= 1);
    write_text(out / "processes" / "my-notes.md", "mine\n");
    SECTION("as bizmap wrote it: removed") {
      REQUIRE(bizmap_cli({"report", smaller.string(), "-o", out.string()}).exit_code == 0);
      CHECK_FALSE(fs::exists(page));
      CHECK_FALSE(manifest_lines(out).contains("processes/bake-off.md"));
    }
    SECTION("edited: kept, unless --force") {
      write_text(page, "edited\n");
      std::map<std::string, std::string> before = snapshot(out);
      CliResult refused = bizmap_cli({"report", smaller.string(), "-o", out.string()});
      CHECK(refused.exit_code == 2);
      CHECK(contains(refused.err, fmt::format("'{}' was edited since bizmap report wrote it, and "
                                              "this report has no such page",
                                              page.string())));
      CHECK(snapshot(out) == before);
      REQUIRE(bizmap_cli({"report", smaller.string(), "-o", out.string(), "--force"}).exit_code ==
              0);
      CHECK_FALSE(fs::exists(page));
    }
    CHECK(read_text(out / "processes" / "my-notes.md") == "mine\n");
  }
}

TEST_CASE("a report does not follow symbolic links out of its folder", "[report]") {
  fs::path folder = fresh_folder("report-links-out");
  fs::path out = folder / "report";
  fs::path elsewhere = folder / "elsewhere";
  write_text(elsewhere / "keep.md", "keep\n");
  std::string model = example_folder("bakery").string();
  REQUIRE(bizmap_cli({"report", model, "-o", out.string()}).exit_code == 0);

  SECTION("a folder of pages replaced by a link") {
    fs::rename(out / "processes", folder / "old-processes");
    fs::create_directory_symlink(elsewhere, out / "processes");
    CliResult refused = bizmap_cli({"report", model, "-o", out.string(), "--force"});
    CHECK(refused.exit_code == 2);
    CHECK(contains(refused.err, fmt::format("'{}' is a symbolic link, and bizmap does not follow "
                                            "links out of the report folder",
                                            (out / "processes").string())));
  }
  SECTION("a page replaced by a link") {
    fs::remove(out / "README.md");
    fs::create_symlink(elsewhere / "keep.md", out / "README.md");
    CliResult refused = bizmap_cli({"report", model, "-o", out.string(), "--force"});
    CHECK(refused.exit_code == 2);
    CHECK(contains(refused.err, "is a symbolic link that bizmap report did not write"));
  }
  SECTION("a manifest that names a file outside the folder") {
    write_text(out / std::string(manifest_name),
               "# bizmap report\n" + sha256_hex("keep\n") + "  ../elsewhere/keep.md\n");
    CliResult refused = bizmap_cli({"report", model, "-o", out.string(), "--force"});
    CHECK(refused.exit_code == 2);
    CHECK(contains(refused.err, "is not a list of files that bizmap report wrote"));
  }
  CHECK(snapshot(elsewhere) == std::map<std::string, std::string>{{"keep.md", "keep\n"}});
}

TEST_CASE("a report of an earlier bizmap is replaced page by page with --force", "[report]") {
  fs::path out = fresh_folder("report-earlier-bizmap") / "report";
  std::string model = example_folder("bakery").string();
  write_text(out / "README.md", "# The bakery, as an earlier bizmap wrote it\n");
  write_text(out / "mine.md", "mine\n");
  write_text(out / std::string(manifest_name),
             "This folder was written by bizmap report; the next run replaces it as a whole.\n");
  CliResult refused = bizmap_cli({"report", model, "-o", out.string()});
  CHECK(refused.exit_code == 2);
  CHECK(contains(refused.err, "is from a report of an earlier bizmap"));
  REQUIRE(bizmap_cli({"report", model, "-o", out.string(), "--force"}).exit_code == 0);
  CHECK(read_text(out / "mine.md") == "mine\n");
  CHECK(manifest_lines(out).contains("README.md"));
  CHECK_FALSE(manifest_lines(out).contains("mine.md"));
}

TEST_CASE("report --single-file -o FILE.md writes that one file", "[report]") {
  fs::path folder = fresh_folder("report-single-file");
  fs::path out = folder / "bakery.md";
  std::string model = example_folder("bakery").string();
  CliResult written = bizmap_cli({"report", model, "--single-file", "-o", out.string()});
  REQUIRE(written.exit_code == 0);
  CHECK(written.err == fmt::format("bizmap: wrote the report to {}\n", out.string()));
  CHECK(snapshot(folder).size() == 1);
  std::string text = read_text(out);
  CHECK(text.starts_with("# "));
  CHECK(contains(text, "\n## Bake off\n"));
  std::size_t signature = text.rfind("<!-- Written by bizmap report; SHA-256 of the text above: ");
  REQUIRE(signature != std::string::npos);
  CHECK(contains(text.substr(signature), sha256_hex(text.substr(0, signature))));

  SECTION("a re-run replaces it") {
    REQUIRE(bizmap_cli({"report", model, "--single-file", "-o", out.string()}).exit_code == 0);
    CHECK(read_text(out) == text);
  }
  SECTION("edited by hand, only with --force") {
    write_text(out, "# Notes\n" + text);
    CliResult refused = bizmap_cli({"report", model, "--single-file", "-o", out.string()});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err == fmt::format("bizmap: error: '{}' was edited since bizmap report wrote "
                                     "it; nothing was written: --force replaces it\n",
                                     out.string()));
    CHECK(read_text(out) == "# Notes\n" + text);
    REQUIRE(
        bizmap_cli({"report", model, "--single-file", "-o", out.string(), "--force"}).exit_code ==
        0);
    CHECK(read_text(out) == text);
  }
  SECTION("a file bizmap did not write, never") {
    fs::path readme = folder / "README.md";
    write_text(readme, "# My project\n");
    for (bool force : {false, true}) {
      std::vector<std::string> args{"report", model, "--single-file", "-o", readme.string()};
      if (force) {
        args.emplace_back("--force");
      }
      CliResult refused = bizmap_cli(args);
      CHECK(refused.exit_code == 2);
      CHECK(contains(refused.err, "exists and bizmap report did not write it"));
      CHECK(read_text(readme) == "# My project\n");
    }
  }
}

namespace {

// Lints a model's report (pages and single file) with markdownlint-cli2 and
// renders every Mermaid diagram of it, and of `bizmap graph`, in one mmdc run.
void check_with_tools(std::string_view name, const fs::path& model) {
  std::string missing = missing_npm_tools();
  if (!missing.empty()) {
    WARN("skipped: " << missing);
    return;
  }
  fs::path folder = fresh_folder(fmt::format("report-tools-{}", name));
  std::string today(test_today_option);
  for (std::string_view audience : {"author", "staff"}) {
    std::string pages = (folder / fmt::format("{}-pages", audience)).string();
    std::string single = (folder / fmt::format("{}-single", audience)).string();
    REQUIRE(bizmap_cli({"report", model.string(), "-o", pages, "--audience", std::string(audience),
                        "--today", today})
                .exit_code == 0);
    REQUIRE(bizmap_cli({"report", model.string(), "-o", single, "--single-file", "--audience",
                        std::string(audience), "--today", today})
                .exit_code == 0);
    CHECK(broken_links(pages) == "");
  }
  ToolRun lint = markdownlint(folder);
  INFO(lint.output);
  CHECK(lint.exit_code == 0);

  std::string diagrams = "# Diagrams\n";
  for (const auto& [path, text] : snapshot(folder / "author-pages")) {
    for (const std::string& block : mermaid_blocks(text)) {
      diagrams += "\n" + block + "\n";
    }
  }
  CliResult graph = bizmap_cli({"graph", model.string(), "--format", "mermaid"});
  REQUIRE(graph.exit_code == 0);
  diagrams += "\n```mermaid\n" + graph.out + "```\n";
  std::size_t count = mermaid_blocks(diagrams).size();
  fs::path rendered = folder / "rendered";
  fs::create_directories(rendered);
  write_text(folder / "diagrams.md", diagrams);
  ToolRun mmdc = render_mermaid(folder / "diagrams.md", rendered / "diagrams.md");
  INFO(mmdc.output);
  CHECK(mmdc.exit_code == 0);
  std::size_t svgs = 0;
  for (const auto& entry : fs::directory_iterator(rendered)) {
    svgs += entry.path().extension() == ".svg" && fs::file_size(entry.path()) > 1000;
  }
  CHECK(svgs == count);
}

} // namespace

TEST_CASE("the bakery's report passes markdownlint and its diagrams render", "[report][tools]") {
  check_with_tools("bakery", example_folder("bakery"));
}

TEST_CASE("the bus company's report passes markdownlint and its diagrams render",
          "[report][tools]") {
  check_with_tools("city-bus", example_folder("city-bus"));
}

TEST_CASE("the design agency's report passes markdownlint and its diagrams render",
          "[report][tools]") {
  check_with_tools("design-agency", example_folder("design-agency"));
}

TEST_CASE("a report of hostile names passes markdownlint and its diagrams render",
          "[report][tools]") {
  check_with_tools("nasty", nasty_model());
}

TEST_CASE("the dental clinic's pages for staff and author pass markdownlint and their swimlanes "
          "render",
          "[report][tools]") {
  check_with_tools("clinic", source_dir() / "tests" / "report" / "dental-clinic.yaml");
}

TEST_CASE("report and graph explain their options", "[report]") {
  CliResult report = bizmap_cli({"report", "--help"});
  CHECK(report.exit_code == 0);
  for (std::string_view option : {"--output", "--single-file", "--force"}) {
    CHECK(contains(report.out, option));
  }
  CliResult graph = bizmap_cli({"graph", "--help"});
  CHECK(graph.exit_code == 0);
  for (std::string_view option : {"--format", "--system", "--output"}) {
    CHECK(contains(graph.out, option));
  }
}

TEST_CASE("with more than 20 roles the ownership page lists each process's roles", "[report]") {
  std::string model = "bizmap: 1\nsystems:\n  - id: crew\n    goal: Serve\n    manager: boss\n"
                      "    processes:\n";
  for (int i = 0; i < 21; ++i) {
    model +=
        fmt::format("      - id: task-{0}\n        owner: role-{0:02}\n        trigger: Asked\n"
                    "        steps:\n          - Prepare\n          - text: Help\n"
                    "            by: helper\n",
                    i);
  }
  fs::path folder = fresh_folder("report-wide-roles");
  write_text(folder / "model.yaml", model);
  fs::path out = folder / "report";
  REQUIRE(bizmap_cli({"report", (folder / "model.yaml").string(), "-o", out.string()}).exit_code <=
          1);
  std::string ownership = read_text(out / "ownership.md");
  CHECK(contains(ownership, "| Process | Roles |\n"));
  CHECK(contains(ownership,
                 "| [task-3](processes/task-3.md) | boss (M), helper (R), role-03 (A, R) |"));
  // The load of each role counts the whole model.
  // A role the catalogue does not declare that performs steps is a person,
  // the default kind: one person of a full 40-hour week. One that only
  // manages has no work to weigh against a capacity.
  CHECK(contains(ownership, "| [helper](roles/helper.md) | not in the catalogue | 0.0 | 0.0 | "
                            "40.0 | 0% | 0 | 21 | 21 | 0 | 0 | 0 |"));
  CHECK(contains(ownership, "| [boss](roles/boss.md) | not in the catalogue | 0.0 | | | | 0 | 0 | "
                            "0 | 0 | 0 | 1 |"));
}
