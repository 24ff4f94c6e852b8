// The keys of every element of the model format and how each is read.
#include "load/quantities.hpp"
#include "load/schema_reader.hpp"
#include "model/enum_names.hpp"
#include "model/mentions.hpp"
#include "model/review.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fmt/format.h>
#include <tuple>

namespace bizmap {
namespace {

using yaml::Node;

template <class E, std::string E::*member>
void as_text(SchemaReader& reader, const Node& key, const Node& value, E& element) {
  if (std::optional<std::string> text = reader.text(value, key.text())) {
    element.*member = std::move(*text);
  }
}

template <class E, std::optional<Ref> E::*member>
void as_reference(SchemaReader& reader, const Node& key, const Node& value, E& element) {
  element.*member = reader.reference(value, key.text());
}

template <class E, std::vector<Ref> E::*member>
void as_references(SchemaReader& reader, const Node& key, const Node& value, E& element) {
  element.*member = reader.references(value, key.text());
}

template <class E, Ref E::*member>
void as_id(SchemaReader& reader, const Node&, const Node& value, E& element) {
  if (std::optional<Ref> id = reader.id(value)) {
    element.*member = std::move(*id);
  }
}

template <class E> void read_later(SchemaReader&, const Node&, const Node&, E&) {}

// --- how each key's value shows after loading (diff, hovers) --------------

ShownItem shown_item(std::string text, std::optional<Location> at = std::nullopt) {
  std::string match = text;
  return {std::move(text), std::move(match), at, {}};
}

template <class E, std::string E::*member> ShownValue shown_text(const E& element) {
  const std::string& text = element.*member;
  return text.empty() ? ShownValue{} : ShownValue{shown_item(text)};
}

template <class E, Ref E::*member> ShownValue shown_id(const E& element) {
  return {shown_item((element.*member).id, (element.*member).at)};
}

template <class E, std::optional<Ref> E::*member> ShownValue shown_reference(const E& element) {
  const std::optional<Ref>& ref = element.*member;
  return ref ? ShownValue{shown_item(ref->id, ref->at)} : ShownValue{};
}

template <class E, std::vector<Ref> E::*member> ShownValue shown_references(const E& element) {
  ShownValue value;
  for (const Ref& ref : element.*member) {
    value.push_back(shown_item(ref.id, ref.at));
  }
  return value;
}

template <class E, std::vector<std::string> E::*member> ShownValue shown_texts(const E& element) {
  ShownValue value;
  for (const std::string& text : element.*member) {
    value.push_back(shown_item(text));
  }
  return value;
}

// A choice left out shows as nothing: the table has no word for it.
template <class E, class Enum, Enum E::*member, const auto& names>
ShownValue shown_choice(const E& element) {
  std::string_view word = name_of<Enum>(element.*member, names);
  return word.empty() ? ShownValue{} : ShownValue{shown_item(std::string(word))};
}

template <class E, std::optional<ReviewCadence> E::*member>
ShownValue shown_cadence(const E& element) {
  const std::optional<ReviewCadence>& cadence = element.*member;
  if (!cadence) {
    return {};
  }
  constexpr std::string_view units[] = {"w", "mo", "y"};
  return {shown_item(fmt::format("{}{}", cadence->amount, units[static_cast<int>(cadence->unit)]),
                     cadence->at)};
}

// An element of a list: one line, what it is matched by, and its other keys.
template <class E>
ShownItem shown_element(const E& element, std::string text, std::string_view by) {
  std::string match;
  for (const ElementKey<E>& key : element_keys<E>()) {
    if (key.key == by && key.show != nullptr) {
      ShownValue value = key.show(element);
      match = value.empty() ? std::string() : std::move(value.front().text);
    }
  }
  return {std::move(text), std::move(match), element.at, shown_fields(element, by)};
}

// --- what the format says about each key (docs/model.md) -------------------

constexpr FieldFormat text(std::string_view description) {
  return {.kind = ValueKind::text, .description = description};
}
constexpr FieldFormat required_text(std::string_view description) {
  return {.kind = ValueKind::text, .description = description, .required = true};
}
constexpr FieldFormat own_id(std::string_view description) {
  return {.kind = ValueKind::id, .description = description, .required = true};
}
constexpr FieldFormat reference_to(ElementKind kind, std::string_view description) {
  return {.kind = ValueKind::reference, .description = description, .names = kind};
}
constexpr FieldFormat references_to(ElementKind kind, std::string_view description) {
  return {.kind = ValueKind::references, .description = description, .names = kind};
}
constexpr FieldFormat texts(std::string_view description) {
  return {.kind = ValueKind::texts, .description = description};
}
constexpr FieldFormat choice(std::span<const std::string_view> words,
                             std::string_view description) {
  return {.kind = ValueKind::choice, .description = description, .choices = words};
}
constexpr FieldFormat element(std::string_view name, std::string_view description) {
  return {.kind = ValueKind::element, .description = description, .element = name};
}
constexpr FieldFormat elements(std::string_view name, std::string_view description) {
  return {.kind = ValueKind::elements, .description = description, .element = name};
}

template <class E, std::optional<ReviewCadence> E::*member>
void as_cadence(SchemaReader& reader, const Node& key, const Node& value, E& element) {
  std::optional<std::string> text = reader.text(value, key.text());
  if (!text) {
    return;
  }
  element.*member = parse_cadence(*text);
  if (!(element.*member)) {
    reader.report(rules::invalid_value, value.at,
                  fmt::format("review cadence '{}' is not a whole number above zero followed by "
                              "w, mo or y (like '6mo' or '1y')",
                              *text));
    return;
  }
  (element.*member)->at = value.at;
}

// --- what-ifs ---------------------------------------------------------------

// Where the text at byte `offset` of a scalar stands in the file: exact for a
// scalar written on one line as it reads (plain, or quoted without escapes),
// otherwise the whole scalar.
Location place_in_scalar(const Node& value, std::size_t offset, std::size_t length) {
  std::string_view text = value.text();
  std::uint32_t characters = static_cast<std::uint32_t>(count_characters(text));
  std::uint32_t quotes = value.quoted ? 2 : 0;
  if (text.find('\n') != std::string_view::npos || value.at.length != characters + quotes) {
    return value.at;
  }
  Location at = value.at;
  at.column += static_cast<std::uint32_t>(count_characters(text.substr(0, offset))) + quotes / 2;
  at.length = static_cast<std::uint32_t>(count_characters(text.substr(offset, length)));
  return at;
}

// The process ids a `then` names in backticks, each with its place.
std::vector<Ref> named_processes(const Node& value) {
  std::vector<Ref> processes;
  std::string_view text = value.text();
  for (const Mention& mention : process_mentions(text)) {
    processes.push_back({std::string(text.substr(mention.offset, mention.length)),
                         place_in_scalar(value, mention.offset, mention.length)});
  }
  return processes;
}

void read_response(SchemaReader& reader, const Node& key, const Node& value, WhatIf& what_if) {
  if (std::optional<std::string> text = reader.text(value, key.text())) {
    what_if.response = std::move(*text);
    what_if.processes = named_processes(value);
  }
}

constexpr Field<WhatIf> what_if_fields[] = {
    {"if", as_text<WhatIf, &WhatIf::condition>, text("The situation that goes wrong."),
     shown_text<WhatIf, &WhatIf::condition>},
    {"then", read_response, text("What to do about it."), shown_text<WhatIf, &WhatIf::response>},
};

std::vector<WhatIf> read_what_ifs(SchemaReader& reader, const Node& value) {
  std::vector<WhatIf> what_ifs;
  for (const Node* item : reader.list(value, "what_ifs", Items::maps)) {
    if (reader.expect_map(*item, "a what-if")) {
      WhatIf& what_if = what_ifs.emplace_back();
      what_if.at = item->at;
      read_fields<WhatIf>(reader, *item, what_if_fields, what_if, "a what-if");
    }
  }
  return what_ifs;
}

template <class E, std::vector<WhatIf> E::*member>
void as_what_ifs(SchemaReader& reader, const Node&, const Node& value, E& element) {
  element.*member = read_what_ifs(reader, value);
}

template <class E, std::vector<WhatIf> E::*member> ShownValue shown_what_ifs(const E& element) {
  ShownValue value;
  for (const WhatIf& what_if : element.*member) {
    value.push_back(shown_element(
        what_if, fmt::format("if {}: {}", what_if.condition, what_if.response), "if"));
  }
  return value;
}

// --- steps ------------------------------------------------------------------

template <class E, std::optional<Duration> E::*member>
void as_duration(SchemaReader& reader, const Node& key, const Node& value, E& element) {
  element.*member = read_duration_value(reader, value, key.text());
}

template <class E, std::optional<Duration> E::*member> ShownValue shown_duration(const E& element) {
  const std::optional<Duration>& duration = element.*member;
  return duration ? ShownValue{shown_item(duration_text(*duration))} : ShownValue{};
}

void read_step_share(SchemaReader& reader, const Node& key, const Node& value, Step& step) {
  if (std::optional<double> share = read_number(reader, value, key.text(), {0, 10000, true})) {
    step.share = static_cast<std::uint32_t>(*share);
  }
}

ShownValue shown_step_share(const Step& step) {
  return step.share ? ShownValue{shown_item(fmt::format("{}", *step.share))} : ShownValue{};
}

// 'automation: yes' answers whether the step is automated.
std::optional<Automation> yes_or_no(const Node& value) {
  if (!value.is_scalar() || value.quoted) {
    return std::nullopt;
  }
  std::string word(value.text());
  std::transform(word.begin(), word.end(), word.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  if (word == "yes" || word == "true" || word == "on" || word == "y") {
    return Automation::automated;
  }
  if (word == "no" || word == "false" || word == "off" || word == "n") {
    return Automation::manual;
  }
  return std::nullopt;
}

void read_automation(SchemaReader& reader, const Node& key, const Node& value, Step& step) {
  if (std::optional<Automation> answer = yes_or_no(value)) {
    std::string_view meant = *answer == Automation::automated ? "automated" : "manual";
    reader.report(rules::invalid_value, value.at,
                  fmt::format("'{}' answers yes or no, but automation says who does the step: "
                              "manual (a person), automated (a machine or software), "
                              "delegated (someone outside the business) or stays-manual (a "
                              "person, by decision); did you mean '{}'? "
                              "bizmap reads it as '{}'",
                              value.text(), meant, meant),
                  std::string(meant));
    step.automation = *answer;
    return;
  }
  step.automation =
      reader.choice<Automation>(value, key.text(), automation_names).value_or(Automation::manual);
}

void check_address(SchemaReader& reader, const Node& value, Link& link) {
  if (!is_web_address(link.url)) {
    reader.report(rules::invalid_value, value.at,
                  fmt::format("link '{}' is not a web address: write it in full, starting with "
                              "https://, http://, mailto: or tel:",
                              link.url));
    link.url.clear();
  }
}

constexpr Field<Link> link_fields[] = {
    {"title", as_text<Link, &Link::title>, text("What the link is called on the page."),
     shown_text<Link, &Link::title>},
    {"url",
     [](SchemaReader& r, const Node& k, const Node& v, Link& link) {
       link.url = r.text(v, k.text()).value_or("");
       check_address(r, v, link);
     },
     required_text("The address, starting with `https://`, `http://`, `mailto:` or `tel:`."),
     shown_text<Link, &Link::url>},
};

std::optional<Link> read_link(SchemaReader& reader, const Node& item) {
  Link link;
  link.at = item.at;
  if (item.is_map()) {
    read_fields<Link>(reader, item, link_fields, link, "a link");
    bool has_url = false;
    for (std::size_t i = 0; i < item.map_size(); ++i) {
      has_url = has_url || (item.key(i).text() == "url" && !yaml::is_null_scalar(item.value(i)));
    }
    if (!has_url) {
      reader.report_missing(item.at, "a link", "url");
    }
  } else if (std::optional<std::string> url = reader.item_text(item, "links")) {
    link.url = std::move(*url);
    check_address(reader, item, link);
  }
  return link.url.empty() ? std::nullopt : std::optional(std::move(link));
}

void read_links(SchemaReader& reader, const Node& key, const Node& value, Step& step) {
  for (const Node* item : reader.list(value, key.text(), Items::values_or_maps)) {
    if (std::optional<Link> link = read_link(reader, *item)) {
      step.links.push_back(std::move(*link));
    }
  }
}

ShownValue shown_links(const Step& step) {
  ShownValue value;
  for (const Link& link : step.links) {
    std::string text = link.title.empty() ? link.url : fmt::format("{} <{}>", link.title, link.url);
    value.push_back(shown_element(link, std::move(text), "url"));
  }
  return value;
}

// Manual is what a step without `automation` is: said only when it is not.
ShownValue shown_automation(const Step& step) {
  return step.automation == Automation::manual
             ? ShownValue{}
             : ShownValue{shown_item(
                   std::string(name_of(step.automation, NameTable<Automation>(automation_names))))};
}

constexpr Field<Step> step_fields[] = {
    {"do", as_text<Step, &Step::action>, required_text("The action."),
     shown_text<Step, &Step::action>},
    {"by", as_reference<Step, &Step::by>,
     reference_to(ElementKind::role, "The role that performs the step."),
     shown_reference<Step, &Step::by>, "Who"},
    {"tool", as_reference<Step, &Step::tool>,
     reference_to(ElementKind::tool, "The one tool the step uses."),
     shown_reference<Step, &Step::tool>, "Tool"},
    {"inputs", as_references<Step, &Step::inputs>,
     references_to(ElementKind::data,
                   "The data the step needs. Each must be a process input or an output of an "
                   "earlier step; otherwise `step-input-unavailable` (a warning)."),
     shown_references<Step, &Step::inputs>},
    {"outputs", as_references<Step, &Step::outputs>,
     references_to(ElementKind::data, "The data the step produces."),
     shown_references<Step, &Step::outputs>},
    {"duration",
     as_duration<Step, &Step::duration>,
     {.kind = ValueKind::duration,
      .description = "The hands-on time of one run of the step, such as `30m`: working time, "
                     "where `d` is a working day and `w` a working week (see Quantities)."},
     shown_duration<Step, &Step::duration>,
     "Time"},
    {"wait",
     as_duration<Step, &Step::wait>,
     {.kind = ValueKind::duration,
      .description = "Time that passes before the step starts, such as `2d`: waiting, not work. "
                     "It counts in lead times, not in hours of work."},
     shown_duration<Step, &Step::wait>,
     "Wait"},
    {"share",
     read_step_share,
     {.kind = ValueKind::number,
      .description = "The percent of runs that do the step, a whole number; default 100. Over "
                     "100 means repeated rounds (150: one and a half times a run)."},
     shown_step_share,
     "Share of runs"},
    {"automation", read_automation,
     choice(choice_words<automation_names>,
            "How the step gets done: `stays-manual` is manual by decision (a control, an "
            "approval), not an automation gap."),
     shown_automation},
    {"notes", as_text<Step, &Step::notes>,
     text("What the person doing the step needs: a phone script, a checklist, where things are. "
          "See Notes and links."),
     shown_text<Step, &Step::notes>},
    {"links", read_links,
     elements("link",
              "Web pages for the step: a link is a web address, or a map with `title` and `url`."),
     shown_links},
    {"what_ifs", as_what_ifs<Step, &Step::what_ifs>,
     elements("what-if", "What to do when this step goes wrong."),
     shown_what_ifs<Step, &Step::what_ifs>},
};

// '- Check the order: quantities and delivery day' is a map to YAML, from
// 'Check the order' to the rest; a step's text was meant.
std::optional<Step> sentence_with_colon(SchemaReader& reader, const Node& item) {
  if (!item.is_map() || item.map_size() != 1) {
    return std::nullopt;
  }
  const Node& key = item.key(0);
  const Node& value = item.value(0);
  bool step_key = std::any_of(std::begin(step_fields), std::end(step_fields),
                              [&](const Field<Step>& field) { return field.key == key.text(); });
  if (step_key || !key.is_scalar() || key.quoted || !value.is_scalar() ||
      yaml::is_null_scalar(value) || key.text().find(' ') == std::string_view::npos) {
    return std::nullopt;
  }
  Step step;
  step.at = item.at;
  step.action = fmt::format("{}: {}", key.text(), value.text());
  Location colon = key.at;
  colon.column += key.at.length;
  colon.length = 1;
  reader
      .report(rules::yaml_syntax, colon,
              fmt::format("the ': ' in this step makes it a map to YAML, from '{}' to '{}'; "
                          "bizmap reads it as the step '{}', but put the text in quotes to "
                          "say so",
                          key.text(), value.text(), step.action))
      .severity = Severity::warning; // it reads, but not as other YAML tools read it
  return step;
}

std::optional<Step> read_step(SchemaReader& reader, const Node& item) {
  Step step;
  step.at = item.at;
  if (item.is_scalar() && !yaml::is_null_scalar(item)) {
    step.action = item.text();
    return step;
  }
  if (std::optional<Step> sentence = sentence_with_colon(reader, item)) {
    return sentence;
  }
  if (!item.is_map()) {
    reader.report(rules::wrong_type, item.at,
                  fmt::format("a step should be text or a map with 'do', not {}", describe(item)));
    return std::nullopt;
  }
  read_fields<Step>(reader, item, step_fields, step, "a step");
  if (step.action.empty()) {
    reader.report_missing(item.at, "a step", "do");
  }
  return step;
}

void read_steps(SchemaReader& reader, const Node& key, const Node& value, Process& process) {
  for (const Node* item : reader.list(value, key.text(), Items::values_or_maps)) {
    if (std::optional<Step> step = read_step(reader, *item)) {
      process.steps.push_back(std::move(*step));
    }
  }
}

ShownValue shown_steps(const Process& process) {
  ShownValue value;
  for (const Step& step : process.steps) {
    value.push_back(shown_element(step, step.action, "do"));
  }
  return value;
}

// --- processes --------------------------------------------------------------

void read_layer(SchemaReader& reader, const Node& key, const Node& value, Process& process) {
  process.layer = reader.choice<Layer>(value, key.text(), layer_names).value_or(Layer::unspecified);
}

void read_frequency(SchemaReader& reader, const Node& key, const Node& value, Process& process) {
  process.frequency =
      reader.choice<Frequency>(value, key.text(), frequency_names).value_or(Frequency::unspecified);
}

void read_volume(SchemaReader& reader, const Node& key, const Node& value, Process& process) {
  process.volume = read_volume_value(reader, value, key.text());
}

template <class Element>
void read_reviewed(SchemaReader& reader, const Node& key, const Node& value, Element& element) {
  std::optional<std::string> text = reader.text(value, key.text());
  if (!text) {
    return;
  }
  element.reviewed = parse_date(*text);
  element.reviewed_at = value.at;
  if (!element.reviewed) {
    reader.report(rules::invalid_value, value.at,
                  fmt::format("'reviewed' date '{}' is not a date written YYYY-MM-DD (like "
                              "'2026-03-01')",
                              *text));
  }
}

template <typename Element> ShownValue shown_reviewed(const Element& element) {
  return element.reviewed ? ShownValue{shown_item(iso_date(*element.reviewed), element.reviewed_at)}
                          : ShownValue{};
}

constexpr Field<Process> process_fields[] = {
    {"id", as_id<Process, &Process::id>, own_id("The process's id."),
     shown_id<Process, &Process::id>},
    {"name", as_text<Process, &Process::name>, text("Shown in reports."),
     shown_text<Process, &Process::name>},
    {"description", as_text<Process, &Process::description>, text("What the process is for."),
     shown_text<Process, &Process::description>},
    {"owner", as_reference<Process, &Process::owner>,
     reference_to(ElementKind::role, "The role that answers for the outputs. Without it, "
                                     "`process-without-owner` (an error)."),
     shown_reference<Process, &Process::owner>, "Owner"},
    {"layer", read_layer, choice(choice_words<layer_names>, "What kind of work the process is."),
     shown_choice<Process, Layer, &Process::layer, layer_names>, "Layer"},
    {"trigger", as_text<Process, &Process::trigger>,
     text("What starts the process. A process with neither a `trigger` nor any `inputs` is "
          "reported by `missing-trigger` (a warning)."),
     shown_text<Process, &Process::trigger>, "Starts"},
    {"frequency", read_frequency,
     choice(choice_words<frequency_names>,
            "How often the process runs. `on-demand` means whenever its trigger happens."),
     shown_choice<Process, Frequency, &Process::frequency, frequency_names>, "How often"},
    {"volume",
     read_volume,
     {.kind = ValueKind::volume,
      .description = "How many runs: a number counts runs each time the frequency comes round "
                     "(`140`: one per client), a rate counts them per day, week, month, quarter "
                     "or year (`30/month`). See Quantities."},
     shown_volume,
     "Volume"},
    {"due",
     as_duration<Process, &Process::due>,
     {.kind = ValueKind::duration,
      .description = "Each run's outputs are due within this working time of its start, such "
                     "as `10d`. Without it nothing is due."},
     shown_duration<Process, &Process::due>,
     "Due within"},
    {"inputs",
     read_process_inputs,
     {.kind = ValueKind::inputs,
      .description = "The data the process needs: data ids, and `one_of` maps of alternatives "
                     "of which any one will do.",
      .names = ElementKind::data,
      .element = "input choice"},
     shown_inputs},
    {"outputs", as_references<Process, &Process::outputs>,
     references_to(ElementKind::data, "The data the process produces."),
     shown_references<Process, &Process::outputs>},
    {"tools", as_references<Process, &Process::tools>,
     references_to(ElementKind::tool, "The tools the process runs on."),
     shown_references<Process, &Process::tools>, "Tools"},
    {"steps", read_steps,
     elements("step", "The steps, in order. Without any, `process-without-steps` (a warning)."),
     shown_steps},
    {"what_ifs", as_what_ifs<Process, &Process::what_ifs>,
     elements("what-if", "What to do when the process goes wrong."),
     shown_what_ifs<Process, &Process::what_ifs>},
    {"consulted", as_references<Process, &Process::consulted>,
     references_to(ElementKind::role,
                   "The roles asked before the work is done: the \"C\" of a RACI matrix."),
     shown_references<Process, &Process::consulted>, "Consulted before"},
    {"informed", as_references<Process, &Process::informed>,
     references_to(ElementKind::role,
                   "The roles told after the work is done: the \"I\" of a RACI matrix."),
     shown_references<Process, &Process::informed>, "Informed after"},
    {"reviewed", read_reviewed<Process>,
     text("The day the procedure was last reviewed, written `YYYY-MM-DD`, such as `2026-03-01`."),
     shown_reviewed<Process>, "Reviewed"},
    {"review_every", as_cadence<Process, &Process::review_every>,
     text("How often the procedure is reviewed. See Reviews."),
     shown_cadence<Process, &Process::review_every>, "Review every"},
};

void read_processes(SchemaReader& reader, const Node& value, std::optional<std::size_t> system) {
  Model& model = reader.model();
  for (const Node* item : reader.list(value, "processes", Items::maps)) {
    if (!reader.expect_map(*item, "a process")) {
      continue;
    }
    Process process;
    process.id.at = item->at;
    process.system = system;
    std::size_t first_finding = reader.finding_count();
    read_fields<Process>(reader, *item, process_fields, process, "a process");
    check_process_quantities(reader, process);
    bool claimed = !process.id.id.empty() && reader.claim(ElementKind::process, process.id);
    reader.attribute_since(first_finding, ElementKind::process, process.id.id);
    if (process.id.id.empty()) {
      reader.report_missing(item->at, "a process", "id");
    } else if (claimed) {
      if (system) {
        model.systems[*system].processes.push_back(model.processes.size());
      }
      model.processes.push_back(std::move(process));
    } else {
      model.processes_with_taken_ids.push_back(std::move(process));
    }
  }
}

// --- systems ----------------------------------------------------------------

struct SystemReading {
  System system;
  const Node* subsystems = nullptr;
  const Node* processes = nullptr;
};

// A system's subsystems and processes are compared as elements of their own.
constexpr Field<SystemReading, System> system_fields[] = {
    {"id",
     [](SchemaReader& r, const Node&, const Node& v, SystemReading& d) {
       d.system.id = r.id(v).value_or(d.system.id);
     },
     own_id("The system's id."), shown_id<System, &System::id>},
    {"name",
     [](SchemaReader& r, const Node& k, const Node& v, SystemReading& d) {
       d.system.name = r.text(v, k.text()).value_or("");
     },
     text("Shown in reports."), shown_text<System, &System::name>},
    {"goal",
     [](SchemaReader& r, const Node& k, const Node& v, SystemReading& d) {
       d.system.goal = r.text(v, k.text()).value_or("");
     },
     text("What the system is for. Without it, `system-without-goal` (a warning)."),
     shown_text<System, &System::goal>},
    {"manager",
     [](SchemaReader& r, const Node& k, const Node& v, SystemReading& d) {
       d.system.manager = r.reference(v, k.text());
     },
     reference_to(ElementKind::role,
                  "The role that answers for the outcomes. A top-level system without one is "
                  "reported by `system-without-manager` (a warning)."),
     shown_reference<System, &System::manager>},
    {"outcomes",
     [](SchemaReader& r, const Node& k, const Node& v, SystemReading& d) {
       d.system.outcomes = r.references(v, k.text());
     },
     references_to(ElementKind::data,
                   "The data that fulfils the goal. A process output listed here is used."),
     shown_references<System, &System::outcomes>},
    {"tools",
     [](SchemaReader& r, const Node& k, const Node& v, SystemReading& d) {
       d.system.tools = r.references(v, k.text());
     },
     references_to(ElementKind::tool, "The tools the system runs on."),
     shown_references<System, &System::tools>},
    {"systems",
     [](SchemaReader&, const Node&, const Node& v, SystemReading& d) { d.subsystems = &v; },
     elements("system", "Subsystems. Same shape, any depth.")},
    {"processes",
     [](SchemaReader&, const Node&, const Node& v, SystemReading& d) { d.processes = &v; },
     elements("process", "The processes of this system.")},
};

void read_systems(SchemaReader& reader, const Node& value, std::optional<std::size_t> parent);

bool written_before(const Node* a, const Node* b) {
  return b == nullptr ||
         (a != nullptr && std::tie(a->at.line, a->at.column) < std::tie(b->at.line, b->at.column));
}

// Subsystems and processes are read in the order they are written, so that
// "first" in duplicate-id and duplicate-capture means first in the file.
void read_contents(SchemaReader& reader, const SystemReading& draft,
                   std::optional<std::size_t> system) {
  auto read_subsystems = [&] {
    if (draft.subsystems != nullptr) {
      read_systems(reader, *draft.subsystems, system);
    }
  };
  auto read_own_processes = [&] {
    if (draft.processes != nullptr) {
      read_processes(reader, *draft.processes, system);
    }
  };
  if (written_before(draft.processes, draft.subsystems)) {
    read_own_processes();
    read_subsystems();
  } else {
    read_subsystems();
    read_own_processes();
  }
}

// A system without a usable id is left out; its contents still belong to the
// nearest system above it, so one mistake does not hide a whole branch.
void read_systems(SchemaReader& reader, const Node& value, std::optional<std::size_t> parent) {
  Model& model = reader.model();
  for (const Node* item : reader.list(value, "systems", Items::maps)) {
    if (!reader.expect_map(*item, "a system")) {
      continue;
    }
    SystemReading draft;
    draft.system.id.at = item->at;
    draft.system.parent = parent;
    std::size_t first_finding = reader.finding_count();
    read_fields<SystemReading, System>(reader, *item, system_fields, draft, "a system");
    bool claimed =
        !draft.system.id.id.empty() && reader.claim(ElementKind::system, draft.system.id);
    reader.attribute_since(first_finding, ElementKind::system, draft.system.id.id);
    std::optional<std::size_t> owner_of_contents = parent;
    if (draft.system.id.id.empty()) {
      reader.report_missing(item->at, "a system", "id");
    } else if (claimed) {
      owner_of_contents = model.systems.size();
      if (parent) {
        model.systems[*parent].subsystems.push_back(*owner_of_contents);
      }
      model.systems.push_back(std::move(draft.system));
    }
    read_contents(reader, draft, owner_of_contents);
  }
}

// --- catalogues -------------------------------------------------------------

void read_role_kind(SchemaReader& reader, const Node& key, const Node& value, Role& role) {
  role.kind =
      reader.choice<RoleKind>(value, key.text(), role_kind_names).value_or(RoleKind::person);
}

constexpr Field<Role> role_fields[] = {
    {"id", as_id<Role, &Role::id>,
     own_id("The role's id. Referenced by a system's `manager`, a process's `owner`, `consulted` "
            "and `informed`, and a step's `by`."),
     shown_id<Role, &Role::id>},
    {"name", as_text<Role, &Role::name>, text("Shown in reports."), shown_text<Role, &Role::name>},
    {"kind", read_role_kind, choice(choice_words<role_kind_names>, "What fills the role."),
     shown_choice<Role, RoleKind, &Role::kind, role_kind_names>},
    {"description", as_text<Role, &Role::description>, text("What the role is responsible for."),
     shown_text<Role, &Role::description>},
    {"people",
     [](SchemaReader& r, const Node& k, const Node& v, Role& role) {
       if (std::optional<double> n = read_number(r, v, k.text(), {1, 100000, true})) {
         role.people = static_cast<std::uint32_t>(*n);
       }
     },
     {.kind = ValueKind::number,
      .description = "How many people fill the role, a whole number. A person is 1, and only "
                     "1; a team without it has no known capacity."},
     [](const Role& role) {
       return role.people ? ShownValue{shown_item(fmt::format("{}", *role.people))} : ShownValue{};
     },
     "People"},
    {"hours_per_week",
     [](SchemaReader& r, const Node& k, const Node& v, Role& role) {
       role.hours_per_week = read_number(r, v, k.text(), {0, 168, false, false});
     },
     {.kind = ValueKind::number,
      .description = "Each person's working hours a week, such as 37.5; default the calendar's "
                     "full week (`hours_per_day` x `days_per_week`)."},
     [](const Role& role) {
       return role.hours_per_week ? ShownValue{shown_item(number_text(*role.hours_per_week))}
                                  : ShownValue{};
     },
     "Hours per week"},
    {"backup", as_references<Role, &Role::backup>,
     references_to(ElementKind::role,
                   "The roles that can step in when these people are away. A one-person role "
                   "without one is a key person (`key-person`)."),
     shown_references<Role, &Role::backup>, "Backup"},
    {"filled_by", as_reference<Role, &Role::filled_by>,
     reference_to(ElementKind::role,
                  "The role that wears this hat too, such as the owner doing sales: this role "
                  "has no capacity of its own, and its work counts against that role's hours."),
     shown_reference<Role, &Role::filled_by>, "Filled by"},
};

constexpr Field<Tool> tool_fields[] = {
    {"id", as_id<Tool, &Tool::id>,
     own_id("The tool's id. Referenced by the `tools` of systems and processes, a step's "
            "`tool`, and a data item's `system_of_record`."),
     shown_id<Tool, &Tool::id>},
    {"name", as_text<Tool, &Tool::name>, text("Shown in reports."), shown_text<Tool, &Tool::name>},
    {"description", as_text<Tool, &Tool::description>, text("What the tool is used for."),
     shown_text<Tool, &Tool::description>},
};

constexpr Field<DataItem> data_fields[] = {
    {"id", as_id<DataItem, &DataItem::id>,
     own_id("The data item's id. Referenced by inputs, outputs, outcomes and the `external` "
            "lists."),
     shown_id<DataItem, &DataItem::id>},
    {"name", as_text<DataItem, &DataItem::name>, text("Shown in reports."),
     shown_text<DataItem, &DataItem::name>},
    {"description", as_text<DataItem, &DataItem::description>, text("What the information is."),
     shown_text<DataItem, &DataItem::description>},
    {"fields",
     [](SchemaReader& r, const Node& k, const Node& v, DataItem& d) {
       d.fields = r.texts(v, k.text());
     },
     texts("The pieces of information the item carries."),
     shown_texts<DataItem, &DataItem::fields>},
    {"kind",
     [](SchemaReader& r, const Node& k, const Node& v, DataItem& d) {
       d.kind = r.choice<DataKind>(v, k.text(), data_kind_names).value_or(DataKind::flow);
     },
     choice(choice_words<data_kind_names>,
            "`flow` (the default): a case that moves along. `record`: standing information, kept "
            "and read again, such as a yearly risk assessment; reading it puts no producer on a "
            "case's path."),
     shown_choice<DataItem, DataKind, &DataItem::kind, data_kind_names>},
    {"system_of_record", as_reference<DataItem, &DataItem::system_of_record>,
     reference_to(ElementKind::tool,
                  "The tool where the item lives: the one place it is captured and kept."),
     shown_reference<DataItem, &DataItem::system_of_record>},
};

// What a catalogue entry needs checked once all its keys are read.
template <class Item> void check_entry(SchemaReader&, const Item&, const Node&) {}
template <> void check_entry<Role>(SchemaReader& reader, const Role& role, const Node& entry) {
  check_role_quantities(reader, role, entry);
}

template <class Item>
void read_catalogue(SchemaReader& reader, const Node& value, std::span<const Field<Item>> fields,
                    ElementKind kind, std::string_view element, std::vector<Item>& into) {
  for (const Node* entry : reader.list(value, fmt::format("{}s", element), Items::maps)) {
    if (!reader.expect_map(*entry, fmt::format("a {}", element))) {
      continue;
    }
    Item item;
    item.id.at = entry->at;
    std::size_t first_finding = reader.finding_count();
    read_fields<Item>(reader, *entry, fields, item, fmt::format("a {}", element));
    check_entry(reader, item, *entry);
    bool claimed = !item.id.id.empty() && reader.claim(kind, item.id);
    reader.attribute_since(first_finding, kind, item.id.id);
    if (item.id.id.empty()) {
      reader.report_missing(entry->at, fmt::format("a {}", element), "id");
    } else if (claimed) {
      into.push_back(std::move(item));
    }
  }
}

// --- top level --------------------------------------------------------------

constexpr Field<Business> business_fields[] = {
    {"name", as_text<Business, &Business::name>,
     required_text("The name of the business, shown in reports."),
     shown_text<Business, &Business::name>},
    {"description", as_text<Business, &Business::description>,
     text("A sentence or two about the business."), shown_text<Business, &Business::description>},
    {"review_every", as_cadence<Business, &Business::review_every>,
     text("How often every process is reviewed, unless the process says otherwise (see Reviews)."),
     shown_cadence<Business, &Business::review_every>},
    {"reviewed", read_reviewed<Business>,
     text("The day every process was last reviewed, unless the process says otherwise, written "
          "`YYYY-MM-DD` (see Reviews)."),
     shown_reviewed<Business>},
    {"calendar", read_calendar,
     element("calendar", "Working time: the hours of a working day and the days of a working "
                         "week. Every duration, wait and `due` counts in it (see Quantities)."),
     shown_calendar},
};

struct External {
  std::vector<Ref> inputs;
  std::vector<Ref> outputs;
};

// Each file's lists are read on their own and joined in the model.
constexpr Field<External, Model> external_fields[] = {
    {"inputs", as_references<External, &External::inputs>,
     references_to(ElementKind::data,
                   "Data that arrives from outside the business, such as a customer's inquiry. "
                   "A process input listed here is satisfied."),
     shown_references<Model, &Model::external_inputs>},
    {"outputs", as_references<External, &External::outputs>,
     references_to(ElementKind::data, "Data delivered outside the business, such as the "
                                      "finished product. A process output listed here is used."),
     shown_references<Model, &Model::external_outputs>},
};

struct TopLevel {
  const Node* systems = nullptr;
};

constexpr Field<TopLevel> top_level_fields[] = {
    {"bizmap",
     read_later<TopLevel>,
     {.kind = ValueKind::version,
      .description = "Format version. Only `1` exists. Without it the file is not a model file "
                     "(see Files).",
      .required = true}},
    {"business",
     [](SchemaReader& r, const Node& k, const Node& v, TopLevel&) { r.read_business(k, v); },
     element("business", "The business itself. At most one file of a model may have it.")},
    {"roles",
     [](SchemaReader& r, const Node&, const Node& v, TopLevel&) {
       r.model().declares_roles = true;
       read_catalogue<Role>(r, v, role_fields, ElementKind::role, "role", r.model().roles);
     },
     elements("role", "The roles catalogue: who can own, manage or perform work.")},
    {"tools",
     [](SchemaReader& r, const Node&, const Node& v, TopLevel&) {
       r.model().declares_tools = true;
       read_catalogue<Tool>(r, v, tool_fields, ElementKind::tool, "tool", r.model().tools);
     },
     elements("tool", "The tools catalogue: the software and equipment processes run on.")},
    {"data",
     [](SchemaReader& r, const Node&, const Node& v, TopLevel&) {
       r.model().declares_data = true;
       read_catalogue<DataItem>(r, v, data_fields, ElementKind::data, "data item", r.model().data);
     },
     elements("data item", "The data catalogue: the information that flows between processes.")},
    {"external",
     [](SchemaReader& r, const Node&, const Node& v, TopLevel&) {
       External external;
       if (r.expect_map(v, "'external'")) {
         read_fields<External, Model>(r, v, external_fields, external, "'external'");
       }
       auto append = [](std::vector<Ref>& to, std::vector<Ref>& from) {
         to.insert(to.end(), std::make_move_iterator(from.begin()),
                   std::make_move_iterator(from.end()));
       };
       append(r.model().external_inputs, external.inputs);
       append(r.model().external_outputs, external.outputs);
     },
     element("external",
             "Data that arrives from outside the business, and data delivered outside.")},
    {"systems", [](SchemaReader&, const Node&, const Node& v, TopLevel& t) { t.systems = &v; },
     elements("system", "The top-level systems.")},
};

} // namespace

void SchemaReader::read_business(const Node& key, const Node& value) {
  if (business_at_) {
    const Location& first = *business_at_;
    report(rules::duplicate_business, key.at,
           "'business' is already described in another file; describe it in one file only")
        .note(first, "'business' is described here");
    return;
  }
  business_at_ = key.at;
  if (!expect_map(value, "'business'")) {
    return;
  }
  Business business;
  business.at = key.at;
  read_fields<Business>(*this, value, business_fields, business, "'business'");
  if (business.name.empty()) {
    report_missing(key.at, "'business'", "name");
  }
  model_.business = std::move(business);
}

std::vector<ElementFormat> format_elements() {
  return {
      {"model",
       "Top level",
       "A bizmap model file: systems and processes as code.",
       {},
       documented<TopLevel>(top_level_fields)},
      {"business", "Business", "The business itself.", {}, documented<Business>(business_fields)},
      {"calendar", "Calendar", "Working time.", {}, calendar_format()},
      {"role",
       "Roles",
       "Someone or something that can own a process, manage a system or perform a step.",
       {},
       documented<Role>(role_fields)},
      {"tool",
       "Tools",
       "The software or equipment a process runs on.",
       {},
       documented<Tool>(tool_fields)},
      {"data item",
       "Data items",
       "A piece of information that flows between processes.",
       {},
       documented<DataItem>(data_fields)},
      {"external",
       "External",
       "Which data crosses the boundary of the business.",
       {},
       documented<External, Model>(external_fields)},
      {"system",
       "Systems",
       "The what: a part of the business with a goal, outcomes and a manager.",
       {},
       documented<SystemReading, System>(system_fields)},
      {"process",
       "Processes",
       "The how: an ordered list of steps that turns inputs into outputs, with one owner.",
       {},
       documented<Process>(process_fields)},
      {"input choice",
       "Alternatives",
       "An input of which any one alternative will do: `one_of` and its `share`.",
       {},
       input_choice_format()},
      {"step", "Steps", "One action in a process: plain text (the action) or a map.", "do",
       documented<Step>(step_fields)},
      {"link", "Links", "A document or page a step refers to: a web address, or a map.", "url",
       documented<Link>(link_fields)},
      {"what-if",
       "What-ifs",
       "What to do when something goes wrong.",
       {},
       documented<WhatIf>(what_if_fields)},
  };
}

const ElementFormat* find_element(std::span<const ElementFormat> elements, std::string_view name) {
  auto found = std::find_if(elements.begin(), elements.end(),
                            [&](const ElementFormat& element) { return element.name == name; });
  return found == elements.end() ? nullptr : &*found;
}

template <> std::span<const ElementKey<Business>> element_keys<Business>() {
  static const std::vector<ElementKey<Business>> keys = shown_keys<Business>(business_fields);
  return keys;
}
template <> std::span<const ElementKey<Role>> element_keys<Role>() {
  static const std::vector<ElementKey<Role>> keys = shown_keys<Role>(role_fields);
  return keys;
}
template <> std::span<const ElementKey<Tool>> element_keys<Tool>() {
  static const std::vector<ElementKey<Tool>> keys = shown_keys<Tool>(tool_fields);
  return keys;
}
template <> std::span<const ElementKey<DataItem>> element_keys<DataItem>() {
  static const std::vector<ElementKey<DataItem>> keys = shown_keys<DataItem>(data_fields);
  return keys;
}
template <> std::span<const ElementKey<System>> element_keys<System>() {
  static const std::vector<ElementKey<System>> keys =
      shown_keys<SystemReading, System>(system_fields);
  return keys;
}
template <> std::span<const ElementKey<Process>> element_keys<Process>() {
  static const std::vector<ElementKey<Process>> keys = shown_keys<Process>(process_fields);
  return keys;
}
template <> std::span<const ElementKey<Step>> element_keys<Step>() {
  static const std::vector<ElementKey<Step>> keys = shown_keys<Step>(step_fields);
  return keys;
}
template <> std::span<const ElementKey<Link>> element_keys<Link>() {
  static const std::vector<ElementKey<Link>> keys = shown_keys<Link>(link_fields);
  return keys;
}
template <> std::span<const ElementKey<WhatIf>> element_keys<WhatIf>() {
  static const std::vector<ElementKey<WhatIf>> keys = shown_keys<WhatIf>(what_if_fields);
  return keys;
}
template <> std::span<const ElementKey<Model>> element_keys<Model>() {
  static const std::vector<ElementKey<Model>> keys = shown_keys<External, Model>(external_fields);
  return keys;
}

void SchemaReader::read_file(const Node& root) {
  TopLevel top;
  read_fields<TopLevel>(*this, root, top_level_fields, top, "the top level");
  if (top.systems != nullptr) {
    read_systems(*this, *top.systems, std::nullopt);
  }
}

} // namespace bizmap
