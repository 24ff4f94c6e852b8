// Limits (docs/limits.md): very large files, very long lines, more than one
// document, folders with link loops, FIFOs and unreadable files, systems
// nested past the depth limit, invalid UTF-8 in the middle of a valid file.
// Each ends with the exit code and message the spec asks for, never a crash
// or a hang (ctest's timeout catches a hang). Complements hostile_test.cpp.
#include "graph/handoff_graph.hpp"
#include "model/index.hpp"
#include "report/report.hpp"
#include "support.hpp"
#include "yaml/tree.hpp"

#include <algorithm>
#include <bizmap/run.hpp>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif

std::string last_line(const std::string& text) {
  std::string trimmed = text.substr(0, text.find_last_not_of('\n') + 1);
  return trimmed.substr(trimmed.rfind('\n') + 1);
}

// Peak resident set size of this process so far, in bytes (Linux: ru_maxrss
// is in kilobytes).
std::size_t peak_rss() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::size_t>(usage.ru_maxrss) * 1024;
}

// One process of a chain: each consumes what the one before produced, with
// its own owner, so that a model of any length has no findings.
std::string chain_process(std::size_t i) {
  char buffer[320];
  int n = std::snprintf(buffer, sizeof buffer,
                        "      - id: process-%07zu\n"
                        "        owner: owner-%07zu\n",
                        i, i);
  std::string text(buffer, static_cast<std::size_t>(n));
  if (i == 0) {
    text += "        trigger: Start\n";
  } else {
    n = std::snprintf(buffer, sizeof buffer, "        inputs: [data-%07zu]\n", i - 1);
    text.append(buffer, static_cast<std::size_t>(n));
  }
  n = std::snprintf(buffer, sizeof buffer,
                    "        outputs: [data-%07zu]\n"
                    "        steps: [Work on the item number %07zu carefully]\n",
                    i, i);
  text.append(buffer, static_cast<std::size_t>(n));
  return text;
}

const std::string_view chain_head = "bizmap: 1\n"
                                    "systems:\n"
                                    "  - id: main\n"
                                    "    goal: Run\n"
                                    "    manager: boss\n"
                                    "    processes:\n";

// Writes a valid model of at least `bytes` bytes, streamed so that the test
// itself never holds the file in memory. Returns the number of processes.
std::size_t write_chain_model(const fs::path& path, std::size_t bytes) {
  std::ofstream file(path, std::ios::binary);
  file << chain_head;
  std::size_t written = chain_head.size();
  std::size_t count = 0;
  while (written < bytes) {
    std::string process = chain_process(count++);
    written += process.size();
    file << process;
  }
  char tail[64];
  std::snprintf(tail, sizeof tail, "external:\n  outputs: [data-%07zu]\n", count - 1);
  file << tail;
  REQUIRE(file.good());
  return count;
}

} // namespace

TEST_CASE("a 50 MB model is checked completely with bounded memory", "[limits][heavy]") {
  // Under the sanitizers everything is several times slower and bigger, so the
  // file is smaller there, to stay inside ctest's timeout.
  const std::size_t megabytes = sanitized ? 8 : 50;
  fs::path folder = fresh_folder("limits-big");
  fs::path path = folder / "big.yaml";
  std::size_t processes = write_chain_model(path, megabytes * 1024 * 1024);
  std::size_t size = fs::file_size(path);
  REQUIRE(size >= megabytes * 1024 * 1024);

  std::size_t before = peak_rss();
  CliResult result = bizmap_cli({"check", path.string()});
  std::size_t growth = peak_rss() - before;

  CHECK(result.exit_code == 0);
  CHECK(result.err == "");
  CHECK(result.out == "0 errors, 0 warnings, 0 infos in 1 file\n");
  // Memory: a bound on the peak growth, documented in docs/limits.md.
  const std::size_t factor = sanitized ? 100 : 20; // ASan measured 59x on 8 MB
  INFO(processes << " processes, " << size << " bytes, peak RSS growth " << growth << " bytes ("
                 << static_cast<double>(growth) / static_cast<double>(size) << "x the file)");
  CHECK(growth < factor * size);
  fs::remove_all(folder);
}

