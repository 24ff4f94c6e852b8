#pragma once

#include <bizmap/run.hpp>
#include <iosfwd>
#include <memory>
#include <span>
#include <string_view>

namespace CLI {
class App;
}

namespace bizmap {

/// Where a command reads and writes, and what it knows about the terminal.
struct Streams {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  const Terminal& terminal;
};

/// A subcommand: declares its options, then runs with what was parsed.
class Command {
public:
  virtual ~Command() = default;
  virtual void define(CLI::App& app) = 0;
  /// Returns the exit code; throws UsageError for a bad call.
  virtual int run(Streams& streams) = 0;
};

/// One row of the command table.
struct CommandEntry {
  std::string_view name;
  std::string_view summary;
  std::unique_ptr<Command> (*make)();
};

/// Every command, in the order `bizmap --help` lists them.
std::span<const CommandEntry> command_table();

std::unique_ptr<Command> make_check_command();
/// `bizmap report`: Markdown pages written atomically into a folder.
std::unique_ptr<Command> make_report_command();
/// `bizmap graph`: the handoff graph as Mermaid or DOT.
std::unique_ptr<Command> make_graph_command();
/// `bizmap trace ID`: the flow through a process or data item, with lead times.
std::unique_ptr<Command> make_trace_command();
/// `bizmap what-if`: what changes of people, tools and volumes do to the business.
std::unique_ptr<Command> make_what_if_command();
/// `bizmap health`: the business's health, what breaks first, opportunities.
std::unique_ptr<Command> make_health_command();
/// `bizmap diff`: what a change does to the business, between two models.
std::unique_ptr<Command> make_diff_command();
/// `bizmap rules`: every rule with its default severity and summary.
std::unique_ptr<Command> make_rules_command();
/// `bizmap explain RULE`: a rule's documentation as Markdown.
std::unique_ptr<Command> make_explain_command();
/// `bizmap init [DIR]`: a starter model and configuration, never overwriting.
std::unique_ptr<Command> make_init_command();
/// `bizmap schema`: the JSON Schema of the model format.
std::unique_ptr<Command> make_schema_command();
/// `bizmap lsp`: the language server on standard input and output.
std::unique_ptr<Command> make_lsp_command();
/// `bizmap export`: the model as a folder of CSV sheets.
std::unique_ptr<Command> make_export_command();
/// `bizmap import PATH`: sheets into a model folder.
std::unique_ptr<Command> make_import_command();

} // namespace bizmap
