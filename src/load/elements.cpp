// The keys of every element of the model format and how each is read.
#include "load/schema_reader.hpp"
#include "model/enum_names.hpp"
#include "rules/rules.hpp"

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

// --- what-ifs ---------------------------------------------------------------

constexpr Field<WhatIf> what_if_fields[] = {
    {"if", as_text<WhatIf, &WhatIf::condition>},
    {"then", as_text<WhatIf, &WhatIf::response>},
};

std::vector<WhatIf> read_what_ifs(SchemaReader& reader, const Node& value) {
  std::vector<WhatIf> what_ifs;
  for (const Node* item : reader.list(value, "what_ifs")) {
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

// --- steps ------------------------------------------------------------------

void read_duration(SchemaReader& reader, const Node& key, const Node& value, Step& step) {
  std::optional<std::string> text = reader.text(value, key.text());
  if (!text) {
    return;
  }
  std::string_view digits(*text);
  char unit = digits.empty() ? '\0' : digits.back();
  digits.remove_suffix(digits.empty() ? 0 : 1);
  bool valid = !digits.empty() && digits.size() <= 6 &&
               digits.find_first_not_of("0123456789") == std::string_view::npos &&
               std::string_view("mhdw").find(unit) != std::string_view::npos &&
               digits.find_first_not_of('0') != std::string_view::npos;
  if (!valid) {
    reader.report(
        rules::invalid_value, value.at,
        fmt::format("duration '{}' is not a whole number from 1 to 999999 followed by m, h, "
                    "d or w (like '30m' or '2h')",
                    *text));
    return;
  }
  step.duration = Duration{static_cast<std::uint32_t>(std::stoul(std::string(digits))), unit};
}

void read_automation(SchemaReader& reader, const Node& key, const Node& value, Step& step) {
  step.automation =
      reader.choice<Automation>(value, key.text(), automation_names).value_or(Automation::manual);
}

constexpr Field<Step> step_fields[] = {
    {"do", as_text<Step, &Step::action>},
    {"by", as_reference<Step, &Step::by>},
    {"tool", as_reference<Step, &Step::tool>},
    {"inputs", as_references<Step, &Step::inputs>},
    {"outputs", as_references<Step, &Step::outputs>},
    {"duration", read_duration},
    {"automation", read_automation},
    {"what_ifs", as_what_ifs<Step, &Step::what_ifs>},
};

std::optional<Step> read_step(SchemaReader& reader, const Node& item) {
  Step step;
  step.at = item.at;
  if (item.is_scalar() && !yaml::is_null_scalar(item)) {
    step.action = item.text();
    return step;
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
  for (const Node* item : reader.list(value, key.text())) {
    if (std::optional<Step> step = read_step(reader, *item)) {
      process.steps.push_back(std::move(*step));
    }
  }
}

// --- processes --------------------------------------------------------------

void read_layer(SchemaReader& reader, const Node& key, const Node& value, Process& process) {
  process.layer = reader.choice<Layer>(value, key.text(), layer_names).value_or(Layer::unspecified);
}

void read_frequency(SchemaReader& reader, const Node& key, const Node& value, Process& process) {
  process.frequency =
      reader.choice<Frequency>(value, key.text(), frequency_names).value_or(Frequency::unspecified);
}

constexpr Field<Process> process_fields[] = {
    {"id", as_id<Process, &Process::id>},
    {"name", as_text<Process, &Process::name>},
    {"description", as_text<Process, &Process::description>},
    {"owner", as_reference<Process, &Process::owner>},
    {"layer", read_layer},
    {"trigger", as_text<Process, &Process::trigger>},
    {"frequency", read_frequency},
    {"inputs", as_references<Process, &Process::inputs>},
    {"outputs", as_references<Process, &Process::outputs>},
    {"tools", as_references<Process, &Process::tools>},
    {"steps", read_steps},
    {"what_ifs", as_what_ifs<Process, &Process::what_ifs>},
};

void read_processes(SchemaReader& reader, const Node& value, std::optional<std::size_t> system) {
  Model& model = reader.model();
  for (const Node* item : reader.list(value, "processes")) {
    if (!reader.expect_map(*item, "a process")) {
      continue;
    }
    Process process;
    process.id.at = item->at;
    process.system = system;
    std::size_t first_finding = reader.finding_count();
    read_fields<Process>(reader, *item, process_fields, process, "a process");
    bool claimed = !process.id.id.empty() && reader.claim(ElementKind::process, process.id);
    reader.attribute_since(first_finding, ElementKind::process, process.id.id);
    if (process.id.id.empty()) {
      reader.report_missing(item->at, "a process", "id");
    } else if (claimed) {
      if (system) {
        model.systems[*system].processes.push_back(model.processes.size());
      }
      model.processes.push_back(std::move(process));
    }
  }
}

// --- systems ----------------------------------------------------------------

struct SystemDraft {
  System system;
  const Node* subsystems = nullptr;
  const Node* processes = nullptr;
};

constexpr Field<SystemDraft> system_fields[] = {
    {"id", [](SchemaReader& r, const Node&, const Node& v,
              SystemDraft& d) { d.system.id = r.id(v).value_or(d.system.id); }},
    {"name", [](SchemaReader& r, const Node& k, const Node& v,
                SystemDraft& d) { d.system.name = r.text(v, k.text()).value_or(""); }},
    {"goal", [](SchemaReader& r, const Node& k, const Node& v,
                SystemDraft& d) { d.system.goal = r.text(v, k.text()).value_or(""); }},
    {"manager", [](SchemaReader& r, const Node& k, const Node& v,
                   SystemDraft& d) { d.system.manager = r.reference(v, k.text()); }},
    {"outcomes", [](SchemaReader& r, const Node& k, const Node& v,
                    SystemDraft& d) { d.system.outcomes = r.references(v, k.text()); }},
    {"tools", [](SchemaReader& r, const Node& k, const Node& v,
                 SystemDraft& d) { d.system.tools = r.references(v, k.text()); }},
    {"systems",
     [](SchemaReader&, const Node&, const Node& v, SystemDraft& d) { d.subsystems = &v; }},
    {"processes",
     [](SchemaReader&, const Node&, const Node& v, SystemDraft& d) { d.processes = &v; }},
};

void read_systems(SchemaReader& reader, const Node& value, std::optional<std::size_t> parent);

bool written_before(const Node* a, const Node* b) {
  return b == nullptr ||
         (a != nullptr && std::tie(a->at.line, a->at.column) < std::tie(b->at.line, b->at.column));
}

// Subsystems and processes are read in the order they are written, so that
// "first" in duplicate-id and duplicate-capture means first in the file.
void read_contents(SchemaReader& reader, const SystemDraft& draft,
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
  for (const Node* item : reader.list(value, "systems")) {
    if (!reader.expect_map(*item, "a system")) {
      continue;
    }
    SystemDraft draft;
    draft.system.id.at = item->at;
    draft.system.parent = parent;
    std::size_t first_finding = reader.finding_count();
    read_fields<SystemDraft>(reader, *item, system_fields, draft, "a system");
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
    {"id", as_id<Role, &Role::id>},
    {"name", as_text<Role, &Role::name>},
    {"kind", read_role_kind},
    {"description", as_text<Role, &Role::description>},
};

constexpr Field<Tool> tool_fields[] = {
    {"id", as_id<Tool, &Tool::id>},
    {"name", as_text<Tool, &Tool::name>},
    {"description", as_text<Tool, &Tool::description>},
};

constexpr Field<DataItem> data_fields[] = {
    {"id", as_id<DataItem, &DataItem::id>},
    {"name", as_text<DataItem, &DataItem::name>},
    {"description", as_text<DataItem, &DataItem::description>},
    {"fields", [](SchemaReader& r, const Node& k, const Node& v,
                  DataItem& d) { d.fields = r.texts(v, k.text()); }},
    {"system_of_record", as_reference<DataItem, &DataItem::system_of_record>},
};

template <class Item>
void read_catalogue(SchemaReader& reader, const Node& value, std::span<const Field<Item>> fields,
                    ElementKind kind, std::string_view element, std::vector<Item>& into) {
  for (const Node* entry : reader.list(value, fmt::format("{}s", element))) {
    if (!reader.expect_map(*entry, fmt::format("a {}", element))) {
      continue;
    }
    Item item;
    item.id.at = entry->at;
    std::size_t first_finding = reader.finding_count();
    read_fields<Item>(reader, *entry, fields, item, fmt::format("a {}", element));
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
    {"name", as_text<Business, &Business::name>},
    {"description", as_text<Business, &Business::description>},
};

struct External {
  std::vector<Ref> inputs;
  std::vector<Ref> outputs;
};

constexpr Field<External> external_fields[] = {
    {"inputs", as_references<External, &External::inputs>},
    {"outputs", as_references<External, &External::outputs>},
};

struct TopLevel {
  const Node* systems = nullptr;
};

constexpr Field<TopLevel> top_level_fields[] = {
    {"bizmap", read_later<TopLevel>},
    {"business",
     [](SchemaReader& r, const Node& k, const Node& v, TopLevel&) { r.read_business(k, v); }},
    {"roles",
     [](SchemaReader& r, const Node&, const Node& v, TopLevel&) {
       r.model().declares_roles = true;
       read_catalogue<Role>(r, v, role_fields, ElementKind::role, "role", r.model().roles);
     }},
    {"tools",
     [](SchemaReader& r, const Node&, const Node& v, TopLevel&) {
       r.model().declares_tools = true;
       read_catalogue<Tool>(r, v, tool_fields, ElementKind::tool, "tool", r.model().tools);
     }},
    {"data",
     [](SchemaReader& r, const Node&, const Node& v, TopLevel&) {
       r.model().declares_data = true;
       read_catalogue<DataItem>(r, v, data_fields, ElementKind::data, "data item", r.model().data);
     }},
    {"external",
     [](SchemaReader& r, const Node&, const Node& v, TopLevel&) {
       External external;
       if (r.expect_map(v, "'external'")) {
         read_fields<External>(r, v, external_fields, external, "'external'");
       }
       auto append = [](std::vector<Ref>& to, std::vector<Ref>& from) {
         to.insert(to.end(), std::make_move_iterator(from.begin()),
                   std::make_move_iterator(from.end()));
       };
       append(r.model().external_inputs, external.inputs);
       append(r.model().external_outputs, external.outputs);
     }},
    {"systems", [](SchemaReader&, const Node&, const Node& v, TopLevel& t) { t.systems = &v; }},
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

void SchemaReader::read_file(const Node& root) {
  TopLevel top;
  read_fields<TopLevel>(*this, root, top_level_fields, top, "the top level");
  if (top.systems != nullptr) {
    read_systems(*this, *top.systems, std::nullopt);
  }
}

} // namespace bizmap
