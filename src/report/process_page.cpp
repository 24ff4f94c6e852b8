// The standard operating procedure of one process, written for the person
// who does the work; the author's view adds what is missing and the findings.
#include "flow/working_time.hpp"
#include "graph/handoff_graph.hpp"
#include "graph/mermaid_text.hpp"
#include "model/enum_names.hpp"
#include "model/mentions.hpp"
#include "model/quantity_text.hpp"
#include "output/markdown.hpp"
#include "report/key_facts.hpp"
#include "report/notes.hpp"
#include "report/pages.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_map>
#include <unordered_set>

namespace bizmap {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// The tools of the process and of its steps, each once, in order of mention.
std::vector<std::string> tools_used(const ReportContext& context, const Process& process) {
  std::vector<std::string_view> ids;
  std::unordered_set<std::string_view> seen;
  auto add = [&](const Ref& tool) {
    if (seen.insert(tool.id).second) {
      ids.push_back(tool.id);
    }
  };
  std::for_each(process.tools.begin(), process.tools.end(), add);
  for (const Step& step : process.steps) {
    if (step.tool) {
      add(*step.tool);
    }
  }
  std::vector<std::string> names;
  for (std::string_view id : ids) {
    names.push_back(escape_markdown(context.names.tool(id)));
  }
  return names;
}

// Who an input comes from: the processes that produce it, with their owners,
// or outside the business.
std::string suppliers_of(const ReportContext& context, Book& book, std::size_t p,
                         const Ref& input) {
  const Process& process = context.model.processes[p];
  std::vector<std::string> suppliers;
  for (const Handoffs::Use& producer : context.handoffs.producers(input.id)) {
    if (producer.process == p) {
      continue;
    }
    const Process& from = context.model.processes[producer.process];
    // From the same owner it is the reader's own earlier work: no "by" them.
    bool same_owner = from.owner && process.owner && from.owner->id == process.owner->id;
    std::string owner = from.owner && !same_owner ? " by " + context.owner_name(from) : "";
    suppliers.push_back(context.process_link(book, producer.process) + owner);
  }
  if (context.handoffs.is_external_input(input.id)) {
    suppliers.emplace_back("outside the business");
  }
  if (suppliers.empty() && !context.handoffs.producers(input.id).empty()) {
    suppliers.emplace_back("an earlier run of this process");
  }
  if (suppliers.empty() && !context.for_staff()) {
    suppliers.emplace_back("**missing**: no process produces it");
  }
  return join_or(suppliers, "");
}

// Who an output goes to: the processes that use it, with their owners, the
// systems it is an outcome of, or outside the business.
std::string customers_of(const ReportContext& context, Book& book, std::size_t p,
                         const Ref& output) {
  std::vector<std::string> customers;
  for (const Handoffs::Use& consumer : context.handoffs.consumers(output.id)) {
    if (consumer.process == p) {
      continue;
    }
    const Process& to = context.model.processes[consumer.process];
    std::string owner = to.owner ? " by " + context.owner_name(to) : "";
    customers.push_back(context.process_link(book, consumer.process) + owner);
  }
  for (std::size_t s : context.outcome_of(output.id)) {
    customers.push_back("outcome of " + context.system_link(book, s));
  }
  if (context.handoffs.is_external_output(output.id)) {
    customers.emplace_back("outside the business");
  }
  if (customers.empty() && !context.handoffs.consumers(output.id).empty()) {
    customers.emplace_back("the next run of this process");
  }
  if (customers.empty() && !context.for_staff()) {
    customers.emplace_back("**missing**: nothing uses it");
  }
  return join_or(customers, "");
}

bool is_record(const ReportContext& context, std::string_view data) {
  const Definition* item = context.index.references.definition(ElementKind::data, data);
  return item != nullptr && context.model.data[item->element.index].kind == DataKind::record;
}

// Recurring work starts with its period: "Every month, 140 times".
std::string recurring_start(const Process& process) {
  constexpr std::pair<Frequency, std::string_view> periods[] = {
      {Frequency::daily, "Every working day"},     {Frequency::weekly, "Every week"},
      {Frequency::fortnightly, "Every fortnight"}, {Frequency::monthly, "Every month"},
      {Frequency::quarterly, "Every quarter"},     {Frequency::yearly, "Every year"},
  };
  for (auto [frequency, words] : periods) {
    if (process.frequency != frequency) {
      continue;
    }
    std::optional<double> runs = WorkingTime::runs_per_round(process);
    if (runs && *runs != 1) {
      return fmt::format("{}, {} times", words, number_text(*runs));
    }
    if (process.volume && !runs) {
      return fmt::format("{}, about {} times a {}", words, number_text(process.volume->amount),
                         name_of<Volume::Per>(process.volume->per, volume_period_names));
    }
    return std::string(words);
  }
  return {};
}

// Work on demand that the model counts: "When needed, about 30 times a month".
std::string rate_start(const Process& process) {
  if (!process.volume || process.volume->per == Volume::Per::round) {
    return {};
  }
  return fmt::format("When needed, about {} times a {}", number_text(process.volume->amount),
                     name_of<Volume::Per>(process.volume->per, volume_period_names));
}

// The earlier processes of the same owner that hand this one an input: the
// owner reads them as their own work done, not as something received.
std::vector<std::size_t> own_earlier_work(const ReportContext& context, std::size_t p,
                                          const Ref& input) {
  const Process& process = context.model.processes[p];
  std::vector<std::size_t> own;
  for (const Handoffs::Use& producer : context.handoffs.producers(input.id)) {
    const Process& from = context.model.processes[producer.process];
    if (producer.process != p && process.owner && from.owner &&
        from.owner->id == process.owner->id) {
      own.push_back(producer.process);
    }
  }
  return own;
}

std::string joined_words(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    text += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  }
  return text;
}

