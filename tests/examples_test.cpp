// The bundled examples: the realistic businesses are clean, and the broken
// ones give exactly their golden findings and, together, show every rule.
#include "rules/rule.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <set>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

std::vector<fs::path> entries_of(const fs::path& folder) {
  std::vector<fs::path> entries;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    std::string extension = entry.path().extension().string();
    if (entry.is_directory() || extension == ".yaml" || extension == ".yml") {
      entries.push_back(entry.path());
    }
  }
  std::sort(entries.begin(), entries.end());
  return entries;
}

} // namespace

TEST_CASE("every example business checks clean") {
  std::vector<fs::path> businesses = entries_of(source_dir() / "examples");
  std::erase(businesses, source_dir() / "examples" / "broken");
  REQUIRE(businesses.size() >= 3);
  for (const fs::path& business : businesses) {
    DYNAMIC_SECTION(business.filename().string()) {
      Checked checked = check_path(business);
      CHECK(finding_lines(checked, business) == "");
      CHECK(checked.loaded.model.systems.size() >= 4);
      CHECK(checked.loaded.model.processes.size() >= 12);
      CHECK(!checked.loaded.model.roles.empty());
      CHECK(!checked.loaded.model.tools.empty());
      CHECK(!checked.loaded.model.data.empty());
    }
  }
}

TEST_CASE("broken examples give exactly their golden findings") {
  fs::path broken = source_dir() / "examples" / "broken";
  for (const fs::path& entry : entries_of(broken)) {
    DYNAMIC_SECTION(entry.filename().string()) {
      compare_with_golden(finding_lines(check_path(entry), broken),
                          broken / (entry.stem().string() + ".out"));
    }
  }
}
