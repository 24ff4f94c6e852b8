#pragma once

#include "lint/handoffs.hpp"
#include "lint/suggest.hpp"

#include <bizmap/model.hpp>
#include <bizmap/rule.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bizmap::rules {

/// "; did you mean 'x'?", or nothing when there is no suggestion.
std::string did_you_mean(const std::optional<std::string_view>& suggestion);

/// Whether lines left unread after a YAML mistake may hold more of the
/// process (or system) at `index`: they start after its id and before the
/// next one's in its file. Rules about what the element lacks stay quiet then.
bool process_may_go_on_unread(const Model& model, std::size_t index);
bool system_may_go_on_unread(const Model& model, std::size_t index);

/// Whether the unread lines may name any of the data ids.
bool may_be_unread(const Model& model, const std::vector<Ref>& data);

/// A name as it is compared with display names: trimmed, in lower case.
std::string comparable_name(std::string_view name);
/// A name written as an id: 'Head baker' as 'head-baker'.
std::string as_id(std::string_view name);

/// Suggests the catalogue entry a reference meant: the entry whose display
/// name it is ('Lena (Practice manager)' for the role named so), the entry
/// whose id it is when written as an id ('Head baker' for 'head-baker'), or
/// the closest id. Names and ids are indexed once.
class CatalogueSuggester {
public:
  template <class Entry>
  CatalogueSuggester(const std::vector<Entry>& entries, std::string_view kind)
      : ids_(ids_of(entries)), kind_(kind) {
    for (const Entry& entry : entries) {
      id_set_.insert(entry.id.id);
      if (!entry.name.empty()) {
        by_name_.emplace(comparable_name(entry.name), &entry.name);
        id_of_name_.emplace(&entry.name, entry.id.id);
      }
    }
  }

  /// "; did you mean 'x'?", with the name that matched when it was one, or
  /// nothing; `suggestion` is set to the id suggested.
  std::string hint(std::string_view reference, std::string& suggestion) const;

private:
  template <class Entry>
  static std::vector<std::string_view> ids_of(const std::vector<Entry>& entries) {
    std::vector<std::string_view> ids;
    for (const Entry& entry : entries) {
      ids.push_back(entry.id.id);
    }
    return ids;
  }

  Suggester ids_;
  std::string_view kind_;
  std::unordered_set<std::string_view> id_set_;
  std::unordered_map<std::string, const std::string*> by_name_;
  std::unordered_map<const std::string*, std::string_view> id_of_name_;
};

/// Adds to the names `used` the catalogue entries that misspelt ones meant:
/// an entry that a reference misses by a slip is not unused, the reference is
/// wrong (and unknown-role or its kin report it).
template <class Entry>
void add_meant_entries(const std::vector<Entry>& entries, std::string_view kind,
                       std::unordered_set<std::string_view>& used) {
  std::unordered_map<std::string_view, std::string_view> ids;
  for (const Entry& entry : entries) {
    ids.emplace(entry.id.id, entry.id.id);
  }
  CatalogueSuggester suggester(entries, kind);
  std::vector<std::string_view> meant;
  for (std::string_view name : used) {
    std::string suggestion;
    if (!ids.contains(name) && !suggester.hint(name, suggestion).empty()) {
      meant.push_back(ids.at(suggestion));
    }
  }
  used.insert(meant.begin(), meant.end());
}

/// The suggestion as Diagnostic::suggestion expects it.
inline std::string suggestion_text(const std::optional<std::string_view>& suggestion) {
  return suggestion ? std::string(*suggestion) : std::string();
}

} // namespace bizmap::rules
