#include "rules/support.hpp"

#include "model/ids.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <limits>

namespace bizmap {

bool RuleContext::is_broken_handoff(std::string_view data) const {
  return broken_handoff_on && handoffs.near_miss_of(data).has_value();
}

} // namespace bizmap

namespace bizmap::rules {

std::string holder_phrase(const Model& model, const Reference& reference) {
  if (!reference.holder) {
    return {};
  }
  std::size_t index = reference.holder->index;
  switch (reference.holder->kind) {
  case ElementKind::system:
    return fmt::format("system '{}'", model.systems[index].id.id);
  case ElementKind::data:
    return fmt::format("data item '{}'", model.data[index].id.id);
  case ElementKind::process:
    if (reference.step) {
      return fmt::format("step {} of process '{}'", *reference.step + 1,
                         model.processes[index].id.id);
    }
    return fmt::format("process '{}'", model.processes[index].id.id);
  case ElementKind::role:
    return fmt::format("role '{}'", model.roles[index].id.id);
  case ElementKind::tool:
    break;
  }
  return {};
}

Subject subject_of(const Model& model, const Reference& reference) {
  if (!reference.holder) {
    return {ElementKind::data, reference.ref->id};
  }
  std::size_t index = reference.holder->index;
  switch (reference.holder->kind) {
  case ElementKind::system:
    return {ElementKind::system, model.systems[index].id.id};
  case ElementKind::data:
    return {ElementKind::data, model.data[index].id.id};
  case ElementKind::role:
    return {ElementKind::role, model.roles[index].id.id};
  case ElementKind::process:
  case ElementKind::tool:
    break;
  }
  return {ElementKind::process, model.processes[index].id.id};
}

void report_undeclared(const RuleContext& context, ElementKind kind, UndeclaredMessage message,
                       Findings& findings) {
  const ReferenceIndex& index = context.references;
  if (!index.is_checked(kind)) {
    return;
  }
  std::optional<ElementSuggester> declared;
  for (std::size_t position : index.undeclared(kind)) {
    const Reference& reference = index.references()[position];
    // The element may be declared in lines that could not be read; a data
    // id of a handoff written two ways is broken-handoff's to report.
    if (context.model.may_be_unread(reference.ref->id) ||
        (kind == ElementKind::data && context.is_broken_handoff(reference.ref->id))) {
      continue;
    }
    if (!declared) {
      declared.emplace(context, kind);
    }
    std::string suggestion;
    std::string hint = declared->hint(reference.ref->id, suggestion);
    Subject subject = subject_of(context.model, reference);
    findings
        .report(reference.ref->at, message(context.model, reference, hint), std::move(suggestion))
        .about(subject.kind, subject.id);
  }
}

bool is_referenced(const RuleContext& context, ElementKind kind, std::string_view id,
                   std::initializer_list<RefField> fields) {
  std::span<const std::size_t> uses = context.references.references_to(kind, id);
  return std::any_of(uses.begin(), uses.end(), [&](std::size_t use) {
    RefField field = context.references.references()[use].field;
    return std::find(fields.begin(), fields.end(), field) != fields.end();
  });
}

namespace {

// A name as it is compared with display names: trimmed, in lower case.
std::string comparable_name(std::string_view name) {
  std::size_t first = name.find_first_not_of(" \t");
  std::size_t last = name.find_last_not_of(" \t");
  std::string comparable(first == std::string_view::npos ? ""
                                                         : name.substr(first, last - first + 1));
  for (char& c : comparable) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return comparable;
}

template <class Element>
void add_names(
    const std::vector<Element>& elements,
    std::unordered_map<std::string, std::pair<std::string_view, std::string_view>>& by_name) {
  for (const Element& element : elements) {
    if (!element.name.empty()) {
      by_name.emplace(comparable_name(element.name),
                      std::pair<std::string_view, std::string_view>(element.id.id, element.name));
    }
  }
}

} // namespace

ElementSuggester::ElementSuggester(const RuleContext& context, ElementKind kind)
    : index_(context.references), kind_(kind),
      ids_(shared_suggester(context.references.ids(kind))) {
  switch (kind) {
  case ElementKind::role:
    add_names(context.model.roles, by_name_);
    break;
  case ElementKind::tool:
    add_names(context.model.tools, by_name_);
    break;
  case ElementKind::data:
    add_names(context.model.data, by_name_);
    break;
  case ElementKind::system:
    add_names(context.model.systems, by_name_);
    break;
  case ElementKind::process:
    add_names(context.model.processes, by_name_);
    break;
  }
}

std::string ElementSuggester::hint(std::string_view reference, std::string& suggestion) const {
  if (auto named = by_name_.find(comparable_name(reference)); named != by_name_.end()) {
    auto [id, name] = named->second;
    suggestion = std::string(id);
    std::string_view kind = kind_ == ElementKind::data ? "data item" : to_string(kind_);
    return did_you_mean(id, fmt::format("the {} named '{}'", kind, name));
  }
  std::string written = as_kebab_case_id(reference);
  if (written != reference && index_.definition(kind_, written) != nullptr) {
    suggestion = written;
    return did_you_mean(std::string_view(suggestion));
  }
  std::optional<std::string_view> near = ids_->closest(reference);
  suggestion = suggestion_text(near);
  return did_you_mean(near);
}

std::unordered_set<std::string_view> meant_by_undeclared(const RuleContext& context,
                                                         ElementKind kind) {
  std::unordered_set<std::string_view> meant;
  const ReferenceIndex& index = context.references;
  if (!index.is_checked(kind)) {
    return meant; // nothing is declared, so nothing is meant
  }
  std::optional<ElementSuggester> suggester;
  for (std::size_t position : index.undeclared(kind)) {
    const Reference& reference = index.references()[position];
    if (!suggester) {
      suggester.emplace(context, kind);
    }
    std::string suggestion;
    suggester->hint(reference.ref->id, suggestion);
    if (const Definition* definition =
            suggestion.empty() ? nullptr : index.definition(kind, suggestion)) {
      meant.insert(definition->id->id);
    }
  }
  return meant;
}

namespace {

template <class Element>
bool may_go_on_unread(const Model& model, const std::vector<Element>& elements, std::size_t index) {
  if (model.unread.empty()) {
    return false;
  }
  const Location& at = elements[index].id.at;
  std::uint32_t next = std::numeric_limits<std::uint32_t>::max();
  if (index + 1 < elements.size() && elements[index + 1].id.at.file == at.file) {
    next = elements[index + 1].id.at.line;
  }
  return std::any_of(model.unread.begin(), model.unread.end(), [&](const UnreadLines& lines) {
    return lines.file == at.file && lines.first > at.line && lines.first < next;
  });
}

} // namespace

std::unordered_set<std::string_view> used_by_repeated_processes(const Model& model,
                                                                ElementKind kind) {
  std::unordered_set<std::string_view> used;
  auto add = [&](const std::vector<Ref>& refs) {
    for (const Ref& ref : refs) {
      used.insert(ref.id);
    }
  };
  auto add_one = [&](const std::optional<Ref>& ref) {
    if (ref) {
      used.insert(ref->id);
    }
  };
  for (const Process& process : model.processes_with_taken_ids) {
    switch (kind) {
    case ElementKind::data:
      add(process.inputs);
      add(process.outputs);
      for (const Step& step : process.steps) {
        add(step.inputs);
        add(step.outputs);
      }
      break;
    case ElementKind::role:
      add_one(process.owner);
      add(process.consulted);
      add(process.informed);
      for (const Step& step : process.steps) {
        add_one(step.by);
      }
      break;
    case ElementKind::tool:
      add(process.tools);
      for (const Step& step : process.steps) {
        add_one(step.tool);
      }
      break;
    case ElementKind::system:
    case ElementKind::process:
      break;
    }
  }
  return used;
}

bool process_may_go_on_unread(const Model& model, std::size_t index) {
  return may_go_on_unread(model, model.processes, index);
}

bool system_may_go_on_unread(const Model& model, std::size_t index) {
  return may_go_on_unread(model, model.systems, index);
}

bool may_be_unread(const Model& model, const std::vector<Ref>& data) {
  return std::any_of(data.begin(), data.end(),
                     [&](const Ref& ref) { return model.may_be_unread(ref.id); });
}

} // namespace bizmap::rules
