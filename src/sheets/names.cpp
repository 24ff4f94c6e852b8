// Ids or names in a cell: an id first, then a unique name, else an id made
// from the name.
#include "sheets/names.hpp"

#include "model/ids.hpp"
#include "sheets/cells.hpp"

#include <algorithm>

namespace bizmap::sheets {

std::string folded(std::string_view text) {
  std::string word(text);
  std::transform(word.begin(), word.end(), word.begin(),
                 [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return word;
}

std::optional<std::string> RowNames::find(std::string_view text) const {
  std::string word(trimmed(text));
  if (by_id_.contains(word)) {
    return word;
  }
  if (auto named = by_name_.find(folded(word)); named != by_name_.end() && !named->second.empty()) {
    return named->second;
  }
  return std::nullopt;
}

std::optional<std::string> RowNames::resolve(std::string_view text) const {
  if (std::optional<std::string> found = find(text)) {
    return found;
  }
  std::string id = as_kebab_case_id(trimmed(text));
  return id.empty() ? std::nullopt : std::optional(id);
}

void RowNames::add(const std::string& id, std::string_view name) {
  by_id_.insert(id);
  if (!name.empty()) {
    auto [it, inserted] = by_name_.try_emplace(folded(name), id);
    if (!inserted && it->second != id) {
      it->second.clear();
    }
  }
}

} // namespace bizmap::sheets
