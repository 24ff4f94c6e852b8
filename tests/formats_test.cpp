// The CI output formats, read back by tools that share no code with bizmap:
// ajv with the official SARIF 2.1.0 schema and the project's JSON schema,
// xmllint with a JUnit schema, and the GitHub Actions toolkit itself.
#include "output/output.hpp"
#include "report_tools.hpp"
#include "rules/rule.hpp"
#include "support.hpp"

#include <bizmap/run.hpp>
#include <bizmap/version.hpp>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// Every character that some format has to escape, and letters outside ASCII.
const std::string hostile_id = "ünïcode, \"quoted\": <tag> & 100% 'single'\r\nnext:line";
const std::string hostile_path = "models/mödel, \"q\": 100% <&>.yaml";

struct Report {
  Model model;
  std::vector<Diagnostic> findings;
};

// Findings as the rules would report them about a hostile file, one of each
// severity, and a second file without findings.
Report hostile_report() {
  Report report;
  report.model.files = {{hostile_path, "bizmap: 1\n"}, {"clean.yaml", "bizmap: 1\n"}};
  report.findings = {
      {"process-without-owner",
       Severity::error,
       {0, 7, 13, 5},
       fmt::format("process '{}' has no owner: nobody answers for its outputs", hostile_id),
       ""},
      {"isolated-process",
       Severity::warning,
       {0, 9, 3, 1},
       fmt::format("process '{}' neither receives from nor hands off", hostile_id),
       ""},
      {"unknown-role",
       Severity::info,
       {0, 12, 11, 4},
       fmt::format("role '{}' is not in the catalogue", hostile_id),
       "founder"},
  };
  return report;
}

std::string render(std::string_view format, const Report& report) {
  std::ostringstream out;
  find_format(output_formats(), format)->write(report.model, report.findings, {}, out);
  return out.str();
}

// One error and three warnings, in a file named relative to the current folder.
class BrokenModelHere {
public:
  BrokenModelHere() : before_(fs::current_path()) {
    fs::path folder = fresh_folder("formats-broken");
    write_text(folder / "sales.yaml", broken_sales_model);
    fs::current_path(folder);
  }
  ~BrokenModelHere() { fs::current_path(before_); }
  BrokenModelHere(const BrokenModelHere&) = delete;
  BrokenModelHere& operator=(const BrokenModelHere&) = delete;

  CliResult check(std::string_view format) const {
    return bizmap_cli({"check", "--format", std::string(format), "sales.yaml"});
  }

private:
  fs::path before_;
};

bool has_program(std::string_view name) {
  return run_tool(fmt::format("command -v {}", name)).exit_code == 0;
}

fs::path validators() {
  return source_dir() / "tools" / "npm" / "validators";
}
fs::path schema(std::string_view name) {
  return source_dir() / "docs" / "schemas" / name;
}

// False, with a visible warning, when this machine has no npm; where npm is
// installed the tools must be too, so a broken install cannot pass as a skip.
bool npm_tools_ready() {
  if (!has_program("npm") || !has_program("node")) {
    WARN("skipped: npm not installed");
    return false;
  }
  if (!fs::exists(validators() / "node_modules" / "ajv")) {
    FAIL("npm is installed but tools/npm/validators has no node_modules: run `make npm`");
  }
  return true;
}

bool xmllint_ready() {
  if (!has_program("xmllint")) {
    WARN("skipped: xmllint not installed (Debian package libxml2-utils)");
    return false;
  }
  return true;
}

fs::path saved(std::string_view name, std::string_view text) {
  fs::path file = fresh_folder(fmt::format("formats-{}", name)) / name;
  write_text(file, text);
  return file;
}

ToolRun validate_json(std::string_view schema_name, const fs::path& file) {
  return run_tool(
      fmt::format("node {} {} {}", shell_quoted((validators() / "validate-json.mjs").string()),
                  shell_quoted(schema(schema_name).string()), shell_quoted(file.string())));
}

ToolRun xmllint(std::string_view arguments, const fs::path& file) {
  return run_tool(fmt::format("xmllint {} {}", arguments, shell_quoted(file.string())));
}

