#include "lint/suggest.hpp"

#include <catch2/catch.hpp>

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
