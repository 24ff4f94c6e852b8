// Every input the fuzzer once crashed bizmap with is kept in
// tests/fuzz-regressions/, named by what it caught, and goes through every
// stage again here (fuzz/every_stage.hpp).
#include "../fuzz/every_stage.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace bizmap::testing;

TEST_CASE("inputs that once crashed the fuzzer go through every stage", "[fuzz]") {
  fs::path folder = fs::path(BIZMAP_SOURCE_DIR) / "tests" / "fuzz-regressions";
  std::size_t inputs = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    INFO(entry.path().filename().string());
    CHECK_NOTHROW(bizmap::fuzzing::run_every_stage(read_text(entry.path())));
    ++inputs;
  }
  CHECK(inputs >= 1);
}

TEST_CASE("link placeholders cannot be forged by control characters in ids", "[fuzz][report]") {
  std::string model = "bizmap: 1\n"
                      "roles: [{id: boss, name: \"The \\x01boss\\x02\"}]\n"
                      "external: {inputs: [\"a\\x01b\\x02c\"]}\n"
                      "systems:\n"
                      "  - id: \"s\\x01\"\n"
                      "    processes:\n"
                      "      - id: \"p\\x02q\"\n"
                      "        owner: boss\n"
                      "        inputs: [\"a\\x01b\\x02c\", \"x\\x02\"]\n"
                      "        outputs: [\"\\x01\"]\n";
  bizmap::LoadResult loaded = bizmap::load_text("model.yaml", model);
  std::vector<bizmap::Diagnostic> findings = bizmap::check_model(loaded.model, loaded.findings);
  for (bool single_file : {false, true}) {
    std::vector<bizmap::ReportFile> files;
    REQUIRE_NOTHROW(files = bizmap::build_report(loaded.model, findings,
                                                 {single_file,
                                                  bizmap::Audience::author,
                                                  bizmap::SystemOrder::flow,
                                                  bizmap::Date{2026, 6, 1},
                                                  0,
                                                  {}}));
    for (const bizmap::ReportFile& file : files) {
      CHECK(file.text.find('\xFE') == std::string::npos);
      CHECK(file.text.find('\xFF') == std::string::npos);
    }
  }
}
