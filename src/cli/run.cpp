#include "cli/command.hpp"
#include "model/suggest.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <bizmap/commit.hpp>
#include <bizmap/load.hpp>
#include <bizmap/run.hpp>
#include <bizmap/version.hpp>
#include <fmt/format.h>
#include <optional>
#include <ostream>
#include <sstream>

namespace bizmap {
namespace {

constexpr std::array commands = {
    CommandEntry{"check", "Lint the model: broken handoffs, missing owners and every other rule",
                 make_check_command},
    CommandEntry{"report", "Write Markdown operating procedures, a health check and diagrams",
                 make_report_command},
    CommandEntry{"graph", "Draw the handoff graph in Mermaid or Graphviz DOT", make_graph_command},
    CommandEntry{"trace",
                 "Follow the work through a process or data item, with owners and lead time",
                 make_trace_command},
    CommandEntry{"what-if", "Ask what happens if someone leaves, a tool is down or the work grows",
                 make_what_if_command},
    CommandEntry{"health",
                 "Score the business's health, what breaks first as it grows, and what to "
                 "automate",
                 make_health_command},
    CommandEntry{"diff",
                 "Show what a change does to the business: between two models, or a git "
                 "revision and the working tree",
                 make_diff_command},
    CommandEntry{"export", "Write the model as CSV sheets a spreadsheet opens",
                 make_export_command},
    CommandEntry{"import", "Read CSV sheets from a spreadsheet into a model folder",
                 make_import_command},
    CommandEntry{"rules", "List every rule with its default severity", make_rules_command},
    CommandEntry{"explain", "Print a rule's documentation with examples", make_explain_command},
    CommandEntry{"init", "Write a starter model and configuration into a folder",
                 make_init_command},
    CommandEntry{"schema", "Print the JSON Schema of the model format, for editors",
                 make_schema_command},
    CommandEntry{"lsp", "Run the language server for editors on standard input and output",
                 make_lsp_command},
};

// "bizmap 0.1.0 (commit 4adaff0c1d2e)": which build a bug report is about.
std::string version_line() {
  std::string_view commit = git_commit;
  return commit.empty() ? fmt::format("bizmap {}", version)
                        : fmt::format("bizmap {} (commit {})", version, commit);
}

struct Parsed {
  CLI::App* app;
  std::unique_ptr<Command> command;
};

// One placeholder for each option value, as a person reads it: the parser
// would add each check's own name to it ("N:NONNEGATIVE"); a list of choices
// is kept as the placeholder itself ("{text,json}").
void plain_placeholders(CLI::App& app) {
  for (CLI::Option* option : app.get_options()) {
    std::string full = option->get_type_name();
    std::size_t colon = full.find(':');
    if (colon == std::string::npos) {
      continue;
    }
    std::string choices = full.substr(colon + 1);
    std::string plain = choices.starts_with('{') ? choices : full.substr(0, colon);
    for (int i = 0;; ++i) {
      try {
        option->get_validator(i)->description("");
      } catch (const CLI::OptionNotFound&) {
        break;
      }
    }
    option->type_name(plain);
  }
  for (CLI::App* sub : app.get_subcommands({})) {
    plain_placeholders(*sub);
  }
}

// The word where a command was expected, when it names none: `bizmap chek`.
std::optional<std::string> unknown_command(const std::vector<std::string>& args) {
  if (args.empty() || args.front().starts_with('-')) {
    return std::nullopt;
  }
  auto known = std::find_if(commands.begin(), commands.end(),
                            [&](const CommandEntry& entry) { return entry.name == args.front(); });
  return known == commands.end() ? std::optional(args.front()) : std::nullopt;
}

std::string unknown_command_message(std::string_view word) {
  std::vector<std::string_view> names;
  for (const CommandEntry& entry : commands) {
    names.push_back(entry.name);
  }
  std::string hint = did_you_mean(closest(word, names));
  return fmt::format("unknown command '{}'{}", word,
                     hint.empty() ? "; 'bizmap --help' lists the commands" : hint);
}

} // namespace

std::span<const CommandEntry> command_table() {
  return commands;
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
        const Terminal& terminal) {
  std::istringstream nothing;
  return run(args, nothing, out, err, terminal);
}

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err, const Terminal& terminal) {
  CLI::App app("bizmap: treat a business's systems and processes as code", "bizmap");
  app.set_version_flag("--version", version_line(), "Print the version and exit");
  app.require_subcommand(0, 1);
  std::vector<Parsed> parsed;
  for (const CommandEntry& entry : commands) {
    CLI::App* sub = app.add_subcommand(std::string(entry.name), std::string(entry.summary));
    parsed.push_back({sub, entry.make()});
    parsed.back().command->define(*sub);
  }
  plain_placeholders(app);
  if (std::optional<std::string> word = unknown_command(args)) {
    err << "bizmap: error: " << unknown_command_message(*word) << "\n";
    return 2;
  }
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    return app.exit(error, out, err) == 0 ? 0 : 2;
  }
  auto chosen =
      std::find_if(parsed.begin(), parsed.end(), [](const Parsed& p) { return p.app->parsed(); });
  if (chosen == parsed.end()) {
    err << app.help();
    return 2;
  }
  Streams streams{in, out, err, terminal};
  try {
    return chosen->command->run(streams);
  } catch (const UsageError& error) {
    // One line for each mistake: a configuration file may have several.
    std::istringstream lines(error.what());
    for (std::string line; std::getline(lines, line);) {
      err << "bizmap: error: " << line << "\n";
    }
    return 2;
  }
}

} // namespace bizmap
