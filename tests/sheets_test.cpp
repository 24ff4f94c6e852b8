// bizmap export and bizmap import: the CSV reader, the cell conventions, the
// columns from the field tables, findings at cells, and the round trip from
// a model to sheets and back, on every example and every key of the format.
#include "load/format.hpp"
#include "model_writer.hpp"
#include "report_tools.hpp"
#include "sheets/cells.hpp"
#include "sheets/csv.hpp"
#include "sheets/layout.hpp"
#include "sheets/yaml_text.hpp"
#include "support.hpp"

#include <algorithm>
#include <bizmap/load.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

std::vector<std::string> texts_of(const std::vector<sheets::Cell>& row) {
  std::vector<std::string> texts;
  for (const sheets::Cell& cell : row) {
    texts.push_back(cell.text);
  }
  return texts;
}

// Export, import, and diff of the original with what came back.
struct RoundTrip {
  CliResult exported, imported, diff;
};

RoundTrip round_trip(const std::string& model, const fs::path& folder) {
  RoundTrip trip;
  fs::create_directories(folder);
  trip.exported = bizmap_cli({"export", model, "-o", (folder / "sheets").string()});
  trip.imported =
      bizmap_cli({"import", (folder / "sheets").string(), "-o", (folder / "model").string()});
  trip.diff = bizmap_cli({"diff", model, (folder / "model").string()});
  return trip;
}

// Whether `diff` found no change to the business (a finding in another file
// counts as one fixed and one introduced, so findings are compared apart).
bool no_change(const CliResult& diff) {
  return contains(diff.out, "0 added, 0 removed, 0 renamed, 0 moved, 0 changed; handoffs: 0 "
                            "added, 0 removed, 0 broken");
}

// The severities and rules of the findings of `check`, sorted: the same
// model in other files gives the same list. (A message may name the process
// written first, which depends on the order of the files.)
std::vector<std::string> findings_of(const std::string& model) {
  CliResult check = bizmap_cli({"check", model, "--format", "json"});
  INFO(check.out << check.err);
  REQUIRE(check.exit_code != 2);
  std::vector<std::string> findings;
  nlohmann::json output = nlohmann::json::parse(check.out);
  for (const nlohmann::json& finding : output["diagnostics"]) {
    findings.push_back(fmt::format("{} {}", finding["severity"].get<std::string>(),
                                   finding["rule"].get<std::string>()));
  }
  std::sort(findings.begin(), findings.end());
  return findings;
}

// `diff` finds no change to the business, and `check` the same findings
// (diff counts a finding in another file as one fixed and one introduced).
// The findings are compared too, but for the examples whose findings come
// from what is not in the model: broken/completeness's suppression comments,
// and a file that is not a model at all.
void check_same_model(const std::string& original, const fs::path& imported,
                      const CliResult& diff) {
  INFO(diff.out);
  CHECK(no_change(diff));
  if (!contains(original, "completeness") && !contains(original, "not-a-model")) {
    CHECK(findings_of(original) == findings_of(imported.string()));
  }
}

// Every example but broken/schema, whose point is values the loader cannot
// read: what it leaves unread is not in the model to export.
const std::vector<std::string> round_trip_examples = {
    "bakery",          "city-bus",         "design-agency",          "broken/completeness",
    "broken/handoffs", "broken/ownership", "broken/not-a-model.yaml"};

} // namespace

TEST_CASE("a CSV cell holds commas, quotes and line breaks, and rows count as a spreadsheet's",
          "[sheets]") {
  sheets::Table table = sheets::read_csv("a,b\r\n\"x, y\",\"he said \"\"hi\"\"\nthen left\"\r\n"
                                         "last,row\n");
  REQUIRE(table.rows.size() == 3);
  CHECK(table.separator == ',');
  CHECK(texts_of(table.rows[1]) == std::vector<std::string>{"x, y", "he said \"hi\"\nthen left"});
  // The line break inside row 2's cell does not start a row.
  CHECK(table.rows[2][1].row == 3);
  CHECK(table.rows[2][1].column == 2);
  CHECK(table.problems.empty());
}