TEST_CASE("a finding at the end of a 1 MB line has the right column", "[limits]") {
  fs::path folder = fresh_folder("limits-line");
  std::string prefix = "business: {name: Wide, description: \"";
  std::string filler(1024 * 1024, 'w');
  std::string line = prefix + filler + "\", descriptoin: typo}";
  write_text(folder / "wide.yaml", "bizmap: 1\n" + line + "\n");
  CliResult result = bizmap_cli({"check", (folder / "wide.yaml").string()});
  std::size_t column = prefix.size() + filler.size() + 4; // the 'd' of descriptoin
  CHECK(result.exit_code == 0);
  CHECK(contains(result.out, (folder / "wide.yaml").generic_string() +
                                 ":2:" + std::to_string(column) +
                                 ": warning: unknown key 'descriptoin' in 'business'"));
  CHECK(last_line(result.out) == "0 errors, 1 warning, 0 infos in 1 file");

  // The same line of multi-byte characters: columns count characters, not bytes.
  std::string wide_chars;
  for (int i = 0; i < 300000; ++i) {
    wide_chars += "\xC3\xA9"; // é
  }
  Checked checked =
      check_text("bizmap: 1\nbusiness: {name: \"" + wide_chars + "\", descriptoin: typo}\n");
  REQUIRE(checked.findings.size() == 1);
  CHECK(checked.findings[0].rule == "unknown-key");
  CHECK(checked.findings[0].at.line == 2);
  CHECK(checked.findings[0].at.column == 18 + 300000 + 4);
  fs::remove_all(folder);
}

// The nodes of one long line are placed in time linear in the line, not in
// its square: 250,000 items on a line of 1 MB took minutes before; ctest's
// timeout bounds the time.
TEST_CASE("a flow list of 250,000 items on one 1 MB line is placed in linear time", "[limits]") {
  std::string items;
  for (int i = 0; i < 250000; ++i) {
    items += i == 0 ? "ab" : ", ab";
  }
  std::string prefix = "business: {name: Wide, tags: [";
  Checked checked = check_text("bizmap: 1\n" + prefix + items + "], descriptoin: typo}\n");
  REQUIRE(checked.findings.size() == 2);
  CHECK(checked.findings[0].message == "unknown key 'tags' in 'business'");
  CHECK(checked.findings[0].at.column == 24);
  CHECK(checked.findings[1].message == "unknown key 'descriptoin' in 'business'; did you mean "
                                       "'description'? bizmap reads it as 'description'");
  CHECK(checked.findings[1].at.line == 2);
  CHECK(checked.findings[1].at.column == prefix.size() + items.size() + 4);
}

TEST_CASE("multi-document files through the command line", "[limits]") {
  fs::path folder = fresh_folder("limits-documents");
  SECTION("a start marker and an end marker around one document are one document") {
    write_text(folder / "one.yaml", "---\nbizmap: 1\nbusiness: {name: One}\n...\n");
    CliResult result = bizmap_cli({"check", folder.string()});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "0 errors, 0 warnings, 0 infos in 1 file\n");
  }
  SECTION("a second document in a file found in a folder is an error finding") {
    write_text(folder / "two.yaml", "bizmap: 1\nbusiness: {name: One}\n---\nbizmap: 1\n"
                                    "business: {name: Two}\n---\n---\n");
    CliResult result = bizmap_cli({"check", folder.string()});
    CHECK(result.exit_code == 1);
    CHECK(result.err == "");
    CHECK(contains(result.out, "two.yaml:3:1: error: a second YAML document starts after this "
                               "'---'"));
    CHECK(last_line(result.out) ==
          "1 error, 0 warnings, 0 infos in 1 file; lines 4-7 of " + (folder / "two.yaml").string() +
              " could not be read, so checks across the model did not report what those lines "
              "may explain");
  }
  SECTION("a thousand empty documents are one finding") {
    std::string text = "bizmap: 1\n";
    for (int i = 0; i < 1000; ++i) {
      text += "---\n";
    }
    Checked checked = check_text(text);
    CHECK(rules_of(checked) == std::vector<std::string>{"yaml-syntax"});
  }
  fs::remove_all(folder);
}

