// `bizmap schema`: the JSON Schema of the model format, generated from the
// loader's field tables, committed in docs/schemas/, described as in
// docs/model.md, and checked by ajv against every example.
#include "load/format.hpp"
#include "report_tools.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

fs::path committed_schema() {
  return source_dir() / "docs" / "schemas" / "bizmap-model.schema.json";
}

struct DocumentedKey {
  std::string key;
  std::string required;
  std::string meaning;
};

std::vector<std::string> cells_of(const std::string& row) {
  std::vector<std::string> cells;
  std::string cell;
  for (std::size_t i = 1; i < row.size(); ++i) {
    if (row[i] == '|') {
      cells.push_back(cell.substr(cell.find_first_not_of(' '),
                                  cell.find_last_not_of(' ') - cell.find_first_not_of(' ') + 1));
      cell.clear();
    } else {
      cell += row[i];
    }
  }
  return cells;
}

// Markdown links read as their text: "(see [Files](#files))" is "(see Files)".
std::string without_links(const std::string& text) {
  return std::regex_replace(text, std::regex(R"(\[([^\]]*)\]\([^)]*\))"), "$1");
}

// The table of keys in the section of docs/model.md with this heading.
std::vector<DocumentedKey> documented_keys(std::string_view heading) {
  std::istringstream lines(read_text(source_dir() / "docs" / "model.md"));
  std::vector<DocumentedKey> keys;
  bool in_section = false;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("### ")) {
      if (in_section) {
        break;
      }
      in_section = line.substr(4) == heading;
    } else if (in_section && line.starts_with("| `")) {
      std::vector<std::string> cells = cells_of(line);
      REQUIRE(cells.size() == 5);
      keys.push_back({cells[0].substr(1, cells[0].size() - 2), cells[2], without_links(cells[4])});
    }
  }
  return keys;
}

bool loader_accepts(std::string_view key, std::string_view value) {
  std::string model =
      key == "id" ? fmt::format("bizmap: 1\nroles:\n  - id: '{}'\n", value)
                  : fmt::format("bizmap: 1\nsystems:\n  - id: s\n    processes:\n      - id: p\n"
                                "        steps:\n          - do: Work\n            {}: '{}'\n",
                                key, value);
  LoadResult loaded = load_text("model.yaml", model);
  return std::none_of(loaded.findings.begin(), loaded.findings.end(),
                      [](const Diagnostic& d) { return d.rule == "invalid-value"; });
}

std::string validate_yaml(const std::vector<fs::path>& files) {
  std::string command = fmt::format(
      "node '{}' '{}'", (source_dir() / "tools/npm/validators/validate-yaml.mjs").string(),
      committed_schema().string());
  for (const fs::path& file : files) {
    command += " '" + file.string() + "'";
  }
  ToolRun run = run_tool(command);
  return fmt::format("exit {}\n{}", run.exit_code, run.output);
}

std::string missing_validators() {
  if (run_tool("command -v node").exit_code != 0) {
    return "node is not installed";
  }
  if (!fs::exists(source_dir() / "tools/npm/validators/node_modules/yaml") ||
      !fs::exists(source_dir() / "tools/npm/validators/node_modules/ajv")) {
    return "tools/npm/validators is not installed (run scripts/install-npm.sh)";
  }
  return {};
}

std::vector<fs::path> yaml_files_below(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.path().extension() == ".yaml") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace

TEST_CASE("bizmap schema prints the committed schema of the model format", "[schema]") {
  CliResult result = bizmap_cli({"schema"});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  compare_with_golden(result.out, committed_schema());
}