// What starts the process: its trigger; else, for recurring work, its period
// and volume; else the inputs that come from someone else (records, standing
// information, start nothing), and the owner's own earlier work; else the
// rate of work on demand.
std::string start_text(const ReportContext& context, Book& book, std::size_t p) {
  const Process& process = context.model.processes[p];
  if (!process.trigger.empty()) {
    return escape_markdown(process.trigger);
  }
  if (std::string recurring = recurring_start(process); !recurring.empty()) {
    return recurring;
  }
  std::vector<std::string> arrivals;
  std::vector<std::string> done;
  for (const Ref& input : process.inputs) {
    if (is_record(context, input.id)) {
      continue;
    }
    std::vector<std::size_t> own = own_earlier_work(context, p, input);
    for (std::size_t earlier : own) {
      done.push_back(context.process_link(book, earlier));
    }
    if (own.empty()) {
      std::string from = suppliers_of(context, book, p, input);
      arrivals.push_back(context.data_link(book, input.id) + (from.empty() ? "" : " from " + from));
    }
  }
  std::string text = arrivals.empty() ? "" : "When it receives " + joined_words(arrivals);
  if (!done.empty()) {
    text += (text.empty() ? "After you have finished " : ", after you have finished ") +
            joined_words(done);
  }
  if (text.empty()) {
    text = rate_start(process);
  }
  return text.empty() && !context.for_staff() ? "not set" : text;
}

std::string hands_on_fact(const ReportContext& context, const Process& process) {
  HandsOnPerRun time = hands_on_per_run(process, context.workload.time());
  if (time.timed == 0) {
    return context.for_staff() || process.steps.empty() ? "" : "not set: no step has a duration";
  }
  std::string text = working_time_words(time.minutes, context.workload.time());
  if (time.untimed > 0 && !context.for_staff()) {
    text +=
        fmt::format(" ({} step{} without a duration)", time.untimed, time.untimed == 1 ? "" : "s");
  }
  return text;
}

// What a fact of a process page is written from, and the list it goes in.
struct FactInputs {
  const ReportContext& context;
  Book& book;
  std::size_t p;
  Facts& facts;
};

// A key a process page renders in a way of its own, given the key's label.
using KeyRendering = void (*)(const FactInputs&, std::string_view label);