TEST_CASE("blank lines are rows, and a last empty cell is a cell", "[sheets]") {
  sheets::Table table = sheets::read_csv("a,b\n\n1,\n");
  REQUIRE(table.rows.size() == 3);
  CHECK(texts_of(table.rows[1]) == std::vector<std::string>{""});
  CHECK(texts_of(table.rows[2]) == std::vector<std::string>{"1", ""});
  CHECK(sheets::read_csv("a,b\n1,").rows[1].size() == 2);
}

TEST_CASE("the separator is what the header line has more of outside quotes", "[sheets]") {
  CHECK(sheets::read_csv("a;b;\"c,d,e\"\n1;2;3\n").separator == ';');
  CHECK(sheets::read_csv("a;b,c\n").separator == ','); // as many of each: a comma
  CHECK(sheets::read_csv("a;b;c,d\n").separator == ';');
  CHECK(sheets::read_csv("a,b\n1;2;3;4\n").separator == ','); // the header line decides
  sheets::Table table = sheets::read_csv("a;b\n\"1;2\";3\n");
  CHECK(texts_of(table.rows[1]) == std::vector<std::string>{"1;2", "3"});
}

TEST_CASE("a byte-order mark is dropped, and Windows-1252 is read as Excel writes it", "[sheets]") {
  CHECK(sheets::read_csv("\xEF\xBB\xBFSystem,B\n").rows[0][0].text == "System");
  sheets::Table table = sheets::read_csv("Name\nCaf\xE9 \x80 5\n");
  CHECK(table.rows[1][0].text == "Caf\xC3\xA9 \xE2\x82\xAC 5");
  CHECK(table.problems.empty());
  // UTF-16 with its mark, as "Unicode text" saves.
  CHECK(sheets::read_csv(std::string("\xFF\xFE"
                                     "a\0,\0b\0",
                                     8))
            .rows[0][1]
            .text == "b");
}

TEST_CASE("a quote never closed is a problem at the cell it opens", "[sheets]") {
  sheets::Table table = sheets::read_csv("a,b\n1,\"open\n2,3\n");
  REQUIRE(table.problems.size() == 1);
  CHECK(table.problems[0].row == 2);
  CHECK(table.problems[0].column == 2);
  CHECK(table.rows[1][1].text == "open\n2,3\n");
}

TEST_CASE("a cell a spreadsheet would run as a formula is written with an apostrophe",
          "[sheets][escape]") {
  for (std::string_view start : {"=", "+", "-", "@", "\t", "\r", "'"}) {
    for (std::string text : {std::string(start) + "SUM(A1)", "x" + std::string(start) + "y",
                             "xy" + std::string(start)}) {
      INFO("text " << text);
      std::string written = sheets::guarded(text);
      CHECK(written == (text.starts_with(start) ? "'" + text : text));
      CHECK(sheets::unguarded(written) == text);
    }
  }
  // Next to them: left alone either way.
  for (std::string text : {"#1", "*x", "<a", ">b", "a"}) {
    CHECK(sheets::guarded(text) == text);
    CHECK(sheets::unguarded(text) == text);
  }
  // An apostrophe an author wrote before a word stays.
  CHECK(sheets::unguarded("'tis") == "'tis");
}

TEST_CASE("a list cell is one item a line, or commas in a one-line cell", "[sheets]") {
  CHECK(sheets::list_items("a, b ,c") == std::vector<std::string>{"a", "b", "c"});
  CHECK(sheets::list_items("a, b\nc\n\n") == std::vector<std::string>{"a, b", "c"});
  CHECK(sheets::list_items(" ") == std::vector<std::string>{});
  CHECK(sheets::what_if_cell("oven fails => call the engineer")->response == "call the engineer");
  CHECK_FALSE(sheets::what_if_cell("oven fails: call"));
  sheets::LinkCell link = sheets::link_cell("[Rota (shared)](https://example.com/a(b))");
  CHECK(link.title == "Rota (shared)");
  CHECK(link.url == "https://example.com/a(b)");
  CHECK(sheets::link_cell("https://example.com").title.empty());
  std::optional<sheets::OneOfCell> one_of = sheets::one_of_cell("One of: a | Bank feed (95/5)");
  REQUIRE(one_of);
  CHECK(one_of->alternatives == std::vector<std::string>{"a", "Bank feed"});
  CHECK(one_of->shares == std::vector<std::string>{"95", "5"});
  CHECK(sheets::one_of_cell("one of: a | b")->shares.empty());
  CHECK_FALSE(sheets::one_of_cell("one a | b"));
  std::optional<sheets::CalendarCell> calendar =
      sheets::calendar_cell("7.5 hours a day, 4 days a week");
  REQUIRE(calendar);
  CHECK(calendar->hours_per_day == "7.5");
  CHECK(calendar->days_per_week == "4");
  CHECK_FALSE(sheets::calendar_cell("7.5 hours a day"));
  CHECK_FALSE(sheets::calendar_cell("hours a day, 4 days a week"));
}

