#pragma once

#include <bizmap/model.hpp>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bizmap {

/// Every field of the format that names another element by id.
enum class RefField : std::uint8_t {
  system_manager,
  system_outcome,
  system_tool,
  process_owner,
  process_input,
  process_output,
  process_tool,
  process_consulted,
  process_informed,
  what_if_process,
  step_by,
  step_tool,
  step_input,
  step_output,
  data_system_of_record,
  external_input,
  external_output,
  role_backup,
  role_filled_by,
};

/// What the format says about a reference field.
struct FieldInfo {
  RefField field;
  ElementKind names;    ///< the kind of element the field refers to
  std::string_view key; ///< the YAML key, as a user writes it
};

/// The description of a field.
const FieldInfo& info(RefField field);

/// An element of the model by kind and position in its Model list.
struct ElementRef {
  ElementKind kind = ElementKind::process;
  std::size_t index = 0;

  friend bool operator==(const ElementRef&, const ElementRef&) = default;
};

/// An id as written where it is defined.
struct Definition {
  ElementRef element;
  const Ref* id;
};

/// A reference to an id, with the element and field that hold it.
struct Reference {
  RefField field;
  const Ref* ref;
  /// The system, process or data item holding it; none for `external`.
  std::optional<ElementRef> holder;
  std::optional<std::size_t> step; ///< the step of the process, for step fields

  ElementKind names() const { return info(field).names; }
};

/// Every id and every reference of a model, built in one walk. Rules, pages,
/// the language server and the diff read references here instead of walking
/// the model themselves, so a new reference field is added in references.cpp
/// only.
class ReferenceIndex {
public:
  explicit ReferenceIndex(const Model& model);

  /// Every definition, in model order: roles, tools, data, systems, processes.
  std::span<const Definition> definitions() const { return definitions_; }
  /// Every reference, in model order.
  std::span<const Reference> references() const { return references_; }

  /// The definitions of an id, usually one; more for a duplicate id.
  std::span<const std::size_t> definitions_of(ElementKind kind, std::string_view id) const;
  /// The first definition of an id, or null.
  const Definition* definition(ElementKind kind, std::string_view id) const;
  /// The references to an id (positions in references()).
  std::span<const std::size_t> references_to(ElementKind kind, std::string_view id) const;
  /// The references of a kind that name no definition of it (positions in
  /// references(), in model order): the misspelt and the undeclared.
  std::span<const std::size_t> undeclared(ElementKind kind) const {
    return undeclared_[static_cast<std::size_t>(kind)];
  }

  /// Whether references of this kind are checked against declared ids: the
  /// model declares a catalogue of them (systems and processes always are).
  bool is_checked(ElementKind kind) const;
  /// Every declared id of a kind, for suggestions.
  std::vector<std::string_view> ids(ElementKind kind) const;
  /// The declared role with this id, or null.
  const Role* role(std::string_view id) const;

private:
  using Positions = std::unordered_map<std::string_view, std::vector<std::size_t>>;
  static constexpr std::size_t kinds = 5;

  void define(ElementKind kind, std::size_t index, const Ref& id);
  void refer(RefField field, const Ref& ref, std::optional<ElementRef> holder,
             std::optional<std::size_t> step = {});
  void refer(RefField field, const std::optional<Ref>& ref, std::optional<ElementRef> holder,
             std::optional<std::size_t> step = {});
  void refer(RefField field, const std::vector<Ref>& refs, std::optional<ElementRef> holder,
             std::optional<std::size_t> step = {});
  void walk_process(const Process& process, std::size_t index);
  void find_undeclared();

  const Model& model_;
  std::vector<Definition> definitions_;
  std::vector<Reference> references_;
  Positions defined_[kinds];
  Positions referenced_[kinds];
  std::vector<std::size_t> undeclared_[kinds];
};

} // namespace bizmap