void owner_fact(const FactInputs& in, std::string_view label) {
  const Process& process = in.context.model.processes[in.p];
  in.facts.add(label, process.owner ? in.context.role_link(in.book, process.owner->id) : "",
               "not set");
}

void starts_fact(const FactInputs& in, std::string_view label) {
  in.facts.add(label, start_text(in.context, in.book, in.p));
}

void tools_fact(const FactInputs& in, std::string_view label) {
  in.facts.add(label, join_or(tools_used(in.context, in.context.model.processes[in.p]), ""),
               "none");
}

void hands_on_time_fact(const FactInputs& in, std::string_view) {
  in.facts.add("Hands-on time", hands_on_fact(in.context, in.context.model.processes[in.p]));
}

void review_fact(const FactInputs& in, std::string_view) {
  in.facts.add("Review", review_line(in.context, in.context.model.processes[in.p]), "not set");
}

void shown_elsewhere(const FactInputs&, std::string_view) {}

struct OwnRendering {
  std::string_view key;
  KeyRendering write;
};

// The keys whose fact is derived or linked, or that the page shows outside
// the facts list. Every other key that is set gets the line "Label: value"
// from the loader's field table, in the order of the format: a key the
// format gains shows here without a line of this file.
constexpr OwnRendering own_renderings[] = {
    {"id", shown_elsewhere},           // the page's address
    {"name", shown_elsewhere},         // the page's title
    {"description", shown_elsewhere},  // the paragraph under the title
    {"owner", owner_fact},             // "not set" for authors
    {"layer", shown_elsewhere},        // the last fact, for authors only
    {"trigger", starts_fact},          // else the arrival of the inputs
    {"inputs", shown_elsewhere},       // What you receive
    {"outputs", shown_elsewhere},      // What you hand over
    {"tools", tools_fact},             // with the tools of the steps
    {"steps", hands_on_time_fact},     // and the Steps section
    {"what_ifs", shown_elsewhere},     // If something goes wrong
    {"reviewed", review_fact},         // one line with the cadence
    {"review_every", shown_elsewhere}, // in the review line
};

const OwnRendering* own_rendering(std::string_view key) {
  for (const OwnRendering& own : own_renderings) {
    if (own.key == key) {
      return &own;
    }
  }
  return nullptr;
}

void write_facts(const ReportContext& context, Book& book, std::size_t p) {
  const Process& process = context.model.processes[p];
  bool staff = context.for_staff();
  Facts facts(staff);
  facts.add("Where it sits", context.breadcrumb(book, process.system));
  FactInputs inputs{context, book, p, facts};
  std::string layer_label = "Layer";
  for (const ElementKey<Process>& key : element_keys<Process>()) {
    std::string label = fact_label(key);
    if (key.key == "layer") {
      layer_label = label;
    }
    if (const OwnRendering* own = own_rendering(key.key)) {
      own->write(inputs, label);
    } else if (key.show != nullptr) {
      facts.add(label, key_fact_value(context, book, key.format, key.show(process)),
                key_fact_placeholder(key.format));
    }
  }
  if (!staff) {
    facts.add(layer_label, layer_name(process.layer));
  }
  book.block(facts.text());
}

void write_handoffs(const ReportContext& context, Book& book, std::size_t p) {
  const Process& process = context.model.processes[p];
  Rows received;
  for (const Ref& input : process.inputs) {
    received.push_back({context.data_link(book, input.id), suppliers_of(context, book, p, input)});
  }
  Rows handed_over;
  for (const Ref& output : process.outputs) {
    handed_over.push_back(
        {context.data_link(book, output.id), customers_of(context, book, p, output)});
  }
  if (!received.empty() || !context.for_staff()) {
    book.section("What you receive");
    book.block(received.empty() ? "Nothing: the trigger starts it."
                                : markdown_table({"What", "From"}, received));
  }
  if (!handed_over.empty() || !context.for_staff()) {
    book.section("What you hand over");
    book.block(handed_over.empty() ? "Nothing is handed over."
                                   : markdown_table({"What", "To"}, handed_over));
  }
}

