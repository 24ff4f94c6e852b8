#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// Edit distance between two words: insertions, deletions, substitutions and
/// swaps of two adjacent letters each count one.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// Finds, among known names, the one a misspelt name was most likely meant to
/// be: a slip of one letter (one wrong, missing, extra or moved letter, or two
/// letters swapped), the same name with kebab-case parts added or missing at
/// either end ('client-brief' for 'client-brief-draft'), or the name cut
/// short or run on at either end, by no more than its own length
/// ('decon-log' for 'decon-logbook').
///
/// The names are indexed once, so each question costs time in proportion to
/// the length of the word, not to the number of names: a model with ten
/// thousand broken references is checked in linear time.
class Suggester {
public:
  explicit Suggester(std::vector<std::string_view> candidates);

  std::optional<std::string_view> closest(std::string_view word) const;

private:
  // A name's length and its position in candidates_: the shorter name
  // orders first, and of equally short names the first in sorted order.
  struct Shortness {
    std::size_t length;
    std::uint32_t position;
    auto operator<=>(const Shortness&) const = default;
  };

  // Among the names in [first, last) of a sorted list, the least Shortness,
  // in time logarithmic in the list: a tree of the minimum of each half.
  class ShortestInRange {
  public:
    explicit ShortestInRange(const std::vector<Shortness>& names);
    std::optional<std::uint32_t> find(std::size_t first, std::size_t last) const;

  private:
    std::size_t leaves_ = 0;
    std::vector<Shortness> tree_;
  };

  struct Variant {
    std::uint64_t hash;
    std::uint32_t candidate;
    auto operator<=>(const Variant&) const = default;
  };

  static std::vector<Shortness> shortness_in_order(const std::vector<std::string_view>& names);
  void look_up_variants(std::string_view word, std::vector<std::uint32_t>& found) const;
  void look_up_relatives(std::string_view word, std::vector<std::uint32_t>& found) const;
  std::optional<std::uint32_t> position_of(std::string_view name) const;

  std::vector<std::string_view> candidates_;  // sorted, unique
  std::vector<Variant> variants_;             // sorted by hash
  std::vector<std::string> reversed_;         // sorted
  std::vector<std::uint32_t> reversed_owner_; // position in candidates_ of reversed_[i]
  ShortestInRange shortest_;
  ShortestInRange shortest_reversed_;
};

/// A Suggester over these names, shared with the callers that asked for the
/// same names before it: the language server checks the same catalogues after
/// every edit, and indexing them again would cost more than the edit itself.
/// The few most recent sets of names are kept, each with its own copy.
std::shared_ptr<const Suggester> shared_suggester(std::vector<std::string_view> names);

/// "; did you mean 'x'?", or "; did you mean 'x' (detail)?" with a detail, or
/// nothing when there is no suggestion: the one phrasing of every suggestion.
std::string did_you_mean(std::optional<std::string_view> suggestion, std::string_view detail = {});

/// The closest of a few fixed words (the format's keys and values, rule ids):
/// a name within an edit distance of a third of the longer name, with a
/// kebab-case part added or missing, or that starts or ends the other with
/// three letters or more ('max' for 'maximum'). It compares the word with every
/// candidate, so it is for vocabularies of the format, not for a model's
/// names; those go through Suggester.
std::optional<std::string_view> closest(std::string_view word,
                                        std::span<const std::string_view> candidates);

/// The closest of a few fixed words, as closest() finds it, but only when no
/// other word is as close: the one word a slip can have meant.
std::optional<std::string_view> only_close_match(std::string_view word,
                                                 std::span<const std::string_view> candidates);

} // namespace bizmap
