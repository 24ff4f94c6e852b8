#pragma once

#include <bizmap/model.hpp>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bizmap {

/// Who produces and who consumes each data id, and the catalogues, indexed
/// once per check so that every rule runs in linear time.
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

  explicit Handoffs(const Model& model);

  std::span<const Use> producers(std::string_view data) const;
  std::span<const Use> consumers(std::string_view data) const;
  bool is_external_input(std::string_view data) const { return external_inputs_.contains(data); }
  bool is_external_output(std::string_view data) const { return external_outputs_.contains(data); }
  bool is_outcome(std::string_view data) const { return outcomes_.contains(data); }

  const Role* role(std::string_view id) const;
  bool has_tool(std::string_view id) const { return tools_.contains(id); }
  bool has_data(std::string_view id) const { return data_.contains(id); }

  /// The manager of a system, or of the nearest system above it that has one.
  const std::optional<Ref>& manager_of(std::size_t system) const { return managers_[system]; }

  /// Every data id some process outputs, for suggestions.
  std::vector<std::string_view> produced() const;
  /// Every data id some process inputs, for suggestions.
  std::vector<std::string_view> consumed() const;

private:
  using Uses = std::unordered_map<std::string_view, std::vector<Use>>;
  void index_repeated_processes(const Model& model);
  Uses producers_;
  Uses consumers_;
  std::unordered_set<std::string_view> external_inputs_;
  std::unordered_set<std::string_view> external_outputs_;
  std::unordered_set<std::string_view> outcomes_;
  std::unordered_map<std::string_view, const Role*> roles_;
  std::unordered_set<std::string_view> tools_;
  std::unordered_set<std::string_view> data_;
  std::vector<std::optional<Ref>> managers_;
};

} // namespace bizmap
