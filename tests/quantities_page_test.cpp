// docs/quantities.md works an example by hand; each figure bizmap prints for
// it, as the page quotes it, must be in bizmap's output where the page says.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

struct QuotedFigure {
  std::string figure;
  std::string where;
  std::string prints;
};

// The cells of a table row, without the outer pipes.
std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  for (std::size_t i = 1; i < line.size(); ++i) {
    if (line[i] == '|') {
      cells.push_back(cell.substr(cell.find_first_not_of(' '),
                                  cell.find_last_not_of(' ') - cell.find_first_not_of(' ') + 1));
      cell.clear();
    } else {
      cell += line[i];
    }
  }
  return cells;
}

std::string without_backticks(const std::string& text) {
  return text.size() > 1 && text.front() == '`' && text.back() == '`'
             ? text.substr(1, text.size() - 2)
             : text;
}

std::vector<QuotedFigure> quoted_figures() {
  std::istringstream page(read_text(source_dir() / "docs" / "quantities.md"));
  std::vector<QuotedFigure> figures;
  bool in_example = false;
  for (std::string line; std::getline(page, line);) {
    if (line.starts_with("## ")) {
      in_example = line == "## A worked example";
    } else if (in_example && line.starts_with("| ") && !line.starts_with("| figure") &&
               !line.starts_with("| ---")) {
      std::vector<std::string> cells = cells_of(line);
      REQUIRE(cells.size() == 4);
      figures.push_back({cells[0], cells[2], without_backticks(cells[3])});
    }
  }
  return figures;
}

} // namespace

TEST_CASE("the worked example of docs/quantities.md prints what the page says", "[quantities]") {
  std::string model =
      (source_dir() / "docs" / "examples" / "quantities" / "ledgerly.yaml").string();
  fs::path report = fresh_folder("quantities-page") / "report";
  REQUIRE(bizmap_cli({"report", model, "-o", report.string()}).exit_code == 0);
  CliResult trace = bizmap_cli({"trace", "management-pack", model});
  REQUIRE(trace.exit_code == 0);
  std::vector<QuotedFigure> figures = quoted_figures();
  CHECK(figures.size() == 5);
  for (const QuotedFigure& quoted : figures) {
    INFO(quoted.figure);
    std::string output;
    if (quoted.where == "`bizmap trace management-pack`") {
      output = trace.out;
    } else {
      std::string page = without_backticks(quoted.where.substr(0, quoted.where.find(" of ")));
      output = read_text(report / page);
    }
    INFO(output);
    CHECK(output.find(quoted.prints) != std::string::npos);
  }
}
