// The documentation of every rule, built from the rules' own metadata and the
// findings bizmap really gives on their examples.
#include "docs/rule_pages.hpp"

#include "docs/example_files.hpp"
#include "output/output.hpp"

#include <bizmap/check.hpp>
#include <bizmap/load.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <sstream>

namespace bizmap {
namespace {

namespace fs = std::filesystem;

// A folder of its own under the system's temporary folder, removed at the end.
class TemporaryFolder {
public:
  TemporaryFolder() {
    std::string pattern = (fs::temp_directory_path() / "bizmap-example-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      throw UsageError(
          fmt::format("cannot create a temporary folder '{}': {}", pattern, std::strerror(errno)));
    }
    path_ = pattern;
  }
  ~TemporaryFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;

  const fs::path& path() const { return path_; }

private:
  fs::path path_;
};

void erase_all(std::string& text, std::string_view part) {
  for (std::size_t at; (at = text.find(part)) != std::string::npos;) {
    text.erase(at, part.size());
  }
}

// Paths relative to the example's folder, so pages do not depend on where
// the temporary folder was.
void make_paths_relative(Model& model, std::vector<Diagnostic>& findings, const fs::path& folder) {
  for (SourceFile& file : model.files) {
    file.path = fs::path(file.path).lexically_relative(folder).generic_string();
  }
  std::string prefix = (folder / "").string();
  for (Diagnostic& finding : findings) {
    erase_all(finding.message, prefix);
  }
}

std::string without_last_line(std::string_view text) {
  std::size_t end = text.size() > 1 ? text.rfind('\n', text.size() - 2) : std::string_view::npos;
  return std::string(text.substr(0, end == std::string_view::npos ? 0 : end + 1));
}

std::string trimmed(std::string_view text) {
  std::size_t first = text.find_first_not_of('\n');
  std::size_t last = text.find_last_not_of('\n');
  return first == std::string_view::npos ? "" : std::string(text.substr(first, last - first + 1));
}

std::string sentence(std::string_view summary) {
  std::string text(summary);
  if (!text.empty() && text.front() >= 'a' && text.front() <= 'z') {
    text.front() = static_cast<char>(text.front() - 'a' + 'A');
  }
  return text + ".";
}

std::string code_block(std::string_view language, std::string_view text) {
  return fmt::format("```{}\n{}\n```\n", language, trimmed(text));
}

// A single-file example is one block; each file of a larger one is named.
std::string example_blocks(std::string_view example) {
  std::vector<ExampleFile> files = split_example(example);
  if (files.size() == 1 && files.front().name == "model.yaml") {
    return code_block("yaml", files.front().text);
  }
  std::string blocks;
  for (const ExampleFile& file : files) {
    std::string_view language = file.name.ends_with(".json") ? "json" : "yaml";
    blocks += fmt::format("{}`{}`:\n\n{}", blocks.empty() ? "" : "\n", file.name,
                          code_block(language, file.text));
  }
  return blocks;
}

std::string table_cell(std::string_view text) {
  std::string cell;
  for (char c : text) {
    cell += c == '|' ? std::string("\\|") : std::string(1, c);
  }
  return cell;
}

std::string options_section(const Rule& rule) {
  if (rule.options.empty()) {
    return "";
  }
  std::string rows;
  std::string settings;
  for (const RuleOption& option : rule.options) {
    rows += fmt::format("| `{}` | {} | {} |\n", option.name, option.default_value,
                        table_cell(option.description));
    settings += fmt::format(", {}: {}", option.name, option.default_value);
  }
  return fmt::format("\n## Options\n\n| option | default | meaning |\n| --- | --- | --- |\n{}\n"
                     "Set them in `.bizmap.yaml`, beside the rule's severity:\n\n{}",
                     rows,
                     code_block("yaml", fmt::format("rules:\n  {}: {{severity: {}{}}}", rule.id,
                                                    to_string(rule.severity), settings)));
}

std::string example_section(const Rule& rule) {
  ExampleFindings findings = example_findings(rule.bad_example, rule.id);
  return fmt::format("\n## Example\n\n{}\n{}:\n\n{}\n## How to fix it\n\n{}",
                     example_blocks(rule.bad_example),
                     findings.others == 0 ? "`bizmap check` reports"
                                          : "Among other findings, `bizmap check` reports",
                     code_block("text", findings.text), example_blocks(rule.good_example));
}

// Settings that run a rule which is off by default, so that its examples
// show what it finds once turned on.
RuleSettings turned_on(std::string_view rule_id) {
  RuleSettings settings;
  const Rule* rule = find_rule(rule_id);
  if (rule != nullptr && rule->off_by_default) {
    settings[std::string(rule_id)].severity = rule->severity;
  }
  return settings;
}

// "**warning**", or "**off**; once turned on, **info**".
std::string default_severity(const Rule& rule) {
  if (rule.off_by_default) {
    return fmt::format("**off**; turned on (`--rule {}={}`), **{}**", rule.id,
                       to_string(rule.severity), to_string(rule.severity));
  }
  return fmt::format("**{}**", to_string(rule.severity));
}

} // namespace

