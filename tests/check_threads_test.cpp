// Rules run on several threads on a large model (check_model); the findings
// must not depend on how many.
#include "support.hpp"

#include <bizmap/check.hpp>
#include <bizmap/load.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <set>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// 1,600 processes in 40 systems with mistakes of many rules: owners missing
// or unknown, inputs nobody produces (some one letter off a real output),
// outputs nobody uses, unknown tools, unknown keys.
std::string model_with_many_mistakes() {
  std::string text = "bizmap: 1\nroles:\n  - {id: lead, name: Lead}\ntools:\n  - {id: crm}\n"
                     "systems:\n";
  constexpr int systems = 40;
  constexpr int per_system = 40;
  for (int s = 0; s < systems; ++s) {
    text += fmt::format("  - id: area-{}\n    goal: Goal {}\n    processes:\n", s, s);
    for (int p = 0; p < per_system; ++p) {
      int n = s * per_system + p;
      text += fmt::format("      - id: step-{}\n", n);
      if (n % 7 != 0) {
        text += n % 11 == 0 ? "        owner: leed\n" : "        owner: lead\n";
      }
      std::string input =
          n % 13 == 0 ? fmt::format("paper-{}x", n - 1) : fmt::format("paper-{}", n - 1);
      text += fmt::format("        inputs: [{}]\n        outputs: [paper-{}]\n", input, n);
      text += n % 17 == 0 ? "        tools: [crn]\n" : "        tools: [crm]\n";
      if (n % 19 == 0) {
        text += "        ownr: lead\n";
      }
      text += "        steps: [Do the work]\n";
    }
  }
  return text;
}

std::vector<std::string> described(const std::vector<Diagnostic>& findings) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : findings) {
    lines.push_back(fmt::format("{}:{}:{} {} {} {} | {}", d.at.file, d.at.line, d.at.column,
                                to_string(d.severity), d.rule, d.message, d.suggestion));
  }
  return lines;
}

} // namespace

TEST_CASE("the findings of a large model do not depend on the number of threads", "[check]") {
  LoadResult loaded = load_text("model.yaml", model_with_many_mistakes());
  REQUIRE(loaded.model.processes.size() == 1600);
  std::vector<std::string> one =
      described(check_model(loaded.model, loaded.findings, {{}, test_today, 1}));
  std::set<std::string> rules;
  for (const Diagnostic& d : check_model(loaded.model, loaded.findings, {{}, test_today, 1})) {
    rules.emplace(d.rule);
  }
  INFO(fmt::format("rules found: {}", fmt::join(rules, ", ")));
  CHECK(rules.size() >= 5);
  CHECK(one.size() > 500);
  for (std::size_t threads : {0, 2, 3, 8}) {
    CAPTURE(threads);
    CHECK(described(check_model(loaded.model, loaded.findings, {{}, test_today, threads})) == one);
  }
}
