#include "model/system_tree.hpp"
#include "output/markdown.hpp"
#include "report/key_facts.hpp"
#include "report/pages.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

using Rows = std::vector<std::vector<std::string>>;

std::string manager_line(const ReportContext& context, Book& book, std::size_t s) {
  const System& system = context.model.systems[s];
  if (system.manager) {
    return escape_markdown(context.names.role(system.manager->id));
  }
  const std::optional<Ref>& inherited = context.handoffs.manager_of(s);
  if (!inherited) {
    return context.for_staff() ? "" : "not set";
  }
  std::optional<std::size_t> from = system.parent;
  while (from && !context.model.systems[*from].manager) {
    from = context.model.systems[*from].parent;
  }
  return fmt::format("{} (inherited from {})", escape_markdown(context.names.role(inherited->id)),
                     context.system_link(book, *from));
}

// The placeholder an author sees for a key the system does not set.
std::string_view placeholder(std::string_view key) {
  return key == "goal" ? "not set" : "none";
}

// Every key of a system from the loader's field table, so that a key the
// format gains shows here without a line of this file; the id, the name and
// the systems and processes it holds have places of their own on the page.
void write_facts(const ReportContext& context, Book& book, std::size_t s) {
  const System& system = context.model.systems[s];
  Facts facts(context.for_staff());
  facts.add("Where it sits", context.breadcrumb(book, system.parent));
  for (const ElementKey<System>& key : element_keys<System>()) {
    if (key.key == "id" || key.key == "name" || key.key == "systems" || key.key == "processes" ||
        key.show == nullptr) {
      continue;
    }
    std::string label = fact_label(key);
    if (key.key == "manager") { // or the manager it inherits
      facts.add(label, manager_line(context, book, s), "not set");
    } else {
      facts.add(label, key_fact_value(context, book, key.format, key.show(system)),
                placeholder(key.key));
    }
  }
  book.block(facts.text());
}

void write_subsystems(const ReportContext& context, Book& book, std::size_t s) {
  if (context.model.systems[s].subsystems.empty()) {
    return;
  }
  book.section("Subsystems");
  std::string list;
  for (std::size_t sub : context.systems_in_order(s)) {
    const std::string& goal = context.model.systems[sub].goal;
    std::string shown =
        goal.empty() ? (context.for_staff() ? "" : "no goal set") : escape_markdown(goal);
    list +=
        fmt::format("- {}{}\n", context.system_link(book, sub), shown.empty() ? "" : ": " + shown);
  }
  list.pop_back();
  book.block(list);
}

void write_processes(const ReportContext& context, Book& book, const System& system) {
  book.section("Processes");
  if (system.processes.empty()) {
    book.block("No processes of its own; see its subsystems.");
    return;
  }
  Rows rows;
  for (std::size_t p : system.processes) {
    const Process& process = context.model.processes[p];
    std::string placeholder = context.for_staff() ? "" : "not set";
    rows.push_back({context.process_link(book, p),
                    process.owner ? context.role_link(book, process.owner->id) : placeholder,
                    process.trigger.empty() ? placeholder : escape_markdown(process.trigger),
                    process.frequency == Frequency::unspecified
                        ? placeholder
                        : std::string(frequency_name(process.frequency)),
                    std::to_string(process.steps.size())});
  }
  book.block(markdown_table({"Process", "Owner", "Trigger", "Frequency", "Steps"}, rows));
}

// Work that enters the system: inputs of its processes that come from
// processes outside it, from outside the business, or from nowhere.
Rows handoffs_in(const ReportContext& context, Book& book, std::size_t s) {
  Rows rows;
  for (std::size_t c : processes_within(context.model, s)) {
    for (const Ref& input : context.model.processes[c].inputs) {
      auto producers = context.handoffs.producers(input.id);
      for (const Handoffs::Use& producer : producers) {
        if (!process_within(context.model, producer.process, s)) {
          rows.push_back({context.data_link(book, input.id),
                          context.process_link(book, producer.process),
                          context.process_link(book, c)});
        }
      }
      bool supplied = context.handoffs.is_supplied(input.id);
      if (context.handoffs.is_external_input(input.id) || (!supplied && !context.for_staff())) {
        rows.push_back({context.data_link(book, input.id),
                        supplied ? "outside the business" : "**missing**: no process produces it",
                        context.process_link(book, c)});
      }
    }
  }
  return rows;
}

// Work that leaves the system: outputs of its processes used outside it,
// delivered outside the business, or used by nothing.
Rows handoffs_out(const ReportContext& context, Book& book, std::size_t s) {
  Rows rows;
  for (std::size_t p : processes_within(context.model, s)) {
    for (const Ref& output : context.model.processes[p].outputs) {
      auto consumers = context.handoffs.consumers(output.id);
      for (const Handoffs::Use& consumer : consumers) {
        if (!process_within(context.model, consumer.process, s)) {
          rows.push_back({context.data_link(book, output.id), context.process_link(book, p),
                          context.process_link(book, consumer.process)});
        }
      }
      bool external = context.handoffs.is_external_output(output.id);
      if (external || (!context.handoffs.is_used(output.id) && !context.for_staff())) {
        rows.push_back({context.data_link(book, output.id), context.process_link(book, p),
                        external ? "outside the business" : "**missing**: nothing uses it"});
      }
    }
  }
  return rows;
}

void write_handoffs(const ReportContext& context, Book& book, std::size_t s) {
  book.section("Handoffs in");
  Rows in = handoffs_in(context, book, s);
  book.block(in.empty() ? "Nothing comes in from outside this system."
                        : markdown_table({"Data", "From", "To"}, in));
  book.section("Handoffs out");
  Rows out = handoffs_out(context, book, s);
  book.block(out.empty() ? "Nothing leaves this system."
                         : markdown_table({"Data", "From", "To"}, out));
}

// The value streams whose chain has a process in this system.
void write_value_streams(const ReportContext& context, Book& book, std::size_t s) {
  book.section("Value streams");
  std::vector<std::string> streams;
  for (std::size_t v : context.value_streams.through_system[s]) {
    const std::string& id = context.value_streams.streams[v].data->id;
    streams.push_back(
        book.link(escape_markdown(context.data_title(id)), ReportContext::stream_key(id)));
  }
  std::string text = streams.empty() ? "No value stream passes through this system."
                                     : fmt::format("Work here feeds: {}.", join_or(streams, ""));
  if (std::size_t too_long = context.value_streams.too_long) {
    text += fmt::format(" {} longer value stream{} may pass through it too; see {}.", too_long,
                        too_long == 1 ? "" : "s",
                        book.link("Value streams", std::string(value_streams_key)));
  }
  book.block(text);
}

} // namespace

void write_system_page(const ReportContext& context, Book& book, std::size_t s) {
  const System& system = context.model.systems[s];
  book.begin_page(ReportContext::system_path(context.model, s), context.system_title(s),
                  ReportContext::system_key(s));
  write_facts(context, book, s);
  write_subsystems(context, book, s);
  write_processes(context, book, system);
  if (!context.for_staff()) {
    book.section("Health check");
    write_health(context, context.health.system(s), book);
  }
  write_handoffs(context, book, s);
  write_value_streams(context, book, s);
  book.section("Diagram");
  book.block(mermaid_block(context, s));
}

} // namespace bizmap
