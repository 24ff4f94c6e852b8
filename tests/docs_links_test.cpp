// The project's documentation stands alone: every relative link in it
// resolves to a file of the repository, and none points outside it.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <regex>
#include <vector>

namespace bizmap::testing {
namespace {

std::vector<fs::path> documentation_pages() {
  std::vector<fs::path> pages{source_dir() / "README.md", source_dir() / "ARCHITECTURE.md"};
  for (const char* folder : {"docs", "examples", "bench", "tests", "fuzz"}) {
    for (const auto& entry : fs::recursive_directory_iterator(source_dir() / folder)) {
      if (entry.path().extension() == ".md") {
        pages.push_back(entry.path());
      }
    }
  }
  return pages;
}

// The targets of Markdown links and images: [text](target) and ![alt](target).
std::vector<std::string> link_targets(const std::string& markdown) {
  static const std::regex link(R"(\]\(([^)\s]+)(?:\s+"[^"]*")?\))");
  std::vector<std::string> targets;
  for (auto it = std::sregex_iterator(markdown.begin(), markdown.end(), link);
       it != std::sregex_iterator(); ++it) {
    targets.push_back((*it)[1].str());
  }
  return targets;
}

bool is_external(const std::string& target) {
  return target.starts_with("http://") || target.starts_with("https://") ||
         target.starts_with("mailto:") || target.starts_with("#");
}

} // namespace

TEST_CASE("every relative link in the documentation resolves", "[docs]") {
  std::size_t checked = 0;
  for (const fs::path& page : documentation_pages()) {
    for (const std::string& target : link_targets(read_text(page))) {
      if (is_external(target)) {
        continue;
      }
      fs::path file = page.parent_path() / target.substr(0, target.find('#'));
      INFO(page.lexically_relative(source_dir()).generic_string() << " links " << target);
      CHECK(fs::exists(file));
      CHECK(fs::weakly_canonical(file).string().starts_with(source_dir().string()));
      ++checked;
    }
  }
  CHECK(checked > 20);
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
