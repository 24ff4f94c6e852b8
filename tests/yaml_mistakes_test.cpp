// The catalogue of mistakes people make writing a model by hand
// (tests/yaml-mistakes/): each gives exactly its golden findings, and
// docs/yaml-mistakes.md shows every one as the fixtures say.
#include "output/output.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <set>
#include <sstream>
#include <yaml-cpp/yaml.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

fs::path catalogue_folder() {
  return source_dir() / "tests" / "yaml-mistakes";
}

struct Mistake {
  std::string group;
  std::string name;
  std::uint32_t line; ///< of the finding; 0: the file reads as it is
  std::string title;
  std::string fix;
};

std::vector<Mistake> catalogue() {
  std::vector<Mistake> mistakes;
  for (const YAML::Node& group : YAML::LoadFile((catalogue_folder() / "catalogue.yaml").string())) {
    for (const YAML::Node& mistake : group["mistakes"]) {
      mistakes.push_back({group["group"].as<std::string>(), mistake["name"].as<std::string>(),
                          mistake["line"].as<std::uint32_t>(), mistake["title"].as<std::string>(),
                          mistake["fix"].as<std::string>()});
    }
  }
  return mistakes;
}

// What `bizmap check NAME.yaml` prints, run in the catalogue's folder.
struct Said {
  std::string output;
  Model model;
  std::vector<Diagnostic> findings;
};

Said check_fixture(const std::string& name) {
  Checked checked = check_path(catalogue_folder() / (name + ".yaml"));
  // Findings name the file as the reader sees it, wherever the checkout is.
  std::string full = checked.loaded.model.files[0].path;
  for (Diagnostic& finding : checked.findings) {
    for (std::size_t at = finding.message.find(full); at != std::string::npos;
         at = finding.message.find(full, at)) {
      finding.message.replace(at, full.size(), name + ".yaml");
    }
  }
  checked.loaded.model.files[0].path = name + ".yaml";
  std::ostringstream out;
  find_format(output_formats(), "text")->write(checked.loaded.model, checked.findings, {}, out);
  return {out.str(), std::move(checked.loaded.model), std::move(checked.findings)};
}

// The lines of a text, a carriage return before a line end dropped too.
std::vector<std::string> lines_without_cr(std::string_view text) {
  std::vector<std::string> lines;
  std::istringstream stream{std::string(text)};
  for (std::string line; std::getline(stream, line);) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    lines.push_back(line);
  }
  return lines;
}

// The lines around the first finding, as the model's text (in UTF-8, for a
// file saved in another encoding).
std::string excerpt(const Said& said) {
  std::vector<std::string> lines = lines_without_cr(said.model.files[0].text);
  std::size_t at = said.findings.empty() ? 1 : said.findings.front().at.line;
  std::size_t first = at > 3 ? at - 3 : 1;
  std::size_t last = std::min(lines.size(), at + 1);
  std::string shown;
  for (std::size_t line = first; line <= last; ++line) {
    shown += lines[line - 1] + "\n";
  }
  return shown;
}

std::string section(const Mistake& mistake) {
  Said said = check_fixture(mistake.name);
  std::string says = said.findings.empty() ? "Nothing: the file reads as it is.\n\n"
                                           : fmt::format("```text\n{}```\n\n", said.output);
  return fmt::format("### {}\n\n"
                     "What people write (`tests/yaml-mistakes/{}.yaml`):\n\n"
                     "```yaml\n{}```\n\n"
                     "What bizmap says:\n\n{}"
                     "The fix: {}\n\n",
                     mistake.title, mistake.name, excerpt(said), says, mistake.fix);
}

std::string catalogue_page() {
  std::string page;
  std::string group;
  for (const Mistake& mistake : catalogue()) {
    if (mistake.group != group) {
      group = mistake.group;
      page += fmt::format("## {}\n\n", group);
    }
    page += section(mistake);
  }
  return page;
}

constexpr std::string_view begin_marker =
    "<!-- The catalogue below is made from tests/yaml-mistakes/ by the [mistakes] tests; "
    "BIZMAP_UPDATE_GOLDEN=1 rewrites it. -->\n\n";
constexpr std::string_view end_marker = "<!-- End of the catalogue. -->\n";

} // namespace

TEST_CASE("the catalogue names a fixture and its findings for every mistake, and no more",
          "[mistakes]") {
  std::vector<Mistake> mistakes = catalogue();
  CHECK(mistakes.size() >= 25);
  std::set<std::string> named;
  for (const Mistake& mistake : mistakes) {
    INFO(mistake.name);
    CHECK(named.insert(mistake.name).second);
    CHECK(fs::exists(catalogue_folder() / (mistake.name + ".yaml")));
    CHECK(fs::exists(catalogue_folder() / (mistake.name + ".out")));
    CHECK(!mistake.title.empty());
    CHECK(!mistake.fix.empty());
  }
  for (const fs::directory_entry& entry : fs::directory_iterator(catalogue_folder())) {
    std::string stem = entry.path().stem().string();
    if (stem != "catalogue" && stem != "count-findings") {
      INFO(entry.path().string());
      CHECK(named.contains(stem));
    }
  }
}

TEST_CASE("every mistake of the catalogue gives exactly its golden findings", "[mistakes]") {
  for (const Mistake& mistake : catalogue()) {
    DYNAMIC_SECTION(mistake.name) {
      compare_with_golden(check_fixture(mistake.name).output,
                          catalogue_folder() / (mistake.name + ".out"));
    }
  }
}

TEST_CASE("every mistake of the catalogue is one finding, on the line of the mistake",
          "[mistakes]") {
  for (const Mistake& mistake : catalogue()) {
    DYNAMIC_SECTION(mistake.name) {
      Said said = check_fixture(mistake.name);
      REQUIRE(said.findings.size() == (mistake.line == 0 ? 0 : 1));
      if (mistake.line != 0) {
        CHECK(said.findings[0].at.line == mistake.line);
      }
    }
  }
}

TEST_CASE("docs/yaml-mistakes.md shows every mistake as its fixture and findings are",
          "[mistakes][docs]") {
  fs::path page = source_dir() / "docs" / "yaml-mistakes.md";
  std::string text = read_text(page);
  std::size_t begin = text.find(begin_marker);
  std::size_t end = text.find(end_marker);
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  std::string written = text.substr(begin + begin_marker.size(), end - begin - begin_marker.size());
  std::string made = catalogue_page();
  const char* update = std::getenv("BIZMAP_UPDATE_GOLDEN");
  if (update != nullptr && std::string_view(update) == "1") {
    write_text(page, text.substr(0, begin + begin_marker.size()) + made + text.substr(end));
    return;
  }
  CHECK(written == made);
}