// The string value of an XPath expression over an XML file, read by xmllint.
std::string xpath(const fs::path& file, std::string_view expression) {
  ToolRun result = xmllint(fmt::format("--xpath {}", shell_quoted(expression)), file);
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  // xmllint ends what it prints with a line break of its own.
  if (result.output.ends_with('\n')) {
    result.output.pop_back();
  }
  return result.output;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

std::string percent_decoded(std::string_view uri) {
  std::string decoded;
  for (std::size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size()) {
      decoded += static_cast<char>(std::stoi(std::string(uri.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      decoded += uri[i];
    }
  }
  return decoded;
}

// A workflow command taken apart as the Actions runner reads it.
struct WorkflowCommand {
  std::string name;
  std::map<std::string, std::string> properties; ///< values still escaped
  std::string message;                           ///< still escaped
};

WorkflowCommand parse_workflow_command(std::string_view line) {
  REQUIRE(line.starts_with("::"));
  std::size_t end = line.find("::", 2);
  REQUIRE(end != std::string_view::npos);
  std::string_view head = line.substr(2, end - 2);
  WorkflowCommand command{
      std::string(head.substr(0, head.find(' '))), {}, std::string(line.substr(end + 2))};
  if (head.find(' ') == std::string_view::npos) {
    return command;
  }
  std::istringstream properties{std::string(head.substr(head.find(' ') + 1))};
  for (std::string property; std::getline(properties, property, ',');) {
    std::size_t equals = property.find('=');
    command.properties[property.substr(0, equals)] = property.substr(equals + 1);
  }
  return command;
}

// The runner's unescaping, in the reverse order of the toolkit's escaping.
std::string workflow_unescaped(std::string text) {
  for (auto [from, to] :
       {std::pair{"%0D", "\r"}, {"%0A", "\n"}, {"%3A", ":"}, {"%2C", ","}, {"%25", "%"}}) {
    text = replace_all(text, from, to);
  }
  return text;
}

std::string_view sarif_level(Severity severity) {
  return severity == Severity::error ? "error" : severity == Severity::warning ? "warning" : "note";
}

} // namespace

TEST_CASE("sarif output validates against the official SARIF 2.1.0 schema", "[formats][sarif]") {
  if (!npm_tools_ready()) {
    return;
  }
  BrokenModelHere here;
  CliResult broken = here.check("sarif");
  CHECK(broken.exit_code == 1);
  for (const auto& [name, text] : {std::pair{"broken.sarif", broken.out},
                                   {"hostile.sarif", render("sarif", hostile_report())}}) {
    ToolRun result = validate_json("sarif-2.1.0.json", saved(name, text));
    INFO(result.output);
    CHECK(result.exit_code == 0);
  }
  SECTION("and the validator rejects what is not SARIF 2.1.0") {
    std::string wrong_version =
        replace_all(broken.out, "\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"");
    REQUIRE(wrong_version != broken.out);
    CHECK(validate_json("sarif-2.1.0.json", saved("wrong.sarif", wrong_version)).exit_code == 1);
  }
}

TEST_CASE("sarif output describes every rule and points each result at its rule and place",
          "[formats][sarif]") {
  Report report = hostile_report();
  nlohmann::json sarif = nlohmann::json::parse(render("sarif", report));
  CHECK(sarif["version"].get<std::string>() == "2.1.0");
  nlohmann::json run = sarif["runs"][0];
  CHECK(run["columnKind"].get<std::string>() == "unicodeCodePoints");
  nlohmann::json driver = run["tool"]["driver"];
  CHECK(driver["name"].get<std::string>() == "bizmap");
  CHECK(driver["version"].get<std::string>() == version);
  std::span<const Rule* const> rules = all_rules();
  REQUIRE(driver["rules"].size() == rules.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    nlohmann::json described = driver["rules"][i];
    INFO(rules[i]->id);
    CHECK(described["id"].get<std::string>() == rules[i]->id);
    CHECK_FALSE(described["name"].get<std::string>().empty());
    CHECK(described["shortDescription"]["text"].get<std::string>() == rules[i]->summary);
    CHECK_FALSE(described["fullDescription"]["text"].get<std::string>().empty());
    std::string help = described["help"]["markdown"].get<std::string>();
    CHECK(help.find("## Why it matters") != std::string::npos);
    CHECK(help.find(std::string(rules[i]->bad_example)) != std::string::npos);
    CHECK(described["defaultConfiguration"]["level"].get<std::string>() ==
          sarif_level(rules[i]->severity));
  }
  REQUIRE(run["results"].size() == report.findings.size());
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const Diagnostic& finding = report.findings[i];
    nlohmann::json result = run["results"][i];
    CHECK(result["ruleId"].get<std::string>() == finding.rule);
    CHECK(driver["rules"][result["ruleIndex"].get<std::size_t>()]["id"].get<std::string>() ==
          finding.rule);
    CHECK(result["level"].get<std::string>() == sarif_level(finding.severity));
    CHECK(result["message"]["text"].get<std::string>() == finding.message);
    nlohmann::json location = result["locations"][0]["physicalLocation"];
    CHECK(location["artifactLocation"]["uriBaseId"].get<std::string>() == "%SRCROOT%");
    CHECK(location["region"]["startLine"].get<std::uint32_t>() == finding.at.line);
    CHECK(location["region"]["startColumn"].get<std::uint32_t>() == finding.at.column);
    CHECK(location["region"]["endColumn"].get<std::uint32_t>() ==
          finding.at.column + finding.at.length);
  }
}

TEST_CASE("sarif uris are repository-relative for relative paths and file uris otherwise",
          "[formats][sarif]") {
  Report report = hostile_report();
  report.model.files[0].path = "./" + hostile_path;
  nlohmann::json relative = nlohmann::json::parse(
      render("sarif", report))["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
  std::string uri = relative["artifactLocation"]["uri"].get<std::string>();
  CHECK(uri == "models/m%C3%B6del%2C%20%22q%22%3A%20100%25%20%3C%26%3E.yaml");
  CHECK(percent_decoded(uri) == hostile_path);

  report.model.files[0].path = "/srv/repo/a b.yaml";
  nlohmann::json absolute = nlohmann::json::parse(
      render("sarif", report))["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
  CHECK(absolute["artifactLocation"]["uri"].get<std::string>() == "file:///srv/repo/a%20b.yaml");
  CHECK_FALSE(absolute["artifactLocation"].contains("uriBaseId"));
}

TEST_CASE("json output validates against docs/schemas/bizmap-check.schema.json",
          "[formats][json]") {
  if (!npm_tools_ready()) {
    return;
  }
  BrokenModelHere here;
  CliResult broken = here.check("json");
  REQUIRE(broken.out.find("\"suggestion\"") != std::string::npos);
  CliResult clean =
      bizmap_cli({"check", "--format", "json", (source_dir() / "examples/bakery").string()});
  REQUIRE(clean.exit_code == 0);
  for (const auto& [name, text] : {std::pair{"broken.json", broken.out},
                                   {"clean.json", clean.out},
                                   {"hostile.json", render("json", hostile_report())}}) {
    ToolRun result = validate_json("bizmap-check.schema.json", saved(name, text));
    INFO(name << ": " << result.output);
    CHECK(result.exit_code == 0);
  }
  SECTION("and the schema rejects an undocumented member") {
    std::string extra = replace_all(broken.out, "\"line\":", "\"offset\": 3, \"line\":");
    CHECK(validate_json("bizmap-check.schema.json", saved("extra.json", extra)).exit_code == 1);
  }
  SECTION("and the schema rejects an unknown severity") {
    std::string loud = replace_all(broken.out, "\"severity\": \"error\"", "\"severity\": \"loud\"");
    REQUIRE(loud != broken.out);
    CHECK(validate_json("bizmap-check.schema.json", saved("loud.json", loud)).exit_code == 1);
  }
}

TEST_CASE("trace json validates against docs/schemas/bizmap-trace.schema.json",
          "[formats][json][trace]") {
  if (!npm_tools_ready()) {
    return;
  }
  // Every kind of link: arrivals, handoffs, loops, joining inputs, missing
  // inputs and deliveries; subjects of both kinds, with and without --to.
  std::vector<std::vector<std::string>> traces = {
      {"bake-off", example("bakery")},
      {"delivered-order", example("bakery")},
      {"take-custom-orders", example("bakery"), "--to", "bake-off"},
      {"bake-off", example("bakery"), "--to", "data:cafe-order"},
      {"prep-catering", example("broken/handoffs")},
      // Waits, an outside party, a record and a one_of with shares.
      {"paid-invoice", saved("quantities.yaml", R"(bizmap: 1
external:
  inputs: [order]
roles:
  - {id: clerk}
  - {id: client, kind: external}
data:
  - {id: price-list, kind: record}
systems:
  - id: shop
    goal: Get paid
    manager: clerk
    outcomes: [paid-invoice]
    processes:
      - {id: set-prices, owner: clerk, trigger: Each year, outputs: [price-list], steps: [{do: Set, duration: 1h}]}
      - {id: invoice, owner: clerk, inputs: [order, price-list], outputs: [invoice], steps: [{do: Send, duration: 10m}]}
      - {id: pay, owner: client, inputs: [invoice], outputs: [payment], steps: [{do: Pay, wait: 5d, duration: 5m}]}
      - {id: chase, owner: clerk, inputs: [invoice], outputs: [chased], steps: [{do: Chase, wait: 10d}, Call]}
      - id: close
        owner: clerk
        inputs: [{one_of: [payment, chased], share: [90, 10]}]
        outputs: [paid-invoice]
        steps: [{do: Close, duration: 5m}]
)")
                           .string()},
  };
  std::string files;
  std::string every_output;
  for (std::size_t i = 0; i < traces.size(); ++i) {
    std::vector<std::string> args{"trace", "--format", "json"};
    args.insert(args.end(), traces[i].begin(), traces[i].end());
    CliResult result = bizmap_cli(args);
    INFO(fmt::format("{}", fmt::join(args, " ")) << "\n" << result.err);
    REQUIRE(result.exit_code == 0);
    every_output += result.out;
    files += " " + shell_quoted(saved(fmt::format("trace-{}.json", i), result.out).string());
  }
  for (std::string_view kind : {"arrives", "handoff", "loop", "joins", "missing", "delivered"}) {
    CHECK(contains(every_output, fmt::format("\"kind\": \"{}\"", kind)));
  }
  ToolRun result = run_tool(
      fmt::format("node {} {}{}", shell_quoted((validators() / "validate-json.mjs").string()),
                  shell_quoted(schema("bizmap-trace.schema.json").string()), files));
  INFO(result.output);
  CHECK(result.exit_code == 0);
  SECTION("and the schema rejects an unknown kind of link") {
    std::string odd = replace_all(every_output.substr(0, every_output.find("\n}\n") + 3),
                                  "\"kind\": \"loop\"", "\"kind\": \"circle\"");
    REQUIRE(odd.find("circle") != std::string::npos);
    CHECK(validate_json("bizmap-trace.schema.json", saved("trace-odd.json", odd)).exit_code == 1);
  }
}

TEST_CASE("what-if json validates against docs/schemas/bizmap-what-if.schema.json",
          "[formats][json][whatif][tools]") {
  if (!npm_tools_ready()) {
    return;
  }
  std::string ledgerly =
      (source_dir() / "docs" / "examples" / "quantities" / "ledgerly.yaml").string();
  std::string tally = (source_dir() / "docs" / "examples" / "what-if" / "tally.yaml").string();
  // Every member: processes that stop (and a lost delivery), a backup that
  // takes over a hat (counted_in), a lead time that changes, a tool down
  // (a vendor's hours), a scale with work left unscaled, a move with a
  // team's people, someone away (a capacity of 0, no use).
  std::vector<std::vector<std::string>> scenarios = {
      {ledgerly, "--without", "role:bookkeeper"},
      {ledgerly, "--without", "role:partner"},
      {ledgerly, "--without", "role:sales"},
      {ledgerly, "--scale", "2.2"},
      {example("bakery"), "--without", "tool:xero"},
      {example("city-bus"), "--scale", "2"},
      {example("design-agency"), "--move", "project-manager=account-manager", "--people",
       "studio-team=3", "--volume", "kick-off-project=6/month"},
      {tally, "--people", "cara=0"},
  };
  std::string files;
  std::string every_output;
  for (std::size_t i = 0; i < scenarios.size(); ++i) {
    std::vector<std::string> args{"what-if", "--format", "json"};
    args.insert(args.end(), scenarios[i].begin(), scenarios[i].end());
    CliResult result = bizmap_cli(args);
    INFO(fmt::format("{}", fmt::join(args, " ")) << "\n" << result.err);
    REQUIRE(result.exit_code == 0);
    every_output += result.out;
    files += " " + shell_quoted(saved(fmt::format("what-if-{}.json", i), result.out).string());
  }
  for (std::string_view member :
       {"\"break\": {", "\"gone\": true", "\"counted_in\": \"bookkeeper\"",
        "\"no_capacity\": \"vendor\"", "\"use\": null", "\"processes_not_scaled\": 13",
        "\"lead_times\": [\n    {", "\"to\": null", "\"over_capacity_at_peak\": true",
        "\"peak_process\": \"reconcile\""}) {
    CHECK(contains(every_output, member));
  }
  ToolRun result = run_tool(
      fmt::format("node {} {}{}", shell_quoted((validators() / "validate-json.mjs").string()),
                  shell_quoted(schema("bizmap-what-if.schema.json").string()), files));
  INFO(result.output);
  CHECK(result.exit_code == 0);
  SECTION("and the schema rejects an undocumented member") {
    std::string first = every_output.substr(0, every_output.find("\n}\n") + 3);
    std::string odd = replace_all(first, "\"gone\":", "\"left\": true, \"gone\":");
    REQUIRE(odd != first);
    CHECK(validate_json("bizmap-what-if.schema.json", saved("what-if-odd.json", odd)).exit_code ==
          1);
  }
}

TEST_CASE("health json validates against docs/schemas/bizmap-health.schema.json",
          "[formats][json][health][tools]") {
  if (!npm_tools_ready()) {
    return;
  }
  // Every example, the broken ones too, and an empty model whose areas have
  // nothing to count.
  std::vector<std::string> models;
  for (std::string_view name : {"bakery", "city-bus", "design-agency", "broken/completeness",
                                "broken/handoffs", "broken/ownership", "broken/schema"}) {
    models.push_back(example(name));
  }
  models.push_back(saved("empty.yaml", "bizmap: 1\nbusiness: {name: Empty}\n").string());
  std::string files;
  std::string first;
  for (std::size_t i = 0; i < models.size(); ++i) {
    CliResult result = bizmap_cli({"health", "--format", "json", models[i]});
    INFO(models[i] << "\n" << result.err);
    REQUIRE(result.exit_code == 0);
    if (first.empty()) {
      first = result.out;
    }
    files += " " + shell_quoted(saved(fmt::format("health-{}.json", i), result.out).string());
  }
  ToolRun result = run_tool(
      fmt::format("node {} {}{}", shell_quoted((validators() / "validate-json.mjs").string()),
                  shell_quoted(schema("bizmap-health.schema.json").string()), files));
  INFO(result.output);
  CHECK(result.exit_code == 0);
  SECTION("and the schema rejects an unknown area") {
    std::string odd = replace_all(first, "\"area\": \"capacity\"", "\"area\": \"morale\"");
    REQUIRE(odd != first);
    CHECK(validate_json("bizmap-health.schema.json", saved("health-odd.json", odd)).exit_code == 1);
  }
}

TEST_CASE("junit output validates against the JUnit schema, with one test case per file",
          "[formats][junit]") {
  if (!xmllint_ready()) {
    return;
  }
  Report report = hostile_report();
  fs::path junit = saved("hostile.xml", render("junit", report));
  ToolRun valid = xmllint(
      fmt::format("--noout --schema {}", shell_quoted(schema("junit.xsd").string())), junit);
  INFO(valid.output);
  CHECK(valid.exit_code == 0);
  CHECK(xpath(junit, "count(/testsuites/testsuite)") == "1");
  CHECK(xpath(junit, "string(/testsuites/testsuite/@name)") == "bizmap");
  CHECK(xpath(junit, "count(//testcase)") == "2");
  CHECK(xpath(junit, "string(//testsuite/@tests)") == "2");
  // Only the error and the warning fail; the info finding is a note.
  CHECK(xpath(junit, "count(//failure)") == "2");
  CHECK(xpath(junit, "count(//testcase[failure])") == "1");
  CHECK(xpath(junit, "string(//testsuite/@failures)") == "1");
  CHECK(xpath(junit, "string(/testsuites/@failures)") == "1");
  CHECK(xpath(junit, "string(//testcase[1]/failure[2]/@type)") == "isolated-process");
  CHECK(xpath(junit, "string(//testcase[1]/system-out)").find("12:11: info: role '") !=
        std::string::npos);
  CHECK(xpath(junit, "count(//testcase[2]/*)") == "0");

  SECTION("and the schema rejects a count that is not a number") {
    std::string text = replace_all(read_text(junit), "tests=\"2\"", "tests=\"two\"");
    CHECK(xmllint(fmt::format("--noout --schema {}", shell_quoted(schema("junit.xsd").string())),
                  saved("wrong.xml", text))
              .exit_code != 0);
  }
}

TEST_CASE("junit output drops nothing a parser needs and nothing XML 1.0 forbids",
          "[formats][junit]") {
  if (!xmllint_ready()) {
    return;
  }
  Report report = hostile_report();
  // A control character, an escape sequence, a byte that is not UTF-8 and U+FFFF.
  report.findings[0].message = "bell\x07 esc\x1b[31m bad\xff end\xef\xbf\xbf tab\tok";
  fs::path junit = saved("controls.xml", render("junit", report));
  ToolRun parsed = xmllint("--noout", junit);
  INFO(parsed.output);
  CHECK(parsed.exit_code == 0);
  const std::string fffd = "\xef\xbf\xbd";
  CHECK(xpath(junit, "string(//failure[1]/@message)") ==
        "bell" + fffd + " esc" + fffd + "[31m bad" + fffd + " end" + fffd + " tab\tok");
}

TEST_CASE("names with quotes, commas, colons, line breaks, <, &, % and accents survive every "
          "format",
          "[formats][round-trip]") {
  Report report = hostile_report();
  const Diagnostic& error = report.findings[0];

  SECTION("text") {
    // One finding per line: the line break is shown as its control pictures.
    std::string text = render("text", report);
    std::string shown = error.message;
    shown.replace(shown.find("\r\n"), 2, "\u240d\u240a");
    CHECK(text.find(hostile_path + ":7:13: error: " + shown + " [process-without-owner]") !=
          std::string::npos);
  }
  SECTION("json, read by a JSON parser") {
    nlohmann::json json = nlohmann::json::parse(render("json", report));
    CHECK(json["files"][0].get<std::string>() == hostile_path);
    CHECK(json["diagnostics"][0]["file"].get<std::string>() == hostile_path);
    CHECK(json["diagnostics"][0]["message"].get<std::string>() == error.message);
  }
  SECTION("sarif, read by a JSON parser") {
    nlohmann::json result = nlohmann::json::parse(render("sarif", report))["runs"][0]["results"][0];
    CHECK(result["message"]["text"].get<std::string>() == error.message);
    CHECK(percent_decoded(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                              .get<std::string>()) == hostile_path);
  }
  SECTION("github, unescaped as the runner does") {
    std::vector<std::string> lines = lines_of(render("github", report));
    REQUIRE(lines.size() == report.findings.size() + 1);
    WorkflowCommand command = parse_workflow_command(lines[0]);
    CHECK(command.name == "error");
    CHECK(workflow_unescaped(command.properties["file"]) == hostile_path);
    CHECK(workflow_unescaped(command.properties["title"]) == "process-without-owner");
    CHECK(workflow_unescaped(command.message) == error.message);
    CHECK(lines[0].find('\r') == std::string::npos);
  }
  SECTION("junit, read by xmllint") {
    if (!xmllint_ready()) {
      return;
    }
    fs::path junit = saved("round-trip.xml", render("junit", report));
    CHECK(xpath(junit, "string(//testcase[1]/@name)") == hostile_path);
    CHECK(xpath(junit, "string(//testcase[1]/@classname)") == hostile_path);
    CHECK(xpath(junit, "string(//testcase[1]/failure[1]/@message)") == error.message);
    // Element content keeps the line break; a parser turns a raw \r\n into
    // \n, so the carriage return travels as a character reference.
    CHECK(xpath(junit, "string(//testcase[1]/failure[1])") ==
          hostile_path + ":7:13: error: " + error.message + " [process-without-owner]");
  }
}

TEST_CASE("github output is what the GitHub Actions toolkit writes", "[formats][github]") {
  if (!npm_tools_ready()) {
    return;
  }
  Report report = hostile_report();
  nlohmann::json annotations = nlohmann::json::array();
  for (const Diagnostic& finding : report.findings) {
    std::string_view level = finding.severity == Severity::error     ? "error"
                             : finding.severity == Severity::warning ? "warning"
                                                                     : "notice";
    annotations.push_back({{"level", level},
                           {"message", finding.message},
                           {"title", finding.rule},
                           {"file", report.model.files[finding.at.file].path},
                           {"line", finding.at.line},
                           {"col", finding.at.column},
                           {"endColumn", finding.at.column + finding.at.length - 1}});
  }
  fs::path input =
      saved("annotations.json",
            annotations.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  ToolRun toolkit = run_tool(
      fmt::format("node {} {}", shell_quoted((validators() / "github-annotations.mjs").string()),
                  shell_quoted(input.string())));
  INFO(toolkit.output);
  REQUIRE(toolkit.exit_code == 0);
  std::vector<std::string> expected = lines_of(toolkit.output);
  std::vector<std::string> actual = lines_of(render("github", report));
  REQUIRE(expected.size() == report.findings.size());
  REQUIRE(actual.size() == report.findings.size() + 1);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("toolkit: " << expected[i] << "\nbizmap:  " << actual[i]);
    WorkflowCommand ours = parse_workflow_command(actual[i]);
    WorkflowCommand theirs = parse_workflow_command(expected[i]);
    CHECK(ours.name == theirs.name);
    CHECK(ours.properties == theirs.properties);
    CHECK(ours.message == theirs.message);
  }
  CHECK(actual.back() == "1 error, 1 warning, 1 info in 2 files");
}

TEST_CASE("github output: a workflow command per finding, then a plain summary line",
          "[formats][github]") {
  BrokenModelHere here;
  CliResult result = here.check("github");
  CHECK(result.exit_code == 1);
  std::vector<std::string> lines = lines_of(result.out);
  REQUIRE(lines.size() == 5);
  CHECK(lines[1] == "::error file=sales.yaml,line=14,col=18,endColumn=29,title=unproduced-input::"
                    "process 'onboard-client' needs 'client-brief', but no process produces it; "
                    "did you mean 'client-brief-draft' (output of 'qualify-lead')?");
  for (std::size_t i : {0, 2, 3}) {
    CHECK(lines[i].starts_with("::warning file=sales.yaml,"));
  }
  CHECK(lines[4] == "1 error, 3 warnings, 0 infos in 1 file");
}

TEST_CASE("info findings are notices, notes and passing test cases", "[formats]") {
  BrokenModelHere here;
  auto check = [](std::string_view format) {
    // The path comes first: --rule takes every value that follows it.
    return bizmap_cli({"check", "sales.yaml", "--format", std::string(format), "--rule",
                       "unproduced-input=info", "--rule", "isolated-process=off", "--rule",
                       "unconsumed-output=off", "--rule", "process-without-steps=off"});
  };
  CHECK(check("github").out.starts_with("::notice file=sales.yaml,line=14,"));
  CHECK(check("sarif").out.find("\"level\": \"note\"") != std::string::npos);
  std::string junit = check("junit").out;
  CHECK(junit.find("<failure") == std::string::npos);
  CHECK(junit.find("failures=\"0\"") != std::string::npos);
  CHECK(junit.find("<system-out>sales.yaml:14:18: info: ") != std::string::npos);
}

TEST_CASE("every format is chosen with --format and written with -o", "[formats]") {
  BrokenModelHere here;
  for (std::string_view format : {"text", "json", "sarif", "github", "junit"}) {
    INFO(format);
    fs::path file = fs::current_path() / fmt::format("findings.{}", format);
    CliResult result =
        bizmap_cli({"check", "--format", std::string(format), "-o", file.string(), "sales.yaml"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(read_text(file) == here.check(format).out);
  }
}

TEST_CASE("the man page documents every option of check and every exit code", "[formats][man]") {
  std::string page = read_text(source_dir() / "docs" / "bizmap.1");
  CHECK(page.starts_with(".TH BIZMAP 1 "));
  CHECK(page.find(fmt::format("\"bizmap {}\"", version)) != std::string::npos);
  std::string help = bizmap_cli({"check", "--help"}).out;
  std::regex option("--[a-z][a-z-]*");
  int options = 0;
  for (auto match = std::sregex_iterator(help.begin(), help.end(), option);
       match != std::sregex_iterator(); ++match, ++options) {
    INFO(match->str());
    CHECK(page.find(replace_all(match->str(), "-", "\\-")) != std::string::npos);
  }
  CHECK(options >= 7);
  std::size_t exit_status = page.find(".SH EXIT STATUS");
  REQUIRE(exit_status != std::string::npos);
  for (std::string_view code : {".B 0\n", ".B 1\n", ".B 2\n"}) {
    CHECK(page.find(code, exit_status) != std::string::npos);
  }
  if (!has_program("mandoc")) {
    WARN("mandoc lint skipped: mandoc not installed");
    return;
  }
  ToolRun lint = run_tool(fmt::format("mandoc -T lint -W warning {}",
                                      shell_quoted((source_dir() / "docs" / "bizmap.1").string())));
  INFO(lint.output);
  CHECK(lint.exit_code == 0);
}
