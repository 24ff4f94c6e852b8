// The project's documentation stands alone: every relative link in it
// resolves to a file and heading of the repository, none points at material
// that does not ship with it, and every command and output format is in the
// command-line page and the man page.
#include "cli/command.hpp"
#include "cli/model_options.hpp"
#include "graph/diagram_formats.hpp"
#include "output/output.hpp"
#include "report_tools.hpp"
#include "support.hpp"

#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <regex>
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

TEST_CASE("every command and output format is documented", "[docs]") {
  std::string cli = read_text(source_dir() / "docs" / "cli.md");
  std::string man = read_text(source_dir() / "docs" / "bizmap.1");
  std::string check = read_text(source_dir() / "docs" / "check.md");
  for (const CommandEntry& command : command_table()) {
    INFO("command " << command.name);
    CHECK(cli.find(fmt::format("`bizmap {}", command.name)) != std::string::npos);
    // A command's entry under COMMANDS starts a line: ".B check", ".BR report ...".
    // roff writes a hyphen as "\-": "what\-if".
    std::string roff_name;
    for (char c : command.name) {
      roff_name += c == '-' ? std::string(R"(\\-)") : std::string(1, c);
    }
    std::regex entry(fmt::format(R"(\n\.B[RI]? {}[ \n"])", roff_name));
    CHECK(std::regex_search(man, entry));
  }
  for (const OutputFormat& format : output_formats()) {
    INFO("format " << format.name);
    CHECK(cli.find(format.name) != std::string::npos);
    CHECK(man.find(fmt::format(".I {}\n", format.name)) != std::string::npos);
    CHECK(check.find(fmt::format("`{}`", format.name)) != std::string::npos);
  }
}

// The options every command that reads a model shares, as the command line
// declares them, are in the command-line reference and the man page.
TEST_CASE("every shared model option is documented", "[docs]") {
  // Table rows of docs/cli.md start "| `--config FILE`" or "| `-v, --verbose`".
  std::string cli = read_text(source_dir() / "docs" / "cli.md");
  std::string man = read_text(source_dir() / "docs" / "bizmap.1");
  CLI::App app;
  ModelOptions options;
  add_model_options(app, options);
  std::size_t named = 0;
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& name : option->get_lnames()) {
      if (name == "help") {
        continue;
      }
      INFO("--" << name);
      ++named;
      CHECK(std::regex_search(cli, std::regex(fmt::format("`(-., )?--{}[ `]", name))));
      std::string roff; // "stdin-filename" is written "stdin\\-filename" in roff
      for (char c : name) {
        roff += c == '-' ? std::string("\\-") : std::string(1, c);
      }
      CHECK(man.find(fmt::format("\\-\\-{}", roff)) != std::string::npos);
    }
  }
  CHECK(named == 4);
}

// The graph command's synopsis names every diagram language, and each
// extension that chooses one is documented.
TEST_CASE("every diagram format is documented", "[docs]") {
  std::string man = read_text(source_dir() / "docs" / "bizmap.1");
  std::string graph = read_text(source_dir() / "docs" / "report.md");
  std::string man_names;
  std::string markdown_names;
  for (const DiagramFormat& format : diagram_formats()) {
    man_names += fmt::format("{}\\fI{}\\fR", man_names.empty() ? "" : " | ", format.name);
    markdown_names += fmt::format("{}{}", markdown_names.empty() ? "" : "\\|", format.name);
    for (std::string_view extension : format.extensions) {
      if (extension.empty()) {
        continue; // a language chosen by one extension only
      }
      INFO("extension " << extension);
      CHECK(man.find(fmt::format(".I {}\n", extension)) != std::string::npos);
      CHECK(graph.find(fmt::format("`{}`", extension)) != std::string::npos);
    }
  }
  CHECK(man.find(fmt::format(".BR graph \" \" [ \\-\\-format \" \" {} ]", man_names)) !=
        std::string::npos);
  CHECK(graph.find(fmt::format("| `--format {}` |", markdown_names)) != std::string::npos);
}

} // namespace bizmap::testing
