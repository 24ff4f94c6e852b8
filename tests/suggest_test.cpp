#include "model/suggest.hpp"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

using namespace bizmap;

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("owner", "owner") == 0);
  CHECK(edit_distance("ownr", "owner") == 1);
  CHECK(edit_distance("desginer", "designer") == 1);
  CHECK(edit_distance("nmae", "name") == 1);
  CHECK(edit_distance("ca", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("suggestions are close names, or the same name with a kebab part more or less") {
  Suggester data({"client-brief-draft", "invoice", "signed-contract", "lead"});
  CHECK(data.closest("client-brief") == "client-brief-draft");
  CHECK(data.closest("invoise") == "invoice");
  CHECK(data.closest("contract") == "signed-contract");
  CHECK(data.closest("lead") == std::nullopt); // an exact name is not a suggestion
  CHECK(data.closest("weather-report") == std::nullopt);
  CHECK(data.closest("x") == std::nullopt);
}

TEST_CASE("among equally close names the first in sorted order wins") {
  Suggester roles({"baker", "maker"});
  CHECK(roles.closest("taker") == "baker");
}

TEST_CASE("a model's names are suggested for one slip: a letter wrong, missing, extra or moved") {
  Suggester data({"invoice", "signed-contract", "client-brief", "delivery-note"});
  CHECK(data.closest("invoise") == "invoice");             // wrong
  CHECK(data.closest("invoce") == "invoice");              // missing
  CHECK(data.closest("invoicce") == "invoice");            // extra
  CHECK(data.closest("client-breif") == "client-brief");   // swapped
  CHECK(data.closest("elivery-noted") == "delivery-note"); // moved from the start to the end
  // Two separate slips are too far for a model's names...
  CHECK(data.closest("imvoise") == std::nullopt);
  // ...but not for the format's own words, which are few.
  std::vector<std::string_view> layers{"operational", "management", "strategic"};
  CHECK(closest("operations", layers) == "operational");
}

TEST_CASE("of the names with kebab parts added, the shortest is suggested") {
  Suggester data({"client-brief-draft-final", "client-brief-draft", "client-brief-x", "brief-x",
                  "old-client-brief", "b-client-brief"});
  CHECK(data.closest("client-brief") ==
        "b-client-brief"); // as short as 'client-brief-x', sorted first
  CHECK(data.closest("brief") == "brief-x");
  CHECK(data.closest("draft-client-brief-x") == "client-brief-x"); // found by removal
  Suggester suffixes({"very-old-lead", "old-lead", "new-lead-form"});
  CHECK(suffixes.closest("lead") == "old-lead");
  Suggester shorter({"client", "brief", "client-brief"});
  CHECK(shorter.closest("client-brief-draft") == "client-brief");
  CHECK(shorter.closest("new-client") == "client");
}

TEST_CASE("a name cut short or run on at either end is suggested, if it is most of the name") {
  Suggester tools({"decon-logbook", "autoclave", "log"});
  CHECK(tools.closest("decon-log") == "decon-logbook");
  CHECK(tools.closest("decon-logbook-2024") == "decon-logbook");
  CHECK(tools.closest("clave") == "autoclave");
  CHECK(tools.closest("book") == std::nullopt); // 'book' is not most of 'decon-logbook'
  // The format's own words need three letters.
  std::vector<std::string_view> options{"severity", "max"};
  CHECK(closest("maximum", options) == "max");
  std::vector<std::string_view> severities{"error", "warning", "info", "off"};
  CHECK(closest("warn", severities) == "warning");
  CHECK(only_close_match("warn", severities) == "warning");
  std::vector<std::string_view> step_keys{"by", "do"};
  CHECK(closest("bo", step_keys) == "by");
  CHECK(only_close_match("bo", step_keys) == std::nullopt); // as close to 'do'
}

namespace {

// The definition the index must agree with, by comparing every pair.
bool one_deletion_apart(std::string_view a, std::string_view b) {
  auto deletions = [](std::string_view word) {
    std::vector<std::string> all{std::string(word)};
    for (std::size_t i = 0; i < word.size(); ++i) {
      all.push_back(std::string(word.substr(0, i)) + std::string(word.substr(i + 1)));
    }
    return all;
  };
  for (const std::string& x : deletions(a)) {
    for (const std::string& y : deletions(b)) {
      if (x == y) {
        return true;
      }
    }
  }
  return false;
}

std::optional<std::string_view> closest_by_comparing_all(std::string_view word,
                                                         std::vector<std::string_view> names) {
  // One starts or ends the other, and the shorter has four letters or more
  // and at least half of the longer's.
  auto cut_short = [](std::string_view shorter, std::string_view longer) {
    return shorter.size() >= 4 && 2 * shorter.size() >= longer.size() &&
           (longer.starts_with(shorter) || longer.ends_with(shorter));
  };
  std::vector<std::string_view> slips;
  for (std::string_view name : names) {
    if (one_deletion_apart(word, name) || name.starts_with(std::string(word) + "-") ||
        name.ends_with("-" + std::string(word)) || word.starts_with(std::string(name) + "-") ||
        word.ends_with("-" + std::string(name)) || cut_short(word, name) || cut_short(name, word)) {
      slips.push_back(name);
    }
  }
  return closest(word, slips);
}

} // namespace

TEST_CASE("the indexed suggestions are those found by comparing every pair") {
  std::uint32_t state = 12345;
  auto next = [&state](std::uint32_t below) {
    state = state * 1664525U + 1013904223U;
    return (state >> 8) % below;
  };
  auto random_name = [&] {
    std::string name;
    std::size_t length = 1 + next(8);
    for (std::size_t i = 0; i < length; ++i) {
      name += "ab-c"[next(4)];
    }
    return name;
  };
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> storage;
    for (std::size_t i = 0, n = 1 + next(40); i < n; ++i) {
      storage.push_back(random_name());
    }
    std::vector<std::string_view> names(storage.begin(), storage.end());
    Suggester suggester(names);
    for (int query = 0; query < 20; ++query) {
      std::string word = random_name();
      INFO("word '" << word << "' in round " << round);
      CHECK(suggester.closest(word) == closest_by_comparing_all(word, names));
    }
  }
}

TEST_CASE("a shared suggester keeps its own names and is found again for the same names") {
  std::vector<std::string> storage{"signed-invoice", "draft-quote", "weekly-roster"};
  std::vector<std::string_view> names(storage.begin(), storage.end());
  std::shared_ptr<const Suggester> first = shared_suggester(names);
  // The same names in another order, from other strings: the one kept.
  std::vector<std::string> again{"weekly-roster", "signed-invoice", "draft-quote"};
  CHECK(shared_suggester({again.begin(), again.end()}) == first);
  // The caller's strings change and go; the suggester answers from its own.
  for (std::string& name : storage) {
    name.assign(name.size(), 'z');
  }
  storage.clear();
  again.clear();
  std::optional<std::string_view> near = first->closest("signed-invoise");
  REQUIRE(near);
  CHECK(*near == "signed-invoice");
  CHECK(shared_suggester({"signed-invoice", "draft-quote"}) != first);
}
