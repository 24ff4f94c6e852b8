// bizmap-suggest-bench N...: the "did you mean" index (model/suggest.hpp) on
// N data ids shaped like bench/generate.py's (adjective-noun-number). For
// each N it times, as the median of a few runs:
// - building a Suggester over the ids, and asking shared_suggester for them
//   the first time (it builds one) and again (it finds the one kept);
// - N misspelt ids, each one edit from a real id (generate.py's typo), asked
//   three times each, as the rules ask for a broken input (unknown-data,
//   unused-data and unproduced-input each want its suggestion);
// - N references to "stock", which starts N/2 ids ("stock-count-..."): the
//   shortest of many names that start with the word.
#include "model/suggest.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::array<std::string_view, 8> adjectives{"draft",   "signed", "approved", "weekly",
                                                     "pending", "final",  "urgent",   "internal"};
constexpr std::array<std::string_view, 8> nouns{"order",   "invoice", "quote",  "booking",
                                                "payment", "receipt", "ledger", "shipment"};

std::vector<std::string> data_ids(std::size_t count, std::mt19937& random) {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < count; ++i) {
    ids.push_back(std::string(adjectives[random() % adjectives.size()]) + "-" +
                  std::string(nouns[random() % nouns.size()]) + "-" + std::to_string(i));
  }
  return ids;
}

// One letter swapped with the next, dropped or replaced, as generate.py's typo.
std::string typo(std::string id, std::mt19937& random) {
  std::size_t at = random() % (id.find_last_of('-'));
  if (id[at] == '-') {
    ++at;
  }
  switch (random() % 3) {
  case 0:
    if (at + 1 < id.size() && id[at + 1] != '-' && id[at] != id[at + 1]) {
      std::swap(id[at], id[at + 1]);
      return id;
    }
    [[fallthrough]];
  case 1:
    id.erase(at, 1);
    return id;
  default:
    id[at] = id[at] == 'x' ? 'y' : 'x';
    return id;
  }
}

double median_ms(int runs, const std::function<void()>& work) {
  std::vector<double> times;
  for (int run = 0; run < runs; ++run) {
    auto start = std::chrono::steady_clock::now();
    work();
    times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

void measure(std::size_t count) {
  std::mt19937 random(1);
  std::vector<std::string> ids = data_ids(count, random);
  for (std::size_t i = 0; i < count / 2; ++i) {
    ids[i] = "stock-count-" + std::to_string(i); // a common start
  }
  std::vector<std::string_view> views(ids.begin(), ids.end());
  std::vector<std::string> misspelt;
  for (std::size_t i = 0; i < count; ++i) {
    misspelt.push_back(typo(ids[random() % count], random));
  }
  const int runs = 5;
  std::size_t found = 0;
  double build = median_ms(runs, [&] { found += bizmap::Suggester(views).closest("x") ? 1 : 0; });
  bizmap::Suggester suggester(views);
  double typos = median_ms(runs, [&] {
    for (const std::string& word : misspelt) {
      for (int ask = 0; ask < 3; ++ask) {
        found += suggester.closest(word) ? 1 : 0;
      }
    }
  });
  double common_start = median_ms(runs, [&] {
    for (std::size_t i = 0; i < count; ++i) {
      found += suggester.closest("stock") ? 1 : 0;
    }
  });
  // Distinct names each run, so that the first call finds nothing kept.
  int generation = 0;
  double shared_first = median_ms(runs, [&] {
    std::vector<std::string_view> names = views;
    std::string fresh = "fresh-" + std::to_string(generation++);
    names.push_back(fresh);
    found += bizmap::shared_suggester(names)->closest("x") ? 1 : 0;
  });
  (void)bizmap::shared_suggester(views);
  double shared_again =
      median_ms(runs, [&] { found += bizmap::shared_suggester(views)->closest("x") ? 1 : 0; });
  std::printf("%8zu ids  build %8.1f ms  shared: first %8.1f ms, again %7.1f ms  "
              "%zu typos x3 %8.1f ms (%.2f us each)  %zu x 'stock' %9.1f ms  (%zu found)\n",
              count, build, shared_first, shared_again, misspelt.size(), typos,
              1000.0 * typos / (3.0 * static_cast<double>(misspelt.size())), count, common_start,
              found);
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bizmap-suggest-bench N...\n");
    return 2;
  }
  for (int i = 1; i < argc; ++i) {
    measure(static_cast<std::size_t>(std::strtoull(argv[i], nullptr, 10)));
  }
  return 0;
}