// What escape_markdown collapses into one space.
bool is_blank(char c) {
  return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F;
}

// A what-if's `then`, with the processes it names in backticks linked.
std::string response_text(const ReportContext& context, Book& book, const WhatIf& what_if) {
  std::string_view then = what_if.response;
  std::vector<Mention> mentions = process_mentions(then);
  // The text around the mentions is escaped piece by piece, keeping the one
  // space that separates a piece from a link.
  std::string text;
  std::size_t at = 0;
  auto add_piece = [&](std::string_view piece) {
    if (!text.empty() && !piece.empty() && is_blank(piece.front())) {
      text += ' ';
    }
    text += escape_markdown(piece);
    if (!piece.empty() && is_blank(piece.back()) && !text.empty() && text.back() != ' ') {
      text += ' ';
    }
  };
  for (const Mention& mention : mentions) {
    add_piece(then.substr(at, mention.offset - 1 - at));
    std::string_view id = then.substr(mention.offset, mention.length);
    const Definition* target = context.index.references.definition(ElementKind::process, id);
    text += target != nullptr ? context.process_link(book, target->element.index)
                              : fmt::format("`{}`", id);
    at = mention.offset + mention.length + 1;
  }
  add_piece(then.substr(at));
  while (!text.empty() && text.back() == ' ') {
    text.pop_back();
  }
  return text;
}

// The condition as its author wrote it: re-casing its first word would
// break a name or a German noun ("Belege kommen zu spät").
std::string condition_text(std::string_view condition) {
  return escape_markdown(condition);
}

std::string what_if_list(const ReportContext& context, Book& book,
                         const std::vector<WhatIf>& what_ifs, std::size_t indent) {
  std::string list;
  for (const WhatIf& what_if : what_ifs) {
    std::string condition = condition_text(what_if.condition);
    std::string response = response_text(context, book, what_if);
    list += fmt::format("{}{}- **{}:** {}", list.empty() ? "" : "\n", std::string(indent, ' '),
                        condition.empty() ? "Something else goes wrong" : condition,
                        response.empty() ? "(no response written down)" : response);
  }
  return list;
}

std::string duration_words(const ReportContext& context, const Duration& duration) {
  const WorkingTime& time = context.workload.time();
  return working_time_words(working_minutes(duration, time), time);
}

// The keys of a step whose detail is a rendering of its own, or that the
// step's item shows outside its line of details.
constexpr std::string_view own_step_details[] = {
    "do",         // the item's text
    "by",         // only when not the process's owner
    "duration",   // in working time, "not set" for authors
    "automation", // a word, only when not manual
    "notes",      // a block of its own
    "links",      // a line of its own
    "what_ifs",   // a list of its own
};

// A step's details in one line, in the order of the format: every key that
// is set and has no rendering of its own reads "Label: value", so that a key
// the format gains shows here without a line of this function.
std::string step_details(const ReportContext& context, Book& book, const Process& process,
                         const Step& step) {
  std::vector<std::string> details;
  for (const ElementKey<Step>& key : element_keys<Step>()) {
    std::string label = fact_label(key);
    if (key.key == "by") {
      if (step.by && (!process.owner || process.owner->id != step.by->id)) {
        details.push_back(label + ": " + context.role_link(book, step.by->id));
      }
    } else if (key.key == "duration") {
      if (step.duration) {
        details.push_back(label + ": " + duration_words(context, *step.duration));
      } else if (!context.for_staff()) {
        details.push_back(label + ": not set");
      }
    } else if (key.key == "automation") {
      if (step.automation == Automation::automated) {
        details.emplace_back("Automated");
      } else if (step.automation == Automation::delegated) {
        details.emplace_back("Delegated");
      }
    } else if (key.show != nullptr &&
               std::find(std::begin(own_step_details), std::end(own_step_details), key.key) ==
                   std::end(own_step_details)) {
      std::string value = key_fact_value(context, book, key.format, key.show(step));
      if (!value.empty()) {
        details.push_back(label.append(": ").append(value));
      }
    }
  }
  std::string line;
  for (const std::string& detail : details) {
    line += (line.empty() ? "" : " · ") + detail;
  }
  return line;
}

