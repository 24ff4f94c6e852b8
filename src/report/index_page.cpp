#include "graph/handoff_graph.hpp"
#include "output/markdown.hpp"
#include "report/pages.hpp"

#include <bizmap/check.hpp>
#include <fmt/format.h>

namespace bizmap {
namespace {

// Every system in the report's order, each parent before its subsystems.
std::vector<std::size_t> systems_in_tree_order(const ReportContext& context) {
  std::vector<std::size_t> order;
  auto add = [&](auto& self, std::size_t s) -> void {
    order.push_back(s);
    for (std::size_t sub : context.systems_in_order(s)) {
      self(self, sub);
    }
  };
  for (std::size_t s : context.systems_in_order(std::nullopt)) {
    add(add, s);
  }
  return order;
}

std::size_t depth_of(const Model& model, std::size_t s) {
  std::size_t depth = 0;
  for (std::optional<std::size_t> parent = model.systems[s].parent; parent;
       parent = model.systems[*parent].parent) {
    ++depth;
  }
  return depth;
}

void write_system_tree(const ReportContext& context, Book& book) {
  std::string list;
  for (std::size_t s : systems_in_tree_order(context)) {
    const System& system = context.model.systems[s];
    const std::optional<Ref>& manager = context.handoffs.manager_of(s);
    std::string goal = system.goal.empty() ? (context.for_staff() ? "" : "no goal set")
                                           : escape_markdown(system.goal);
    std::string managed_by = manager ? escape_markdown(context.names.role(manager->id))
                             : context.for_staff() ? ""
                                                   : "not set";
    list += fmt::format("{}- {}{}{}\n", std::string(depth_of(context.model, s) * 2, ' '),
                        context.system_link(book, s), goal.empty() ? "" : ": " + goal,
                        managed_by.empty() ? "" : fmt::format(" (manager: {})", managed_by));
  }
  list.pop_back();
  book.block(list);
}

void write_system_health_table(const ReportContext& context, Book& book) {
  std::vector<std::vector<std::string>> rows;
  auto shown = [](std::optional<int> score) { return score ? std::to_string(*score) : "n/a"; };
  for (std::size_t s : systems_in_tree_order(context)) {
    HealthCheck health = context.health.system(s);
    std::vector<std::string> row{context.system_link(book, s)};
    for (const HealthArea& area : health.areas) {
      row.push_back(shown(area.score()));
    }
    row.push_back(shown(health.business));
    row.push_back(shown(health.documentation.score()));
    rows.push_back(std::move(row));
  }
  book.block(markdown_table({"System", "Handoffs", "Ownership", "Key people", "Capacity", "Flow",
                             "Automation", "Business", "Documentation"},
                            rows));
}

void write_findings(const ReportContext& context, Book& book) {
  if (context.findings.empty()) {
    book.block("No open findings: `bizmap check` passes.");
    return;
  }
  Tally counts = tally(context.findings);
  book.block(fmt::format("{} errors, {} warnings, {} infos. Run `bizmap check` for details.",
                         counts.errors, counts.warnings, counts.infos));
  std::vector<std::vector<std::string>> rows;
  for (std::size_t f = 0; f < context.findings.size(); ++f) {
    const Diagnostic& d = context.findings[f];
    std::optional<std::size_t> process = context.finding_process[f];
    rows.push_back({escape_markdown(fmt::format("{}:{}:{}", context.model.files[d.at.file].path,
                                                d.at.line, d.at.column)),
                    std::string(to_string(d.severity)), escape_markdown(d.rule),
                    escape_markdown(d.message),
                    process ? context.process_link(book, *process) : "none"});
  }
  book.block(markdown_table({"Where", "Severity", "Rule", "Message", "Process"}, rows));
}

void write_page_list(const ReportContext& context, Book& book) {
  std::string list;
  for (std::size_t s : systems_in_tree_order(context)) {
    list += fmt::format("- System: {}\n", context.system_link(book, s));
  }
  for (std::size_t p = 0; p < context.model.processes.size(); ++p) {
    list += fmt::format("- Process: {}\n", context.process_link(book, p));
  }
  for (const std::string& role : context.role_ids) {
    list += fmt::format("- Role: {}\n", context.role_link(book, role));
  }
  list += fmt::format("- {}\n- {}\n- {}", book.link("Ownership", std::string(ownership_key)),
                      book.link("Data", std::string(data_page_key)),
                      book.link("Value streams", std::string(value_streams_key)));
  book.block(list);
}

} // namespace

void write_index_page(const ReportContext& context, Book& book) {
  const Model& model = context.model;
  book.begin_page("README.md", context.business_name(), std::string(index_key));
  if (model.business && !model.business->description.empty()) {
    book.block(escape_markdown(model.business->description));
  }
  book.section("Systems");
  if (model.systems.empty()) {
    book.block("No systems yet.");
  } else {
    write_system_tree(context, book);
  }
  if (!context.for_staff()) {
    book.section("Health check");
    write_health(context, context.health.business(), book);
    if (!model.systems.empty()) {
      write_system_health_table(context, book);
    }
    book.block("Each score is a percentage; docs/health.md in bizmap explains how it is counted.");
  }
  book.section("Handoffs");
  book.block(mermaid_block(context, std::nullopt));
  if (!context.for_staff()) {
    book.section("Open findings");
    write_findings(context, book);
  }
  book.section("Pages");
  write_page_list(context, book);
}

std::string mermaid_block(const ReportContext& context, std::optional<std::size_t> system) {
  HandoffGraph graph = build_handoff_graph(context.model, context.handoffs, context.names, system);
  if (graph.nodes.empty()) {
    return "No processes, so no handoffs to draw.";
  }
  std::string diagram = to_mermaid(graph);
  diagram.pop_back();
  return fmt::format("```mermaid\n{}\n```", diagram);
}

} // namespace bizmap