TEST_CASE("the processes sheet has the contract's columns in its order, then every other key",
          "[sheets]") {
  const sheets::SheetLayout& processes = *sheets::find_layout("processes.csv");
  std::vector<std::string> headers;
  for (const sheets::Column& column : processes.columns) {
    headers.push_back(column.header);
  }
  auto has_key = [](auto keys, std::string_view key) {
    return std::any_of(keys.begin(), keys.end(), [&](const auto& k) { return k.key == key; });
  };
  std::vector<std::string> named = {"System", "Process", "Process name",
                                    "Owner",  "Trigger", "Frequency"};
  for (std::string_view key : {"volume", "due"}) {
    if (has_key(element_keys<Process>(), key)) {
      named.push_back(key == "volume" ? "Volume" : "Due");
    }
  }
  for (std::string name : {"Inputs", "Outputs", "Step #", "Step", "By", "Tool", "Duration"}) {
    named.push_back(name);
  }
  for (std::string_view key : {"wait", "share"}) {
    if (has_key(element_keys<Step>(), key)) {
      named.push_back(key == "wait" ? "Wait" : "Share");
    }
  }
  for (std::string name : {"Automation", "Notes", "Links", "What ifs", "Consulted", "Informed",
                           "Reviewed", "Review every"}) {
    named.push_back(name);
  }
  REQUIRE(headers.size() > named.size());
  CHECK(std::vector<std::string>(
            headers.begin(), headers.begin() + static_cast<std::ptrdiff_t>(named.size())) == named);
  // Every key of a process and a step is a column, but the steps themselves.
  auto column_for = [&](sheets::Holder holder, std::string_view key) {
    return std::count_if(
        processes.columns.begin(), processes.columns.end(),
        [&](const sheets::Column& c) { return c.holder == holder && c.key == key; });
  };
  for (const ElementKey<Process>& key : element_keys<Process>()) {
    INFO("process." << key.key);
    CHECK(column_for(sheets::Holder::process, key.key) == (key.key == "steps" ? 0 : 1));
  }
  for (const ElementKey<Step>& key : element_keys<Step>()) {
    INFO("step." << key.key);
    CHECK(column_for(sheets::Holder::step, key.key) == 1);
  }
  // No two columns answer to one header.
  for (std::size_t i = 0; i < headers.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      CHECK(sheets::header_key(headers[i]) != sheets::header_key(headers[j]));
    }
  }
}

TEST_CASE("export then import gives the same model, field by field, for every example",
          "[sheets]") {
  for (const std::string& name : round_trip_examples) {
    INFO("example " << name);
    fs::path folder =
        fresh_folder("sheets-round-trip-" + id_prefix(name.substr(name.find('/') + 1)));
    RoundTrip trip = round_trip(example(name), folder);
    INFO(trip.exported.err << trip.imported.out << trip.imported.err << trip.diff.out);
    CHECK(trip.exported.exit_code == 0);
    CHECK(trip.imported.exit_code == 0);
    check_same_model(example(name), folder / "model", trip.diff);
  }
}

TEST_CASE("a cell changed in a sheet is a change diff reports after import", "[sheets]") {
  fs::path folder = fresh_folder("sheets-changed-cell");
  REQUIRE(bizmap_cli({"export", example("bakery"), "-o", (folder / "sheets").string()}).exit_code ==
          0);
  std::string processes = read_text(folder / "sheets" / "processes.csv");
  std::string before = "Count flour sacks, butter, seeds and packaging in the store";
  REQUIRE(contains(processes, before));
  processes.replace(processes.find(before), before.size(), "Count the flour sacks");
  write_text(folder / "sheets" / "processes.csv", processes);
  REQUIRE(bizmap_cli({"import", (folder / "sheets").string(), "-o", (folder / "model").string()})
              .exit_code == 0);
  CliResult diff = bizmap_cli({"diff", example("bakery"), (folder / "model").string()});
  INFO(diff.out);
  CHECK(contains(diff.out, "Count the flour sacks"));
  CHECK(contains(diff.out, "1 changed"));
}