std::string step_item(const ReportContext& context, Book& book, const Process& process,
                      std::size_t s) {
  const Step& step = process.steps[s];
  std::string marker = fmt::format("{}. ", s + 1);
  std::string indent(marker.size(), ' ');
  std::string action = escape_markdown(step.action);
  std::string item = marker + (action.empty() ? "(no action written down)" : action);
  auto add = [&item](const std::string& block) {
    if (!block.empty()) {
      item += "\n\n" + block;
    }
  };
  std::string details = step_details(context, book, process, step);
  add(details.empty() ? "" : indent + details);
  add(StepNotes(step.notes).markdown(indent.size()));
  std::vector<std::string> links;
  for (const Link& link : step.links) {
    links.push_back(web_link(link.title, link.url));
  }
  add(links.empty() ? "" : indent + "Links: " + join_or(links, ""));
  add(what_if_list(context, book, step.what_ifs, indent.size()));
  return item;
}

void write_steps(const ReportContext& context, Book& book, const Process& process) {
  if (process.steps.empty()) {
    if (!context.for_staff()) {
      book.section("Steps");
      book.block("No steps written down yet.");
    }
    return;
  }
  book.section("Steps");
  for (std::size_t s = 0; s < process.steps.size(); ++s) {
    book.block(step_item(context, book, process, s));
  }
}

// One lane per role that performs steps, in order of their first step.
void write_swimlanes(const ReportContext& context, Book& book, const Process& process) {
  std::vector<std::string_view> lanes;
  std::vector<std::vector<std::size_t>> steps_of_lane;
  std::unordered_map<std::string_view, std::size_t> lane_of_role;
  for (std::size_t s = 0; s < process.steps.size(); ++s) {
    const std::optional<Ref>& by = performer(process, process.steps[s]);
    std::string_view role = by ? std::string_view(by->id) : std::string_view();
    auto [lane, added] = lane_of_role.try_emplace(role, lanes.size());
    if (added) {
      lanes.push_back(role);
      steps_of_lane.emplace_back();
    }
    steps_of_lane[lane->second].push_back(s);
  }
  if (lanes.size() < 2) {
    return;
  }
  std::string diagram = "```mermaid\nflowchart LR\n";
  for (std::size_t lane = 0; lane < lanes.size(); ++lane) {
    std::string name = lanes[lane].empty() ? "Not assigned" : context.names.role(lanes[lane]);
    diagram += fmt::format("  subgraph lane{}[{}]\n    direction LR\n", lane, mermaid_label(name));
    for (std::size_t s : steps_of_lane[lane]) {
      diagram += fmt::format("    step{}[{}]\n", s + 1,
                             mermaid_label(fmt::format("{}: {}", s + 1, process.steps[s].action)));
    }
    diagram += "  end\n";
  }
  for (std::size_t s = 1; s < process.steps.size(); ++s) {
    diagram += fmt::format("  step{} --> step{}\n", s, s + 1);
  }
  book.section("Who does what");
  book.block(diagram + "```");
}

void write_what_ifs(const ReportContext& context, Book& book, const Process& process) {
  bool any_step = std::any_of(process.steps.begin(), process.steps.end(),
                              [](const Step& step) { return !step.what_ifs.empty(); });
  if (process.what_ifs.empty() && (context.for_staff() || any_step)) {
    return;
  }
  book.section("If something goes wrong");
  book.block(process.what_ifs.empty()
                 ? "None written down yet: what should happen when this goes wrong?"
                 : what_if_list(context, book, process.what_ifs, 0));
}

void write_findings(const ReportContext& context, Book& book, std::size_t p) {
  book.section("Findings");
  Rows rows;
  for (std::size_t f : context.findings_of(p)) {
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
  write_handoffs(context, book, p);
  write_steps(context, book, process);
  write_swimlanes(context, book, process);
  write_what_ifs(context, book, process);
  if (!context.for_staff()) {
    write_findings(context, book, p);
  }
}

} // namespace bizmap
