#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace bizmap::sheets {

/// The text with A-Z as a-z: how names are compared.
std::string folded(std::string_view text);

/// Ids and names of one kind of element, as the rows of a sheet name them.
class RowNames {
public:
  /// The id of the element `text` is the id of, or the one name of (in any case).
  std::optional<std::string> find(std::string_view text) const;
  /// The id `text` names: an id first, then a unique name, else an id made
  /// from the name as bizmap makes ids; nothing when it has no letter or digit.
  std::optional<std::string> resolve(std::string_view text) const;
  bool has(const std::string& id) const { return by_id_.contains(id); }
  /// Adds an element; a name two elements share names neither.
  void add(const std::string& id, std::string_view name);

private:
  std::unordered_set<std::string> by_id_;
  std::unordered_map<std::string, std::string> by_name_; ///< empty id: a name two share
};

} // namespace bizmap::sheets
