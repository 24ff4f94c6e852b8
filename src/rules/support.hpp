#pragma once

#include "model/handoffs.hpp"
#include "model/references.hpp"
#include "model/suggest.hpp"
#include "rules/rule.hpp"

#include <bizmap/model.hpp>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace bizmap::rules {

/// The suggestion as Diagnostic::suggestion expects it.
inline std::string suggestion_text(const std::optional<std::string_view>& suggestion) {
  return suggestion ? std::string(*suggestion) : std::string();
}

/// Where a reference stands, in words: "process 'x'", "step 2 of process
/// 'x'", "system 'x'", "data item 'x'"; empty for `external`.
std::string holder_phrase(const Model& model, const Reference& reference);

/// The element a finding about a reference concerns: the element holding it,
/// or the data item itself for `external`.
Subject subject_of(const Model& model, const Reference& reference);

/// How a rule words a reference that names nothing declared; `hint` is the
/// "did you mean" part, possibly empty.
using UndeclaredMessage = std::string (*)(const Model& model, const Reference& reference,
                                          std::string_view hint);

/// Reports every reference to a `kind` that names no declared element, with
/// the closest declared id suggested, once the model declares a catalogue of
/// that kind.
void report_undeclared(const RuleContext& context, ElementKind kind, UndeclaredMessage message,
                       Findings& findings);

/// Whether any reference in one of `fields` names the element.
bool is_referenced(const RuleContext& context, ElementKind kind, std::string_view id,
                   std::initializer_list<Field> fields);

} // namespace bizmap::rules