TEST_CASE("every key of the format goes through the sheets and back", "[sheets]") {
  std::vector<ElementFormat> elements = format_elements();
  fs::path folder = fresh_folder("sheets-every-key");
  write_text(folder / "base" / "model.yaml", ModelWriter(elements, nullptr).model());
  RoundTrip base = round_trip((folder / "base").string(), folder / "base-trip");
  INFO(base.exported.err << base.imported.out << base.imported.err << base.diff.out);
  REQUIRE(base.imported.exit_code == 0);
  REQUIRE(no_change(base.diff));
  std::vector<std::string> lost;
  std::size_t walked = 0;
  for (const ElementFormat& element : elements) {
    for (const FormatField& field : element.fields) {
      if (field.format.kind == ValueKind::version) {
        continue;
      }
      Target target{std::string(element.name), std::string(field.key)};
      std::string name = id_prefix(element.name) + "-" + std::string(field.key);
      fs::path changed_in = folder / name / "in";
      write_text(changed_in / "model.yaml", ModelWriter(elements, &target).model());
      RoundTrip trip = round_trip(changed_in.string(), folder / name);
      // The changed value came back as it was written: where diff tells the
      // changed model from the base, it tells the imported one too.
      bool same = trip.imported.exit_code == 0 && no_change(trip.diff);
      bool changed =
          !no_change(bizmap_cli({"diff", (folder / "base").string(), changed_in.string()}));
      CliResult from_base =
          bizmap_cli({"diff", (folder / "base").string(), (folder / name / "model").string()});
      if (!same || (changed && no_change(from_base))) {
        lost.push_back(
            fmt::format("{}.{}: {}{}", element.name, field.key, trip.imported.out, trip.diff.out));
      }
      ++walked;
    }
  }
  INFO(fmt::format("{}", fmt::join(lost, "\n")));
  CHECK(lost.empty());
  CHECK(walked > 55);
}

TEST_CASE("a cell import cannot read is a finding at its row and column, and the exit code is 1",
          "[sheets]") {
  fs::path folder = fresh_folder("sheets-unreadable-cells");
  write_text(folder / "processes.csv",
             "System,Process,Ownr,Frequency,Step,Duration,What ifs\n"
             "Sales,Take order,Baker,sometimes,Write it down,two hours,no arrow here\n"
             ",,,,Bake,2 hours,\n"
             "Sales,Take order,,weekly,\"Box it\",,\n");
  CliResult result = bizmap_in(folder, {"import", "processes.csv", "-o", "model"});
  INFO(result.out << result.err);
  CHECK(result.exit_code == 1);
  CHECK(lines_of(result.out) ==
        std::vector<std::string>{
            "processes.csv:1:3: error: unknown column 'Ownr' in processes.csv: its cells are not "
            "read; did you mean 'Owner'? [unknown-key]",
            "processes.csv:2:4: error: 'sometimes' is not a valid frequency: use one of "
            "on-demand, daily, weekly, fortnightly, monthly, quarterly, yearly [invalid-value]",
            "processes.csv:2:6: error: duration 'two hours' is not a whole number from 1 to "
            "999999 followed by m, h, d or w (like '30m' or '2h') [invalid-value]",
            "processes.csv:2:7: error: 'no arrow here' is not a what-if: write what goes wrong, "
            "'=>', and what to do ('oven fails => call the engineer') [invalid-value]",
            "processes.csv:3:6: error: duration '2 hours' must be one whole number and one unit "
            "(m, h, d or w): write 2h; bizmap reads it as 2h [invalid-value]",
            "processes.csv:4:4: error: process 'take-order' has its frequency in row 2 already, "
            "as something else: a process's cells are the same on each of its rows; this one is "
            "not read [invalid-value]",
            "6 errors, 0 warnings, 0 infos in 1 file"});
  // The model is written all the same, the cells as they were, for check to show again.
  CHECK(contains(read_text(folder / "model" / "sales.yaml"), "duration: two hours"));
}

