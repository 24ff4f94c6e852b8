// The project's documentation stands alone: every relative link in it
// resolves to a file and heading of the repository, and none points at
// material that does not ship with it.
#include "report_tools.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <vector>

namespace bizmap::testing {
namespace {

std::vector<fs::path> documentation_pages() {
  std::vector<fs::path> pages{source_dir() / "README.md", source_dir() / "ARCHITECTURE.md"};
  for (const char* folder : {"docs", "examples", "bench", "fuzz"}) {
    for (const auto& entry : fs::recursive_directory_iterator(source_dir() / folder)) {
      if (entry.path().extension() == ".md") {
        pages.push_back(entry.path());
      }
    }
  }
  return pages;
}

} // namespace

TEST_CASE("every relative link in the documentation resolves", "[docs]") {
  std::vector<fs::path> pages = documentation_pages();
  CHECK(pages.size() > 10);
  CHECK(broken_links(pages) == "");
}

TEST_CASE("the documentation does not send readers outside the project", "[docs]") {
  for (const fs::path& page : documentation_pages()) {
    std::string text = read_text(page);
    INFO(page.lexically_relative(source_dir()).generic_string());
    CHECK(text.find("shared/spec") == std::string::npos);
    CHECK(text.find("../shared") == std::string::npos);
  }
}

} // namespace bizmap::testing