TEST_CASE("a folder with a link loop and a FIFO is searched without hanging", "[limits]") {
  fs::path folder = fresh_folder("limits-folder");
  write_text(folder / "model.yaml", "bizmap: 1\nbusiness: {name: Loop}\n");
  fs::create_directories(folder / "sub");
  write_text(folder / "sub" / "more.yaml", "bizmap: 1\nroles: [{id: chef}]\n");
  fs::create_directory_symlink("..", folder / "sub" / "loop");        // a folder link to its parent
  fs::create_directory_symlink("loop", folder / "sub" / "loop.yaml"); // named like a model
  REQUIRE(mkfifo((folder / "pipe.yaml").c_str(), 0644) == 0);         // would block if opened
  fs::create_symlink("missing.yaml", folder / "dangling.yaml");       // points nowhere

  CliResult result = bizmap_cli({"check", folder.string()});
  CHECK(result.err == "");
  CHECK(result.exit_code == 0);
  // Only the two regular files: the links to folders are not followed, the
  // FIFO and the dangling link are skipped.
  CHECK(last_line(result.out) == "0 errors, 0 warnings, 1 info in 2 files");
  fs::remove_all(folder);
}

TEST_CASE("an unreadable file found in a folder is a usage error", "[limits]") {
  fs::path folder = fresh_folder("limits-unreadable");
  write_text(folder / "model.yaml", "bizmap: 1\nbusiness: {name: Locked}\n");
  fs::path locked = folder / "locked.yaml";
  write_text(locked, "bizmap: 1\n");
  fs::permissions(locked, fs::perms::none);
  bool readable = std::ifstream(locked).good(); // root reads it anyway
  if (readable) {
    WARN("running as root (or with CAP_DAC_OVERRIDE): chmod 000 does not block reads; "
         "skipped");
  } else {
    CliResult result = bizmap_cli({"check", folder.string()});
    CHECK(result.exit_code == 2);
    CHECK(result.out == "");
    CHECK(result.err ==
          "bizmap: error: cannot read '" + locked.generic_string() + "': Permission denied\n");
  }
  fs::permissions(locked, fs::perms::owner_all);
  fs::remove_all(folder);
}

TEST_CASE("systems nested 1,000 deep stop at the depth limit", "[limits]") {
  std::string open;
  std::string close;
  for (int level = 0; level < 1000; ++level) {
    open += "{id: s" + std::to_string(level) + ", goal: Deep, manager: boss, systems: [";
    close += "]}";
  }
  fs::path folder = fresh_folder("limits-deep");
  write_text(folder / "deep.yaml", "bizmap: 1\nsystems: [" + open + close + "]\n");
  CliResult result = bizmap_cli({"check", (folder / "deep.yaml").string()});
  CHECK(result.exit_code == 1);
  CHECK(result.err == "");
  CHECK(contains(result.out, "nests deeper than 400 levels"));
  CHECK(contains(result.out, "[yaml-syntax]"));
  CHECK(last_line(result.out) == "1 error, 0 warnings, 0 infos in 1 file");
  fs::remove_all(folder);
}

TEST_CASE("systems nested just inside the depth limit are read, graphed and reported", "[limits]") {
  // Each system adds a list and a map: 195 systems are 391 levels.
  const int levels = 195;
  std::string open;
  std::string close;
  for (int level = 0; level < levels; ++level) {
    open += "{id: s" + std::to_string(level) + ", goal: Deep, manager: boss, processes: [{id: p" +
            std::to_string(level) + ", owner: boss, trigger: Go, steps: [Work]}], systems: [";
    close += "]}";
  }
  Checked checked = check_text("bizmap: 1\nsystems: [" + open + close + "]\n");
  for (const Diagnostic& finding : checked.findings) {
    CHECK(finding.rule != "yaml-syntax");
  }
  REQUIRE(checked.loaded.model.systems.size() == levels);
  ModelIndex index(checked.loaded.model);
  const Handoffs& handoffs = index.handoffs;
  CHECK_FALSE(to_mermaid(build_handoff_graph(checked.loaded.model, handoffs)).empty());
  CHECK_FALSE(to_dot(build_handoff_graph(checked.loaded.model, handoffs, 0)).empty());
  CHECK_FALSE(build_report(checked.loaded.model, checked.findings,
                           {false, Audience::author, SystemOrder::flow, test_today, 0, {}})
                  .empty());
  CHECK_FALSE(build_report(checked.loaded.model, checked.findings,
                           {true, Audience::author, SystemOrder::flow, test_today, 0, {}})
                  .empty());
}