TEST_CASE("a sheet written by hand: names for ids, blank cells for the process above", "[sheets]") {
  fs::path folder = fresh_folder("sheets-by-hand");
  write_text(folder / "sheets" / "processes.csv",
             "\xEF\xBB\xBFsystem;PROCESS NAME;owner;inputs;outputs;step;by;duration\r\n"
             "Sales / Front desk;Take an order;Shop manager;;Order;Greet;;2m\r\n"
             ";;;;;\"Write it down; read it back\";Counter staff;5m\r\n"
             "Bakehouse;Bake;Head baker;Order;;'=Weigh;;1h\r\n");
  CliResult result =
      bizmap_cli({"import", (folder / "sheets").string(), "-o", (folder / "model").string()});
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(read_text(folder / "model" / "sales.yaml") == R"(bizmap: 1
systems:
  - id: sales
    name: Sales
    systems:
      - id: front-desk
        name: Front desk
        processes:
          - id: take-an-order
            name: Take an order
            owner: shop-manager
            outputs: [order]
            steps:
              - do: Greet
                duration: 2m
              - do: Write it down; read it back
                by: counter-staff
                duration: 5m
)");
  CHECK(read_text(folder / "model" / "bakehouse.yaml") == R"(bizmap: 1
systems:
  - id: bakehouse
    name: Bakehouse
    processes:
      - id: bake
        name: Bake
        owner: head-baker
        inputs: [order]
        steps:
          - do: =Weigh
            duration: 1h
)");
  CHECK(read_text(folder / "model" / "business.yaml") == R"(bizmap: 1
roles:
  - {id: shop-manager, name: Shop manager}
  - {id: counter-staff, name: Counter staff}
  - {id: head-baker, name: Head baker}
data:
  - {id: order, name: Order}
)");
  CliResult check = bizmap_cli({"check", (folder / "model").string()});
  INFO(check.out);
  CHECK(contains(check.out, "0 errors"));
}

TEST_CASE("a processes sheet of 40 rows written by hand: imported, checked, traced, reported",
          "[sheets]") {
  fs::path folder = fresh_folder("sheets-hand-written");
  std::string sheet =
      (source_dir() / "tests" / "sheets" / "hand-written" / "processes.csv").string();
  CliResult imported = bizmap_cli({"import", sheet, "-o", (folder / "model").string()});
  INFO(imported.out << imported.err);
  REQUIRE(imported.exit_code == 0);
  CHECK(contains(imported.err, "wrote 4 model files"));
  CliResult check = bizmap_cli({"check", (folder / "model").string()});
  INFO(check.out);
  CHECK(check.exit_code == 1);
  // The handoff written two ways: 'Signed quote' out, 'Signed quotation' in.
  CHECK(contains(check.out, "process 'plan-the-week' needs 'signed-quotation', but no process "
                            "produces it"));
  CHECK(contains(check.out,
                 "process 'quote-the-job' outputs 'signed-quote', but no process uses it"));
  CHECK(contains(check.out, "1 error, 7 warnings"));
  CliResult trace = bizmap_cli({"trace", "answer-a-call", (folder / "model").string()});
  CHECK(trace.exit_code == 0);
  CHECK(contains(trace.out, "2 processes, 1 handoff"));
  CliResult report =
      bizmap_cli({"report", (folder / "model").string(), "-o", (folder / "report").string()});
  CHECK(report.exit_code == 0);
  CHECK(contains(read_text(folder / "report" / "README.md"), "Plan the week"));
}

TEST_CASE("import writes over no sheet and no file it did not write", "[sheets]") {
  fs::path folder = fresh_folder("sheets-guard");
  write_text(folder / "sheets" / "processes.csv", "System,Process,Step\nsales,sell,Greet\n");
  CliResult into_sheets =
      bizmap_cli({"import", (folder / "sheets").string(), "-o", (folder / "sheets").string()});
  CHECK(into_sheets.exit_code == 2);
  CHECK(contains(into_sheets.err, "bizmap never writes over what it did not write"));
  write_text(folder / "model" / "sales.yaml", "bizmap: 1\n");
  CliResult over_model =
      bizmap_cli({"import", (folder / "sheets").string(), "-o", (folder / "model").string()});
  CHECK(over_model.exit_code == 2);
  CHECK(read_text(folder / "model" / "sales.yaml") == "bizmap: 1\n");
  // A folder import wrote is written again, and a file of the user's beside it stays.
  write_text(folder / "again" / "notes.txt", "mine");
  REQUIRE(bizmap_cli({"import", (folder / "sheets").string(), "-o", (folder / "again").string()})
              .exit_code == 0);
  write_text(folder / "sheets" / "processes.csv", "System,Process,Step\nsales,sell,Wave\n");
  REQUIRE(bizmap_cli({"import", (folder / "sheets").string(), "-o", (folder / "again").string()})
              .exit_code == 0);
  CHECK(contains(read_text(folder / "again" / "sales.yaml"), "Wave"));
  CHECK(read_text(folder / "again" / "notes.txt") == "mine");
}

