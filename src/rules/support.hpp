#pragma once

#include "model/handoffs.hpp"
#include "model/references.hpp"
#include "model/suggest.hpp"
#include "rules/rule.hpp"

#include <bizmap/model.hpp>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace bizmap::rules {

/// The suggestion as Diagnostic::suggestion expects it.
inline std::string suggestion_text(const std::optional<std::string_view>& suggestion) {
  return suggestion ? std::string(*suggestion) : std::string();
}

/// A process owned by an `external` role: what the outside world does. The
/// ownership and completeness rules skip it.
inline bool is_outside_party(const RuleContext& context, const Process& process) {
  const Role* owner = process.owner ? context.references.role(process.owner->id) : nullptr;
  return owner != nullptr && owner->kind == RoleKind::external;
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
                   std::initializer_list<RefField> fields);

/// Suggests the declared element a reference meant: the one whose display
/// name it is ('Lena (Practice manager)' for the role named so), the one
/// whose id it is when written as an id ('Head baker' for 'head-baker'), or
/// the closest id. Names are indexed once; ids are indexed once for as long
/// as they stay the same (`shared_suggester`).
class ElementSuggester {
public:
  ElementSuggester(const RuleContext& context, ElementKind kind);

  /// "; did you mean 'x'?", with the name that matched when it was one, or
  /// nothing; `suggestion` is set to the id suggested.
  std::string hint(std::string_view reference, std::string& suggestion) const;

private:
  const ReferenceIndex& index_;
  ElementKind kind_;
  std::shared_ptr<const Suggester> ids_;
  std::unordered_map<std::string, std::pair<std::string_view, std::string_view>> by_name_;
};

/// The declared elements of a kind that references naming nothing declared
/// most likely meant: such an element is not unused, the reference is the
/// mistake (unknown-role and its kin report it).
std::unordered_set<std::string_view> meant_by_undeclared(const RuleContext& context,
                                                         ElementKind kind);

/// Whether lines left unread after a YAML mistake may hold more of the
/// process (or system) at `index`: they start after its id and before the
/// next one's in its file. Rules about what the element lacks stay quiet then.
/// The ids of `kind` that the processes whose id was taken name
/// (Model::processes_with_taken_ids): duplicate-id reports the process, but
/// what it uses is still used.
std::unordered_set<std::string_view> used_by_repeated_processes(const Model& model,
                                                                ElementKind kind);

bool process_may_go_on_unread(const Model& model, std::size_t index);
bool system_may_go_on_unread(const Model& model, std::size_t index);

/// Whether the unread lines may name any of the data ids.
bool may_be_unread(const Model& model, const std::vector<Ref>& data);

} // namespace bizmap::rules
