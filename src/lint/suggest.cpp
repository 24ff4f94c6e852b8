#include "lint/suggest.hpp"

#include <algorithm>
#include <limits>

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

// How far apart two names are, or nullopt when they are too far apart to be
// a likely slip.
std::optional<std::size_t> slip_distance(std::string_view word, std::string_view candidate) {
  std::size_t longest = std::max(word.size(), candidate.size());
  std::size_t gap = longest - std::min(word.size(), candidate.size());
  if (differs_by_kebab_part(word, candidate) || differs_by_kebab_part(candidate, word)) {
    return gap;
  }
  std::size_t allowed = std::max<std::size_t>(1, longest / 3);
  if (gap > allowed) {
    return std::nullopt;
  }
  std::size_t distance = edit_distance(word, candidate);
  return distance <= allowed ? std::optional(distance) : std::nullopt;
}

} // namespace

Suggester::Suggester(std::vector<std::string_view> candidates)
    : candidates_(std::move(candidates)) {
  std::sort(candidates_.begin(), candidates_.end());
  candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
}

std::optional<std::string_view> Suggester::closest(std::string_view word) const {
  std::optional<std::string_view> best;
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  for (std::string_view candidate : candidates_) {
    if (candidate == word) {
      continue;
    }
    std::optional<std::size_t> distance = slip_distance(word, candidate);
    if (distance && *distance < best_distance) {
      best = candidate;
      best_distance = *distance;
    }
  }
  return best;
}

std::optional<std::string_view> closest(std::string_view word,
                                        std::span<const std::string_view> candidates) {
  return Suggester({candidates.begin(), candidates.end()}).closest(word);
}

} // namespace bizmap