TEST_CASE("a workbook or an unknown sheet in the folder is named, not skipped", "[sheets]") {
  fs::path folder = fresh_folder("sheets-unknown");
  write_text(folder / "sheets" / "processes.csv", "System,Process,Step\nsales,sell,Greet\n");
  write_text(folder / "sheets" / "proceses.csv", "System\n");
  write_text(folder / "sheets" / "book.xlsx", "PK");
  CliResult result = bizmap_in(folder, {"import", "sheets", "-o", "model"});
  INFO(result.out);
  CHECK(result.exit_code == 1);
  CHECK(
      contains(result.out, "sheets/book.xlsx:1:1: error: 'book.xlsx' is not a sheet bizmap reads"));
  CHECK(contains(result.out, "did you mean 'processes.csv'?"));
}

TEST_CASE("the sheets go through LibreOffice as .xlsx and back as semicolon CSV unchanged",
          "[sheets][tools]") {
  if (run_tool("command -v soffice").exit_code != 0) {
    WARN("skipped: LibreOffice (soffice, Debian's libreoffice-calc) is not installed");
    return;
  }
  fs::path folder = fresh_folder("sheets-libreoffice");
  // Every column as text (format 2), so that nothing is read as a number or a date.
  std::vector<std::string> columns;
  for (int column = 1; column <= 80; ++column) {
    columns.push_back(fmt::format("{}/2", column));
  }
  std::string profile = "-env:UserInstallation=file://" + (folder / "profile").string();
  for (const std::string& name : round_trip_examples) {
    INFO("example " << name);
    fs::path trip = folder / id_prefix(name.substr(name.find('/') + 1));
    fs::create_directories(trip);
    CliResult exported = bizmap_cli({"export", example(name), "-o", (trip / "sheets").string()});
    INFO(exported.err);
    REQUIRE(exported.exit_code == 0);
    ToolRun to_xlsx = run_tool(fmt::format("soffice --headless {} --infilter='Text - txt - csv "
                                           "(StarCalc):44,34,76,1,{},1033,false,false' "
                                           "--convert-to xlsx --outdir {} {}/*.csv",
                                           shell_quoted(profile), fmt::join(columns, "/"),
                                           shell_quoted((trip / "xlsx").string()),
                                           shell_quoted((trip / "sheets").string())));
    INFO(to_xlsx.output);
    REQUIRE(to_xlsx.exit_code == 0);
    ToolRun to_csv = run_tool(fmt::format(
        "soffice --headless {} --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1' "
        "--outdir {} {}/*.xlsx",
        shell_quoted(profile), shell_quoted((trip / "csv").string()),
        shell_quoted((trip / "xlsx").string())));
    INFO(to_csv.output);
    REQUIRE(to_csv.exit_code == 0);
    REQUIRE(contains(read_text(trip / "csv" / "processes.csv"), "\";\""));
    CliResult imported =
        bizmap_cli({"import", (trip / "csv").string(), "-o", (trip / "model").string()});
    INFO(imported.out);
    CHECK(imported.exit_code == 0);
    check_same_model(example(name), trip / "model",
                     bizmap_cli({"diff", example(name), (trip / "model").string()}));
  }
}

TEST_CASE("the templates for a client import and check clean", "[sheets][docs]") {
  fs::path folder = fresh_folder("sheets-templates");
  CliResult imported = bizmap_cli({"import", (source_dir() / "docs" / "templates").string(), "-o",
                                   (folder / "model").string()});
  INFO(imported.out << imported.err);
  CHECK(imported.exit_code == 0);
  CliResult check = bizmap_cli({"check", (folder / "model").string()});
  INFO(check.out);
  CHECK(check.exit_code == 0);
  CHECK(contains(check.out, "0 errors, 0 warnings, 0 infos"));
}