ExampleFindings example_findings(std::string_view example, std::string_view rule_id) {
  TemporaryFolder folder;
  write_example_files(example, folder.path());
  CheckedExample checked = check_example(folder.path(), turned_on(rule_id), example_date);
  LoadResult& loaded = checked.loaded;
  std::vector<Diagnostic>& findings = checked.findings;
  make_paths_relative(loaded.model, findings, folder.path());
  ExampleFindings result;
  result.others = std::erase_if(findings, [&](const Diagnostic& d) { return d.rule != rule_id; });
  std::ostringstream text;
  find_format(output_formats(), "text")->write(loaded.model, findings, OutputOptions{}, text);
  result.text = without_last_line(text.str());
  return result;
}

std::string rule_page(const Rule& rule) {
  return fmt::format("# {}\n\nDefault severity: {}. {}\n\n{}\n{}{}", rule.id,
                     default_severity(rule), sentence(rule.summary), trimmed(rule.details),
                     options_section(rule), example_section(rule));
}

namespace {

std::string severity_cell(const Rule& rule) {
  return rule.off_by_default ? fmt::format("off ({} when on)", to_string(rule.severity))
                             : std::string(to_string(rule.severity));
}

} // namespace

std::string rules_index() {
  std::string rows;
  for (const Rule* rule : all_rules()) {
    rows += fmt::format("| [`{0}`]({0}.md) | {1} | {2} |\n", rule->id, severity_cell(*rule),
                        table_cell(rule->summary));
  }
  return fmt::format(R"md(# bizmap rules

`bizmap check` runs every rule below on the model and reports what each one
finds, with the file, line and column. `bizmap rules` lists them on the
command line, and `bizmap explain RULE` prints a rule's page.

## Severities

Every finding is an `error`, a `warning` or an `info`:

- **error**: the model is broken or contradicts itself, such as a handoff
  nobody makes or a process nobody owns.
- **warning**: the model is valid, but the business it describes has a gap,
  such as work handed to nobody or a process without steps.
- **info**: something worth tidying, such as a catalogue entry nothing uses.

`bizmap check` exits with 1 when a finding is at or above the failing
severity: `error` unless `--fail-on` or `fail_on` says otherwise.

## Configuration

`.bizmap.yaml`, in the current folder or the nearest parent, changes a rule's
severity, turns it `off` or sets its options. On the command line,
`bizmap check --rule ID=SEVERITY` does the same for one run. A rule whose
default below is *off* runs only once it is given a severity there, such as
`handoff-cycle: info`.

```yaml
rules:
  owner-overload: {{severity: warning, max: 5}}
  unused-tool: off
fail_on: warning
exclude: ["drafts/**"]
```

## Suppression comments

A comment in a model file silences findings on one line:

- `# bizmap-ignore(rule-a, rule-b)` at the end of a line suppresses those
  rules' findings on that line.
- `# bizmap-ignore-next-line(rule-a)` on a line of its own suppresses them on
  the next line.
- A bare `# bizmap-ignore` suppresses every rule on its line.
- Text after `--` is the reason, for the people who read the file:
  `# bizmap-ignore(isolated-process) -- runs by hand once a year`.

A suppression that suppresses nothing is reported by
[`unused-suppression`](unused-suppression.md), so stale ones do not pile up.

## Rules

| rule | default | summary |
| --- | --- | --- |
{})md",
                     rows);
}

std::vector<RulePage> rule_pages() {
  std::vector<RulePage> pages;
  for (const Rule* rule : all_rules()) {
    pages.push_back({fmt::format("{}.md", rule->id), rule_page(*rule)});
  }
  pages.push_back({"README.md", rules_index()});
  return pages;
}

} // namespace bizmap
