// The suite itself: every test case can be run on its own, as ctest runs it.
#include <catch2/catch.hpp>
#include <string_view>

namespace {

// ctest runs each test case as `bizmap_tests NAME`. CMake splits the list of
// names at ';' except between brackets and reads '\' as an escape; Catch reads
// '[' as the start of a tag, '*' as a wildcard, a leading '~' as "not", a
// leading '-' as an option, and '"' as a quoted name.
std::string_view unsafe_part(std::string_view name) {
  constexpr std::string_view anywhere = "[];\\*\"";
  std::size_t at = name.find_first_of(anywhere);
  if (at != std::string_view::npos) {
    return name.substr(at, 1);
  }
  if (name.starts_with('~') || name.starts_with('-')) {
    return name.substr(0, 1);
  }
  return {};
}

} // namespace

TEST_CASE("every test case name can be run on its own by ctest", "[suite]") {
  const auto& tests = Catch::getRegistryHub().getTestCaseRegistry().getAllTests();
  CHECK(tests.size() > 100);
  for (const Catch::TestCase& test : tests) {
    INFO(test.name);
    CHECK(unsafe_part(test.name).empty());
  }
}