TEST_CASE("a system path is read up to 190 systems deep, and a system has one place",
          "[sheets][boundaries]") {
  fs::path folder = fresh_folder("sheets-deep");
  auto path_of = [](int depth) {
    std::vector<std::string> parts;
    for (int i = 1; i <= depth; ++i) {
      parts.push_back(fmt::format("s{}", i));
    }
    return fmt::format("{}", fmt::join(parts, "/"));
  };
  write_text(folder / "deep" / "processes.csv",
             fmt::format("System,Process,Step\n{},inside,Go\n", path_of(190)));
  CliResult inside =
      bizmap_cli({"import", (folder / "deep").string(), "-o", (folder / "inside").string()});
  INFO(inside.out);
  CHECK(inside.exit_code == 0);
  CliResult check = bizmap_cli({"check", (folder / "inside").string()});
  CHECK_FALSE(contains(check.out, "yaml-syntax"));
  CHECK(contains(check.out, "system 's190' has no goal"));
  write_text(folder / "deep" / "processes.csv",
             fmt::format("System,Process,Step\n{},outside,Go\n", path_of(191)));
  CliResult outside = bizmap_in(folder, {"import", "deep", "-o", "outside"});
  CHECK(outside.exit_code == 1);
  CHECK(contains(outside.out, "deep/processes.csv:2:1: error: the system path has 191 systems, "
                              "one in another: bizmap reads at most 190 [invalid-value]"));
  write_text(folder / "moved" / "processes.csv",
             "System,Process,Step\nsales/orders,take,Go\nsupport/orders,answer,Go\n");
  CliResult moved = bizmap_in(folder, {"import", "moved", "-o", "moved-model"});
  CHECK(moved.exit_code == 1);
  CHECK(contains(moved.out, "moved/processes.csv:3:1: error: system 'orders' is in system "
                            "'sales' already: a system has one place, so write its whole path"));
}

TEST_CASE("a text import writes into a model file reads back as the same text",
          "[sheets][escape]") {
  std::vector<std::string> specials = {":",
                                       "#",
                                       "-",
                                       "?",
                                       "[",
                                       "]",
                                       "{",
                                       "}",
                                       ",",
                                       "'",
                                       "\"",
                                       "\\",
                                       "\t",
                                       "\n",
                                       "\r",
                                       "!",
                                       "&",
                                       "*",
                                       "|",
                                       ">",
                                       "%",
                                       "@",
                                       "`",
                                       " ",
                                       ": ",
                                       " #",
                                       "\x01",
                                       "\x7F",
                                       "\xC2\x85",
                                       "\xE2\x80\xA8",
                                       "\xE2\x80\xA9",
                                       "\xEF\xBB\xBF",
                                       "\xC3\xA9"};
  std::vector<std::string> texts = {"yes",          "No",     "null", "~",          "true",
                                    "off",          "1.5",    "0x1F", "2026-03-01", "a\nb\n",
                                    "a\n\nb\n\n\n", "a\n  b", "---",  "..."};
  for (const std::string& special : specials) {
    for (std::string text : {special + "ab", "a" + special + "b", "ab" + special}) {
      texts.push_back(text);
    }
  }
  for (const std::string& text : texts) {
    INFO("text '" << text << "'");
    sheets::YamlValue document = sheets::YamlValue::map(false);
    document.add("bizmap", sheets::YamlValue::scalar("1"));
    document.add("business", sheets::YamlValue::map(false))
        .add("name", sheets::YamlValue::scalar(text));
    sheets::YamlValue role = sheets::YamlValue::map(true);
    role.add("id", sheets::YamlValue::scalar("r"));
    role.add("name", sheets::YamlValue::scalar(text));
    document.add("roles", sheets::YamlValue::sequence(false)).items.push_back(role);
    std::string written = sheets::write_yaml(document).text;
    INFO(written);
    LoadResult loaded = load_text("model.yaml", written);
    CHECK(loaded.findings.empty());
    CHECK((loaded.model.business && loaded.model.business->name == text));
    CHECK((loaded.model.roles.size() == 1 && loaded.model.roles[0].name == text));
  }
}
