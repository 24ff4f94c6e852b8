#pragma once

#include "model/references.hpp"

#include <bizmap/model.hpp>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bizmap {

/// Who produces and who consumes each data id, indexed once per check so
/// that every rule runs in linear time. This is the one place that decides
/// whether an input is supplied and an output used.
class Handoffs;

/// The `one_of` that input `input` of a process is an alternative of, or null.
const InputChoice* choice_of(const Process& process, std::size_t input);

class Handoffs {
public:
  /// A process's output or input of one data id.
  struct Use {
    std::size_t process; ///< index into Model::processes
    const Ref* ref;
    /// Of a process whose id `process` has too (Model::processes_with_taken_ids):
    /// another process, written under the same id.
    bool taken_id = false;
  };

  Handoffs(const Model& model, const ReferenceIndex& references);

  std::span<const Use> producers(std::string_view data) const;
  std::span<const Use> consumers(std::string_view data) const;
  bool is_external_input(std::string_view data) const { return external_inputs_.contains(data); }
  bool is_external_output(std::string_view data) const { return external_outputs_.contains(data); }
  bool is_outcome(std::string_view data) const { return outcomes_.contains(data); }

  /// Some process outputs it, or it arrives from outside the business.
  /// Whether input `input` of a process arrives: it is supplied, or it is
  /// an alternative of a `one_of` of which some alternative is supplied.
  bool is_supplied_input(const Process& process, std::size_t input) const;
  bool is_supplied(std::string_view data) const {
    return !producers(data).empty() || is_external_input(data);
  }
  /// Some process inputs it, or it is delivered outside or is an outcome.
  bool is_used(std::string_view data) const {
    return !consumers(data).empty() || is_external_output(data) || is_outcome(data);
  }
  /// A process other than `process` outputs it.
  bool is_produced_by_other(std::string_view data, std::size_t process) const;
  /// A process other than `process` inputs it.
  bool is_consumed_by_other(std::string_view data, std::size_t process) const;

  /// The manager of a system, or of the nearest system above it that has one.
  const std::optional<Ref>& manager_of(std::size_t system) const { return managers_[system]; }

  /// An input that nothing supplies and an output that nothing uses whose
  /// ids are each other's closest match: most likely one handoff written
  /// two ways ('recall-non-respnders' and 'recall-non-responders').
  struct NearMiss {
    std::string_view input;
    std::string_view output;
  };
  /// Every near miss, by input id.
  std::span<const NearMiss> near_misses() const { return near_misses_; }
  /// The other id of the near miss a data id is part of, if it is in one.
  std::optional<std::string_view> near_miss_of(std::string_view data) const;

  /// Every data id some process outputs, for suggestions.
  std::vector<std::string_view> produced() const;
  /// Every data id some process inputs, for suggestions.
  std::vector<std::string_view> consumed() const;

private:
  using Uses = std::unordered_map<std::string_view, std::vector<Use>>;
  void index_repeated_processes(const Model& model);
  void find_near_misses(const Model& model);
  Uses producers_;
  Uses consumers_;
  std::unordered_set<std::string_view> external_inputs_;
  std::unordered_set<std::string_view> external_outputs_;
  std::unordered_set<std::string_view> outcomes_;
  std::vector<std::optional<Ref>> managers_;
  std::vector<NearMiss> near_misses_;
  std::unordered_map<std::string_view, std::string_view> near_miss_partner_;
};

} // namespace bizmap