TEST_CASE("the schema is draft-07, closed, and describes every key", "[schema]") {
  nlohmann::json schema = nlohmann::json::parse(bizmap_cli({"schema"}).out);
  CHECK(schema["$schema"] == "http://json-schema.org/draft-07/schema#");
  std::vector<nlohmann::json*> elements{&schema};
  for (auto& [name, definition] : schema["definitions"].items()) {
    elements.push_back(&definition);
  }
  std::size_t keys = 0;
  for (nlohmann::json* element : elements) {
    CHECK((*element)["additionalProperties"] == false);
    CHECK((*element)["description"].is_string());
    for (auto& [key, property] : (*element)["properties"].items()) {
      INFO(key);
      CHECK_FALSE(property["description"].get<std::string>().empty());
      ++keys;
    }
  }
  CHECK(keys >= 50);
  nlohmann::json process = schema["definitions"]["process"]["properties"];
  CHECK(process["frequency"]["enum"] ==
        nlohmann::json({"on-demand", "daily", "weekly", "fortnightly", "monthly", "quarterly",
                        "yearly", nullptr}));
  CHECK(process["id"]["pattern"] == id_pattern);
  CHECK(schema["definitions"]["step"]["properties"]["duration"]["pattern"] == duration_pattern);
  CHECK(schema["definitions"]["step"]["required"] == nlohmann::json({"do"}));
  CHECK(schema["required"] == nlohmann::json({"bizmap"}));
}

TEST_CASE("every key is described as docs/model.md describes it", "[schema]") {
  for (const ElementFormat& element : format_elements()) {
    DYNAMIC_SECTION(element.heading) {
      std::vector<DocumentedKey> documented = documented_keys(element.heading);
      REQUIRE(documented.size() == element.fields.size());
      for (std::size_t i = 0; i < documented.size(); ++i) {
        const FormatField& field = element.fields[i];
        INFO(field.key);
        CHECK(documented[i].key == field.key);
        CHECK(documented[i].meaning == field.format.description);
        CHECK(documented[i].required.starts_with("yes") == field.format.required);
      }
    }
  }
}

TEST_CASE("the id and duration patterns accept what the loader accepts", "[schema]") {
  std::regex id(std::string(id_pattern), std::regex::ECMAScript);
  for (std::string_view sample :
       {"qualify-lead", "crm", "q4-review", "2024-pricing", "a", "Qualify-Lead", "qualify_lead",
        "qualify lead", "-lead", "lead-", "lead--call", "a-b-c-1"}) {
    INFO(sample);
    CHECK(std::regex_match(std::string(sample), id) == loader_accepts("id", sample));
  }
  std::regex duration(std::string(duration_pattern), std::regex::ECMAScript);
  for (std::string_view sample : {"30m", "2h", "1d", "2w", "007m", "999999h", "1.5h", "0m", "000h",
                                  "2 hours", "h", "30", "30s", "1000000m", "-1m"}) {
    INFO(sample);
    CHECK(std::regex_match(std::string(sample), duration) == loader_accepts("duration", sample));
  }
}

TEST_CASE("every bundled example and the starter model validate against the schema",
          "[schema][tools]") {
  if (std::string missing = missing_validators(); !missing.empty()) {
    WARN("skipped: " << missing);
    return;
  }
  std::vector<fs::path> files;
  for (const fs::path& file : yaml_files_below(source_dir() / "examples")) {
    if (!contains(file.string(), "/examples/broken/")) {
      files.push_back(file);
    }
  }
  fs::path starter = fresh_folder("schema-starter");
  REQUIRE(bizmap_cli({"init", starter.string()}).exit_code == 0);
  files.push_back(starter / "business.yaml");
  REQUIRE(files.size() >= 13);
  CHECK(validate_yaml(files) == "exit 0\n");
}

TEST_CASE("the schema rejects every schema-level mistake of the broken schema example",
          "[schema][tools]") {
  if (std::string missing = missing_validators(); !missing.empty()) {
    WARN("skipped: " << missing);
    return;
  }
  fs::path folder = source_dir() / "examples" / "broken" / "schema";
  std::string rejected = validate_yaml(yaml_files_below(folder));
  CHECK(rejected.starts_with("exit 1\n"));
  Checked checked = check_path(folder);
  const std::set<std::string_view> schema_rules{"wrong-type", "unknown-key", "missing-field",
                                                "invalid-value", "not-a-model"};
  std::size_t mistakes = 0;
  for (const Diagnostic& finding : checked.findings) {
    if (!schema_rules.contains(finding.rule)) {
      continue;
    }
    ++mistakes;
    fs::path file = checked.loaded.model.files[finding.at.file].path;
    std::string place = fmt::format("{}:{}:", file.string(), finding.at.line);
    INFO(finding.rule << " " << place << " " << finding.message << "\n" << rejected);
    CHECK(contains(rejected, "\n" + place));
  }
  CHECK(mistakes == 11);
}
