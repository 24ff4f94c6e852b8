#include "model/enum_names.hpp"
#include "report/markdown.hpp"
#include "report/pages.hpp"

#include <algorithm>
#include <bizmap/check.hpp>
#include <fmt/format.h>

namespace bizmap {
namespace {

using Rows = std::vector<std::vector<std::string>>;

void write_facts(const ReportContext& context, Book& book, std::size_t p) {
  const Process& process = context.model.processes[p];
  std::vector<std::string> tools;
  for (const Ref& tool : process.tools) {
    tools.push_back(escape_markdown(context.names.tool(tool.id)));
  }
  book.block(fmt::format("- **Where it sits:** {}\n- **Owner:** {}\n- **Trigger:** {}\n"
                         "- **Frequency:** {}\n- **Layer:** {}\n- **Tools:** {}",
                         context.breadcrumb(book, process.system), context.owner_name(process),
                         process.trigger.empty() ? "not set" : escape_markdown(process.trigger),
                         frequency_name(process.frequency), layer_name(process.layer),
                         join_or(tools, "none")));
}

std::string suppliers_of(const ReportContext& context, Book& book, std::size_t p,
                         const Ref& input) {
  std::vector<std::string> suppliers;
  for (const Handoffs::Use& producer : context.handoffs.producers(input.id)) {
    if (producer.process != p) {
      suppliers.push_back(context.process_link(book, producer.process));
    }
  }
  if (context.handoffs.is_external_input(input.id)) {
    suppliers.emplace_back("outside the business");
  }
  return join_or(suppliers,
                 context.handoffs.producers(input.id).empty() ? "**missing**" : "itself");
}

std::string customers_of(const ReportContext& context, Book& book, std::size_t p,
                         const Ref& output) {
  std::vector<std::string> customers;
  for (const Handoffs::Use& consumer : context.handoffs.consumers(output.id)) {
    if (consumer.process != p) {
      customers.push_back(context.process_link(book, consumer.process));
    }
  }
  for (std::size_t s : context.outcome_of(output.id)) {
    customers.push_back("outcome of " + context.system_link(book, s));
  }
  if (context.handoffs.is_external_output(output.id)) {
    customers.emplace_back("outside the business");
  }
  return join_or(customers,
                 context.handoffs.consumers(output.id).empty() ? "**missing**" : "itself");
}

void write_sipoc(const ReportContext& context, Book& book, std::size_t p) {
  const Process& process = context.model.processes[p];
  book.section("SIPOC");
  if (process.inputs.empty() && process.outputs.empty()) {
    book.block("No inputs or outputs declared.");
    return;
  }
  Rows rows;
  for (std::size_t i = 0; i < std::max(process.inputs.size(), process.outputs.size()); ++i) {
    std::vector<std::string> row(4);
    if (i < process.inputs.size()) {
      row[0] = suppliers_of(context, book, p, process.inputs[i]);
      row[1] = context.data_link(book, process.inputs[i].id);
    }
    if (i < process.outputs.size()) {
      row[2] = context.data_link(book, process.outputs[i].id);
      row[3] = customers_of(context, book, p, process.outputs[i]);
    }
    rows.push_back(std::move(row));
  }
  book.block(markdown_table({"Suppliers", "Inputs", "Outputs", "Customers"}, rows));
}

std::string duration_text(const std::optional<Duration>& duration) {
  if (!duration) {
    return "not set";
  }
  std::uint32_t n = duration->amount;
  switch (duration->unit) {
  case 'h':
    return fmt::format("{} h", n);
  case 'd':
    return fmt::format("{} day{}", n, n == 1 ? "" : "s");
  case 'w':
    return fmt::format("{} week{}", n, n == 1 ? "" : "s");
  default:
    return fmt::format("{} min", n);
  }
}

std::string_view automation_name(Automation automation) {
  return name_of<Automation>(automation, automation_names);
}

void write_steps(const ReportContext& context, Book& book, const Process& process) {
  book.section("Steps");
  if (process.steps.empty()) {
    book.block("No steps written down yet.");
    return;
  }
  Rows rows;
  for (std::size_t i = 0; i < process.steps.size(); ++i) {
    const Step& step = process.steps[i];
    std::string who = step.by ? escape_markdown(context.names.role(step.by->id))
                              : context.owner_name(process) + " (owner)";
    rows.push_back({std::to_string(i + 1), escape_markdown(step.action), who,
                    step.tool ? escape_markdown(context.names.tool(step.tool->id)) : "none",
                    duration_text(step.duration), std::string(automation_name(step.automation))});
  }
  book.block(markdown_table({"#", "Step", "Who", "Tool", "Duration", "Automation"}, rows));
}

void add_what_ifs(const std::vector<WhatIf>& what_ifs, const std::string& where, Rows& rows) {
  for (const WhatIf& what_if : what_ifs) {
    rows.push_back({where, escape_markdown(what_if.condition), escape_markdown(what_if.response)});
  }
}

void write_what_ifs(Book& book, const Process& process) {
  book.section("What-ifs");
  Rows rows;
  add_what_ifs(process.what_ifs, "the whole process", rows);
  for (std::size_t i = 0; i < process.steps.size(); ++i) {
    add_what_ifs(process.steps[i].what_ifs, fmt::format("step {}", i + 1), rows);
  }
  book.block(rows.empty() ? "None written down yet: what should happen when this goes wrong?"
                          : markdown_table({"Applies to", "If", "Then"}, rows));
}

void write_findings(const ReportContext& context, Book& book, std::size_t p) {
  book.section("Findings");
  Rows rows;
  for (std::size_t f : context.process_findings[p]) {
    const Diagnostic& d = context.findings[f];
    rows.push_back({escape_markdown(fmt::format("{}:{}:{}", context.model.files[d.at.file].path,
                                                d.at.line, d.at.column)),
                    std::string(to_string(d.severity)), escape_markdown(d.rule),
                    escape_markdown(d.message)});
  }
  book.block(rows.empty() ? "No open findings in this process's lines."
                          : markdown_table({"Where", "Severity", "Rule", "Message"}, rows));
}

} // namespace

void write_process_page(const ReportContext& context, Book& book, std::size_t p) {
  const Process& process = context.model.processes[p];
  book.begin_page(ReportContext::process_path(context.model, p), context.process_title(p),
                  ReportContext::process_key(p));
  if (!process.description.empty()) {
    book.block(escape_markdown(process.description));
  }
  write_facts(context, book, p);
  write_sipoc(context, book, p);
  write_steps(context, book, process);
  write_what_ifs(book, process);
  write_findings(context, book, p);
}

} // namespace bizmap
