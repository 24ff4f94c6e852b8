// The HTML manual in a real browser: Debian's Chromium, driven by
// playwright-core from tools/npm/browser (check-site.mjs), opens every page
// from a file:// address, follows every link, searches, prints print.html to
// PDF and runs axe-core on each kind of page.
#include "graph/svg.hpp"
#include "report_tools.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

fs::path browser_tools() {
  return source_dir() / "tools" / "npm" / "browser";
}

std::string missing_browser() {
  if (run_tool("command -v node").exit_code != 0) {
    return "node is not installed";
  }
  if (!fs::exists(browser_tools() / "node_modules" / "playwright-core") ||
      !fs::exists(browser_tools() / "node_modules" / "axe-core")) {
    return "tools/npm/browser is not installed (run scripts/install-npm.sh)";
  }
  if (!fs::exists("/usr/bin/chromium")) {
    return "Debian's chromium is not installed (scripts/packages/report.txt)";
  }
  return {};
}

nlohmann::json check_site(const fs::path& site, const std::string& options) {
  fs::path errors = site.parent_path() / "browser-errors.txt";
  ToolRun run = run_tool(fmt::format(
      "(node {} {} {} 2>{})", shell_quoted((browser_tools() / "check-site.mjs").string()),
      shell_quoted(site.string()), options, shell_quoted(errors.string())));
  INFO(run.output << read_text(errors));
  REQUIRE(run.exit_code == 0);
  return nlohmann::json::parse(run.output);
}

std::vector<std::string> strings(const nlohmann::json& list) {
  return list.get<std::vector<std::string>>();
}

} // namespace

TEST_CASE("in Chromium, search finds a process and opens it, every link resolves, print.html "
          "prints and axe finds nothing serious",
          "[tools][browser][html]") {
  std::string missing = missing_browser();
  if (!missing.empty()) {
    WARN("skipped: " << missing);
    return;
  }
  for (std::string audience : {"author", "staff"}) {
    INFO(audience);
    fs::path site = fresh_folder(audience) / "site";
    REQUIRE(bizmap_cli({"report", example("bakery"), "--format", "html", "-o", site.string(),
                        "--audience", audience})
                .exit_code == 0);
    fs::path pdf = site.parent_path() / "manual.pdf";
    std::string axe = "--axe index.html --axe systems/production.html --axe "
                      "processes/bake-off.html --axe run-sheets/production.html --axe "
                      "roles/night-bakers.html --axe value-streams.html --axe print.html";
    if (audience == "author") {
      axe += " --axe health.html";
    }
    nlohmann::json seen = check_site(
        site, fmt::format("--search 'bake off' --pdf {} {}", shell_quoted(pdf.string()), axe));
    // 10 systems, 20 processes, 8 pages of run sheets, 11 roles, index,
    // value streams and print, and health for the author.
    CHECK(seen["pages"] == 10 + 20 + 8 + 11 + 3 + (audience == "author" ? 1 : 0));
    CHECK(seen["links"].get<int>() > 500);
    CHECK(strings(seen["broken"]).empty());
    CHECK(strings(seen["requests"]).empty()); // nothing from the network
    CHECK(seen["search"]["opened"] == "processes/bake-off.html");
    CHECK(seen["search"]["title"] == "Bake off");
    CHECK(seen["pdf"]["header"] == "%PDF-");
    CHECK(seen["pdf"]["bytes"].get<int>() > 10000);
    for (const auto& [page, violations] : seen["axe"].items()) {
      INFO(page);
      CHECK(strings(violations).empty());
    }
  }
}

TEST_CASE("in Chromium, hostile names stay text: no dialog, no extra script", "[tools][browser]") {
  std::string missing = missing_browser();
  if (!missing.empty()) {
    WARN("skipped: " << missing);
    return;
  }
  fs::path site = fresh_folder("hostile") / "site";
  std::string model = (source_dir() / "tests" / "html" / "hostile.yaml").string();
  REQUIRE(bizmap_cli({"report", model, "--format", "html", "-o", site.string()}).exit_code == 0);
  nlohmann::json seen = check_site(site, "--search request --axe processes/handle-request.html");
  CHECK(seen["pages"] == 1 + 1 + 1 + 2 + 4); // system, process, run sheet, roles, the rest
  CHECK(strings(seen["dialogs"]).empty());
  CHECK(strings(seen["scripts"]).empty());
  CHECK(strings(seen["broken"]).empty());
  CHECK(seen["search"]["opened"] == "processes/handle-request.html");
  CHECK(seen["search"]["title"] == "Handle <em>request</em> & reply");
  CHECK(strings(seen["axe"]["processes/handle-request.html"]).empty());
}
