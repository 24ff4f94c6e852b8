// ARCHITECTURE.md's map of the stages against the bizmap_stage calls of
// CMakeLists.txt, which are what the build enforces: the map cannot go stale.
#include "support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <sstream>

namespace bizmap::testing {
namespace {

/// What one stage uses and the public headers it declares.
struct Stage {
  std::set<std::string> uses;
  std::set<std::string> headers;

  bool operator==(const Stage&) const = default;
};

using Stages = std::map<std::string, Stage>;

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::istringstream in{std::string(text)};
  for (std::string word; in >> word;) {
    words.push_back(word);
  }
  return words;
}

/// Every `bizmap_stage(NAME USES ... HEADERS ...)` call.
Stages stages_built(const std::string& cmake) {
  Stages stages;
  constexpr std::string_view call = "\nbizmap_stage(";
  for (std::size_t at = cmake.find(call); at != std::string::npos; at = cmake.find(call, at)) {
    at += call.size();
    std::size_t end = cmake.find(')', at);
    std::vector<std::string> words = words_of(std::string_view(cmake).substr(at, end - at));
    REQUIRE_FALSE(words.empty());
    Stage& stage = stages[words[0]];
    std::set<std::string>* list = nullptr;
    for (std::size_t i = 1; i < words.size(); ++i) {
      if (words[i] == "USES") {
        list = &stage.uses;
      } else if (words[i] == "HEADERS") {
        list = &stage.headers;
      } else {
        REQUIRE(list != nullptr);
        list->insert(words[i]);
      }
    }
  }
  return stages;
}

std::string trimmed(std::string_view text) {
  std::size_t begin = text.find_first_not_of(" `");
  if (begin == std::string_view::npos) {
    return {};
  }
  std::size_t end = text.find_last_not_of(" `");
  return std::string(text.substr(begin, end - begin + 1));
}

/// The cells of a table row `| a | b, c | |`, each split at its commas.
std::vector<std::set<std::string>> cells_of(std::string_view row) {
  std::vector<std::set<std::string>> cells;
  std::size_t at = row.find('|') + 1;
  for (std::size_t end = row.find('|', at); end != std::string_view::npos;
       at = end + 1, end = row.find('|', at)) {
    std::set<std::string>& cell = cells.emplace_back();
    std::string_view text = row.substr(at, end - at);
    for (std::size_t comma = 0; comma != std::string_view::npos;) {
      comma = text.find(',');
      if (std::string item = trimmed(text.substr(0, comma)); !item.empty()) {
        cell.insert(item);
      }
      text.remove_prefix(comma == std::string_view::npos ? text.size() : comma + 1);
    }
  }
  return cells;
}

/// The table whose header is `| stage | uses | public headers |`.
Stages stages_documented(const std::vector<std::string>& lines) {
  Stages stages;
  auto header = std::find(lines.begin(), lines.end(), "| stage | uses | public headers |");
  REQUIRE(header != lines.end());
  for (auto line = header + 2; line != lines.end() && line->starts_with("|"); ++line) {
    std::vector<std::set<std::string>> cells = cells_of(*line);
    REQUIRE(cells.size() == 3);
    REQUIRE(cells[0].size() == 1);
    const std::string& name = *cells[0].begin();
    CHECK_FALSE(stages.contains(name));
    stages[name] = {cells[1], cells[2]};
  }
  return stages;
}

/// The rows of the picture (the first `text` block), top to bottom.
std::vector<std::vector<std::string>> rows_drawn(const std::vector<std::string>& lines) {
  auto begin = std::find(lines.begin(), lines.end(), "```text");
  REQUIRE(begin != lines.end());
  std::vector<std::vector<std::string>> rows;
  for (auto line = begin + 1; line != lines.end() && *line != "```"; ++line) {
    rows.push_back(words_of(*line));
  }
  return rows;
}

Stages stages_of_cmake() {
  return stages_built(read_text(source_dir() / "CMakeLists.txt"));
}

std::vector<std::string> architecture_lines() {
  return lines_of(read_text(source_dir() / "ARCHITECTURE.md"));
}

TEST_CASE("ARCHITECTURE.md's table of stages is the bizmap_stage calls", "[architecture]") {
  Stages built = stages_of_cmake();
  Stages documented = stages_documented(architecture_lines());
  REQUIRE(built.size() >= 10);
  for (const auto& [name, stage] : built) {
    INFO("stage " << name);
    REQUIRE(documented.contains(name));
    CHECK(documented[name].uses == stage.uses);
    CHECK(documented[name].headers == stage.headers);
  }
  for (const auto& entry : documented) {
    INFO("ARCHITECTURE.md's stage " << entry.first);
    CHECK(built.contains(entry.first));
  }
}

TEST_CASE("Every folder of src/ is a stage", "[architecture]") {
  Stages built = stages_of_cmake();
  std::set<std::string> folders;
  for (const fs::directory_entry& entry : fs::directory_iterator(source_dir() / "src")) {
    if (entry.is_directory()) {
      folders.insert(entry.path().filename().string());
    }
  }
  std::set<std::string> stages;
  for (const auto& entry : built) {
    stages.insert(entry.first);
  }
  CHECK(folders == stages);
}

TEST_CASE("ARCHITECTURE.md draws each stage above every stage it uses", "[architecture]") {
  Stages built = stages_of_cmake();
  std::vector<std::vector<std::string>> rows = rows_drawn(architecture_lines());
  std::map<std::string, std::size_t> row_of; // 0 is the top row
  for (std::size_t row = 0; row < rows.size(); ++row) {
    for (const std::string& name : rows[row]) {
      INFO("drawn twice: " << name);
      CHECK(row_of.emplace(name, row).second);
    }
  }
  CHECK(row_of.size() == built.size());
  for (const auto& [name, stage] : built) {
    INFO("stage " << name);
    REQUIRE(row_of.contains(name));
    for (const std::string& used : stage.uses) {
      INFO("uses " << used);
      REQUIRE(row_of.contains(used));
      CHECK(row_of[used] > row_of[name]);
    }
  }
}

} // namespace
} // namespace bizmap::testing
