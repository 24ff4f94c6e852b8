#include "rules/support.hpp"

#include <algorithm>
#include <fmt/format.h>

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
  default:
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
  std::shared_ptr<const Suggester> declared;
  for (const Reference& reference : index.references()) {
    if (reference.names() != kind || index.definition(kind, reference.ref->id) != nullptr) {
      continue;
    }
    if (!declared) {
      declared = shared_suggester(index.ids(kind));
    }
    std::optional<std::string_view> near = declared->closest(reference.ref->id);
    Subject subject = subject_of(context.model, reference);
    findings
        .report(reference.ref->at, message(context.model, reference, did_you_mean(near)),
                suggestion_text(near))
        .about(subject.kind, subject.id);
  }
}

bool is_referenced(const RuleContext& context, ElementKind kind, std::string_view id,
                   std::initializer_list<Field> fields) {
  std::span<const std::size_t> uses = context.references.references_to(kind, id);
  return std::any_of(uses.begin(), uses.end(), [&](std::size_t use) {
    Field field = context.references.references()[use].field;
    return std::find(fields.begin(), fields.end(), field) != fields.end();
  });
}

} // namespace bizmap::rules
