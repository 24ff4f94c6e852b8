#include "model/suggest.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <fmt/format.h>
#include <limits>
#include <mutex>
#include <string>
#include <type_traits>

namespace bizmap {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Three rows of the optimal string alignment table: a swap of two adjacent
  // letters ('nmae' for 'name') counts as one slip, as people make it.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    previous[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        row[j] = std::min(row[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return previous[b.size()];
}

namespace {

// 'client-brief' and 'client-brief-draft', or 'brief' and 'client-brief'.
bool differs_by_kebab_part(std::string_view shorter, std::string_view longer) {
  if (shorter.size() >= longer.size() || shorter.empty()) {
    return false;
  }
  std::size_t extra = longer.size() - shorter.size();
  bool prefix = longer.starts_with(shorter) && longer[shorter.size()] == '-';
  bool suffix = longer.ends_with(shorter) && longer[extra - 1] == '-';
  return prefix || suffix;
}

// 'max' and 'maximum', 'decon-log' and 'decon-logbook': one name starts or
// ends the other. Of a model's names the shorter must be at least half the
// longer ('log' is no hint of 'decon-logbook'); the format's words are few and
// short, so three letters are enough ('max' for 'maximum').
bool affix_of(std::string_view shorter, std::string_view longer, bool format_word) {
  bool long_enough = format_word ? shorter.size() >= 3
                                 : shorter.size() >= 4 && 2 * shorter.size() >= longer.size();
  return long_enough && shorter.size() < longer.size() &&
         (longer.starts_with(shorter) || longer.ends_with(shorter));
}

// How far apart two names are, or nullopt when they are too far apart to be
// a likely slip. A name that starts or ends the other is as far as the
// letters it lacks, which is also their edit distance.
std::optional<std::size_t> slip_distance(std::string_view word, std::string_view candidate,
                                         bool format_word) {
  std::size_t longest = std::max(word.size(), candidate.size());
  std::size_t gap = longest - std::min(word.size(), candidate.size());
  if (differs_by_kebab_part(word, candidate) || differs_by_kebab_part(candidate, word) ||
      affix_of(word, candidate, format_word) || affix_of(candidate, word, format_word)) {
    return gap;
  }
  std::size_t allowed = std::max<std::size_t>(1, longest / 3);
  if (gap > allowed) {
    return std::nullopt;
  }
  std::size_t distance = edit_distance(word, candidate);
  return distance <= allowed ? std::optional(distance) : std::nullopt;
}

// Hashes of a word and of each word one deletion away from it; two names a
// slip apart share one of them. Polynomial hashes modulo 2^64: a deletion's
// hash is computed from the prefix and suffix hashes without building it.
// Equal hashes of different strings only add candidates that the distance
// check then rejects.
template <class Visit> void for_each_variant(std::string_view word, Visit visit) {
  constexpr std::uint64_t base = 0x100000001b3ULL;
  auto letter = [](char c) {
    return static_cast<std::uint64_t>(static_cast<unsigned char>(c)) + 1;
  };
  std::size_t n = word.size();
  std::vector<std::uint64_t> power(n + 1, 1), suffix(n + 1, 0);
  for (std::size_t k = 0; k < n; ++k) {
    power[k + 1] = power[k] * base;
  }
  for (std::size_t k = n; k-- > 0;) {
    suffix[k] = suffix[k + 1] + letter(word[k]) * power[n - 1 - k];
  }
  visit(suffix[0]);
  std::uint64_t prefix = 0;
  for (std::size_t i = 0; i < n; ++i) {
    visit(prefix * power[n - 1 - i] + suffix[i + 1]);
    prefix = prefix * base + letter(word[i]);
  }
}

std::string reversed(std::string_view word) {
  return {word.rbegin(), word.rend()};
}

std::vector<std::string_view> sorted_unique(std::vector<std::string_view> names) {
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

// Positions in `names` (sorted) of the names that start with `prefix`.
template <class Names>
std::pair<std::size_t, std::size_t> range_starting_with(const Names& names,
                                                        const std::string& prefix) {
  auto before = [](std::string_view a, std::string_view b) { return a < b; };
  auto first = std::lower_bound(names.begin(), names.end(), std::string_view(prefix), before);
  std::string past = prefix; // the first string after every name that starts with prefix
  while (!past.empty() && static_cast<unsigned char>(past.back()) == 0xFF) {
    past.pop_back();
  }
  auto last = names.end();
  if (!past.empty()) {
    past.back() = static_cast<char>(past.back() + 1);
    last = std::lower_bound(first, names.end(), std::string_view(past), before);
  }
  return {static_cast<std::size_t>(first - names.begin()),
          static_cast<std::size_t>(last - names.begin())};
}

} // namespace

Suggester::ShortestInRange::ShortestInRange(const std::vector<Shortness>& names)
    : leaves_(names.size()), tree_(2 * names.size()) {
  std::copy(names.begin(), names.end(), tree_.begin() + static_cast<std::ptrdiff_t>(leaves_));
  for (std::size_t i = leaves_; i-- > 1;) {
    tree_[i] = std::min(tree_[2 * i], tree_[2 * i + 1]);
  }
}

std::optional<std::uint32_t> Suggester::ShortestInRange::find(std::size_t first,
                                                              std::size_t last) const {
  std::optional<Shortness> best;
  auto take = [&best](const Shortness& name) {
    if (!best || name < *best) {
      best = name;
    }
  };
  for (first += leaves_, last += leaves_; first < last; first /= 2, last /= 2) {
    if (first % 2 == 1) {
      take(tree_[first++]);
    }
    if (last % 2 == 1) {
      take(tree_[--last]);
    }
  }
  if (!best) {
    return std::nullopt;
  }
  return best->position;
}

Suggester::Suggester(std::vector<std::string_view> candidates)
    : candidates_(sorted_unique(std::move(candidates))), shortest_(shortness_in_order(candidates_)),
      shortest_reversed_({}) {
  for (std::uint32_t i = 0; i < candidates_.size(); ++i) {
    for_each_variant(candidates_[i], [&](std::uint64_t hash) { variants_.push_back({hash, i}); });
  }
  std::sort(variants_.begin(), variants_.end());
  variants_.erase(std::unique(variants_.begin(), variants_.end()), variants_.end());

  std::vector<std::pair<std::string, std::uint32_t>> backwards;
  backwards.reserve(candidates_.size());
  for (std::uint32_t i = 0; i < candidates_.size(); ++i) {
    backwards.emplace_back(reversed(candidates_[i]), i);
  }
  std::sort(backwards.begin(), backwards.end());
  std::vector<Shortness> shortness;
  for (auto& [name, owner] : backwards) {
    shortness.push_back({name.size(), owner});
    reversed_.push_back(std::move(name));
  }
  shortest_reversed_ = ShortestInRange(shortness);
}

std::vector<Suggester::Shortness>
Suggester::shortness_in_order(const std::vector<std::string_view>& names) {
  std::vector<Shortness> shortness;
  shortness.reserve(names.size());
  for (std::uint32_t i = 0; i < names.size(); ++i) {
    shortness.push_back({names[i].size(), i});
  }
  return shortness;
}

void Suggester::look_up_variants(std::string_view word, std::vector<std::uint32_t>& found) const {
  for_each_variant(word, [&](std::uint64_t hash) {
    auto first = std::lower_bound(variants_.begin(), variants_.end(), Variant{hash, 0});
    for (auto it = first; it != variants_.end() && it->hash == hash; ++it) {
      found.push_back(it->candidate);
    }
  });
}

std::optional<std::uint32_t> Suggester::position_of(std::string_view name) const {
  auto it = std::lower_bound(candidates_.begin(), candidates_.end(), name);
  if (it == candidates_.end() || *it != name) {
    return std::nullopt;
  }
  return static_cast<std::uint32_t>(it - candidates_.begin());
}

// Names that start or end with the word (only the shortest of each kind can
// win: it lacks the fewest letters), and names that the word starts or ends
// with: kebab parts added or removed, or a name cut short ('decon-log').
void Suggester::look_up_relatives(std::string_view word, std::vector<std::uint32_t>& found) const {
  if (word.empty()) {
    return;
  }
  auto shortest_other = [&](const ShortestInRange& shortest, auto range, const auto& names,
                            const std::string& prefix) {
    auto [first, last] = range;
    if (first < last && names[first] == prefix) {
      ++first; // the word itself is no suggestion
    }
    if (auto position = shortest.find(first, last)) {
      found.push_back(*position);
    }
  };
  std::string forwards(word);
  std::string backwards = reversed(word);
  shortest_other(shortest_, range_starting_with(candidates_, forwards + "-"), candidates_, "");
  shortest_other(shortest_reversed_, range_starting_with(reversed_, backwards + "-"), reversed_,
                 "");
  shortest_other(shortest_, range_starting_with(candidates_, forwards), candidates_, forwards);
  shortest_other(shortest_reversed_, range_starting_with(reversed_, backwards), reversed_,
                 backwards);
  for (std::size_t length = 1; length < word.size(); ++length) {
    for (std::string_view part : {word.substr(0, length), word.substr(word.size() - length)}) {
      bool kebab = part.size() < word.size() &&
                   (word[part.size()] == '-' || word[word.size() - part.size() - 1] == '-');
      if ((kebab || affix_of(part, word, false)) && part != word) {
        if (auto position = position_of(part)) {
          found.push_back(*position);
        }
      }
    }
  }
}

std::optional<std::string_view> Suggester::closest(std::string_view word) const {
  std::vector<std::uint32_t> found;
  look_up_variants(word, found);
  look_up_relatives(word, found);
  std::optional<std::uint32_t> best;
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  for (std::uint32_t position : found) {
    std::string_view candidate = candidates_[position];
    if (candidate == word) {
      continue;
    }
    std::optional<std::size_t> distance = slip_distance(word, candidate, false);
    if (distance &&
        (*distance < best_distance || (*distance == best_distance && position < *best))) {
      best = position;
      best_distance = *distance;
    }
  }
  if (!best) {
    return std::nullopt;
  }
  return candidates_[*best];
}

std::optional<std::string_view> closest(std::string_view word,
                                        std::span<const std::string_view> candidates) {
  std::optional<std::string_view> best;
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  for (std::string_view candidate : candidates) {
    if (candidate == word) {
      continue;
    }
    std::optional<std::size_t> distance = slip_distance(word, candidate, true);
    if (distance &&
        (*distance < best_distance || (*distance == best_distance && candidate < *best))) {
      best = candidate;
      best_distance = *distance;
    }
  }
  return best;
}

std::optional<std::string_view> only_close_match(std::string_view word,
                                                 std::span<const std::string_view> candidates) {
  std::optional<std::string_view> best = closest(word, candidates);
  if (!best) {
    return std::nullopt;
  }
  std::size_t distance = *slip_distance(word, *best, true);
  for (std::string_view candidate : candidates) {
    std::optional<std::size_t> other = slip_distance(word, candidate, true);
    if (candidate != *best && candidate != word && other && *other == distance) {
      return std::nullopt;
    }
  }
  return best;
}

std::string did_you_mean(std::optional<std::string_view> suggestion, std::string_view detail) {
  if (!suggestion) {
    return {};
  }
  if (detail.empty()) {
    return fmt::format("; did you mean '{}'?", *suggestion);
  }
  return fmt::format("; did you mean '{}' ({})?", *suggestion, detail);
}

} // namespace bizmap