TEST_CASE("invalid UTF-8 in the middle of a valid file is found where it is", "[limits]") {
  fs::path folder = fresh_folder("limits-utf8");
  std::string head(chain_head);
  for (std::size_t i = 0; i < 2000; ++i) {
    head += chain_process(i);
  }
  std::size_t line = static_cast<std::size_t>(std::count(head.begin(), head.end(), '\n')) + 1;
  std::string tail;
  for (std::size_t i = 2000; i < 4000; ++i) {
    tail += chain_process(i);
  }
  tail += "external:\n  outputs: [data-0003999]\n";
  struct Case {
    const char* name;
    std::string bytes;
  };
  for (const Case& bad :
       {Case{"a lone continuation byte", "\x80"}, Case{"0xFF", "\xFF"},
        Case{"an overlong slash", "\xC0\xAF"}, Case{"a UTF-16 surrogate", "\xED\xA0\x80"},
        Case{"a code point above U+10FFFF", "\xF4\x90\x80\x80"},
        Case{"a truncated sequence", "\xE2\x82"}}) {
    INFO(bad.name);
    write_text(folder / "model.yaml", head + "# caf" + bad.bytes + " menu\n" + tail);
    CliResult result = bizmap_cli({"check", folder.string()});
    CHECK(result.exit_code == 1);
    CHECK(result.err == "");
    CHECK(contains(result.out, "model.yaml:" + std::to_string(line) +
                                   ":6: error: the file is not saved as UTF-8 but most likely as"));
    CHECK(last_line(result.out) == "1 error, 0 warnings, 0 infos in 1 file");
  }
  fs::remove_all(folder);
}

TEST_CASE("a file larger than 512 MiB is a finding and is read no further", "[limits]") {
  fs::path folder = fresh_folder("limits-huge");
  fs::path path = folder / "huge.yaml";
  { std::ofstream{path} << "bizmap: 1\n"; }
  fs::resize_file(path, std::uintmax_t{600} << 20); // sparse: no disk used
  std::size_t before = peak_rss();
  CliResult result = bizmap_cli({"check", path.string()});
  std::size_t growth = peak_rss() - before;
  CHECK(result.exit_code == 1);
  CHECK(contains(result.out, "huge.yaml:1:1: error: this file is larger than 512 MiB; bizmap "
                             "does not read it [yaml-syntax]"));
  INFO("peak RSS growth " << growth << " bytes");
  // The first 512 MiB and a byte, not 600 MiB. AddressSanitizer adds an eighth
  // for the shadow of the buffer it poisons when freeing it (measured: 579 MiB).
  CHECK(growth < (std::size_t{sanitized ? 640 : 560} << 20));
  fs::remove_all(folder);
}

TEST_CASE("a file of more YAML nodes than the limit stops with a finding", "[limits]") {
  std::string text = "bizmap: 1\nsystems:\n";
  for (int i = 0; i < 400; ++i) {
    text += "  - {id: s" + std::to_string(i) + ", goal: g}\n";
  }
  yaml::Limits limits;
  limits.max_nodes = 1000;
  yaml::Document document = yaml::parse(text, 0, limits);
  CHECK(document.root == nullptr);
  REQUIRE(document.findings.size() == 1);
  CHECK(document.findings[0].message ==
        "this file holds more than 1000 YAML nodes; bizmap stops reading it");
  // 4 nodes before the list, 5 per system: node 1001 is in system 199, line 202.
  CHECK(document.findings[0].at.line == 202);
  yaml::Document whole = yaml::parse(text, 0);
  CHECK(whole.root != nullptr);
  CHECK(whole.findings.empty());
}