namespace bizmap {
namespace {

// A set of names and the Suggester over them, made together. The Suggester
// views the names: they are const, and the entry can be neither copied nor
// moved, so the views stay valid for as long as the entry.
class SharedSuggester {
public:
  explicit SharedSuggester(std::span<const std::string_view> sorted_names)
      : names_(sorted_names.begin(), sorted_names.end()),
        suggester_(std::vector<std::string_view>(names_.begin(), names_.end())) {}
  SharedSuggester(const SharedSuggester&) = delete;
  SharedSuggester& operator=(const SharedSuggester&) = delete;

  bool has_names(std::span<const std::string_view> sorted_names) const {
    return std::equal(names_.begin(), names_.end(), sorted_names.begin(), sorted_names.end());
  }
  const Suggester& suggester() const { return suggester_; }

private:
  const std::vector<std::string> names_;
  const Suggester suggester_;
};
static_assert(!std::is_copy_constructible_v<SharedSuggester> &&
              !std::is_move_constructible_v<SharedSuggester>);

constexpr std::size_t shared_suggesters_kept = 8;

} // namespace

std::shared_ptr<const Suggester> shared_suggester(std::vector<std::string_view> names) {
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  static std::mutex mutex;
  static std::deque<std::shared_ptr<const SharedSuggester>> kept;
  std::lock_guard lock(mutex);
  for (const std::shared_ptr<const SharedSuggester>& entry : kept) {
    if (entry->has_names(names)) {
      return {entry, &entry->suggester()};
    }
  }
  auto entry = std::make_shared<const SharedSuggester>(names);
  kept.push_front(entry);
  if (kept.size() > shared_suggesters_kept) {
    kept.pop_back();
  }
  return {entry, &entry->suggester()};
}

} // namespace bizmap
