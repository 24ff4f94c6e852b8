// Under GitHub Actions, `bizmap check` with no --format prints its text
// findings and also the github workflow commands, so that annotations appear
// with no option; a format asked for, a terminal or a file turns that off.
#include "support.hpp"

// For the event listener at the end.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>
#include <cstdlib>
#include <optional>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// Sets an environment variable for one test, and puts back what was there.
class Environment {
public:
  Environment(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) {
      old_ = old;
    }
    if (value != nullptr) {
      ::setenv(name, value, 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~Environment() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;

private:
  const char* name_;
  std::optional<std::string> old_;
};

// Checks the broken sales model in a folder of its own, by a relative path.
CliResult check_sales(std::vector<std::string> options, const Terminal& terminal = {}) {
  fs::path folder = fresh_folder("model");
  write_text(folder / "sales.yaml", broken_sales_model);
  fs::path before = fs::current_path();
  fs::current_path(folder);
  options.insert(options.begin(), "check");
  options.push_back("sales.yaml");
  CliResult result = bizmap_cli(options, terminal);
  fs::current_path(before);
  return result;
}

const std::string text_finding =
    "sales.yaml:14:18: error: process 'onboard-client' needs 'client-brief', but no process "
    "produces it; did you mean 'client-brief-draft' (output of 'qualify-lead')? "
    "[unproduced-input]\n";
const std::string annotation =
    "::error file=sales.yaml,line=14,col=18,endColumn=29,title=unproduced-input::process "
    "'onboard-client' needs 'client-brief', but no process produces it; did you mean "
    "'client-brief-draft' (output of 'qualify-lead')?\n";

} // namespace

TEST_CASE("under GitHub Actions, check prints the text findings and the annotations",
          "[github-actions]") {
  Environment actions("GITHUB_ACTIONS", "true");
  CliResult result = check_sales({});
  CHECK(result.exit_code == 1);
  std::size_t finding = result.out.find(text_finding);
  // The text format's findings and summary, then one workflow command a finding.
  std::size_t summary = result.out.find("1 error, 3 warnings, 0 infos in 1 file\n");
  std::size_t first_command = result.out.find("\n::");
  REQUIRE(summary != std::string::npos);
  REQUIRE(first_command != std::string::npos);
  CHECK(finding < summary);
  CHECK(summary < first_command);
  CHECK(contains(result.out, "\n" + annotation));
  std::size_t commands = 0;
  for (const std::string& line : lines_of(result.out)) {
    commands += line.starts_with("::error ") || line.starts_with("::warning ") ? 1 : 0;
  }
  CHECK(commands == 4);
  CHECK(result.out.ends_with("\n"));
}

TEST_CASE("the annotations follow only the default format, to standard output, off a terminal",
          "[github-actions]") {
  Environment actions("GITHUB_ACTIONS", "true");
  SECTION("a format asked for, even text, is printed alone") {
    CliResult text = check_sales({"--format", "text"});
    CHECK(contains(text.out, text_finding));
    CHECK(!contains(text.out, "::error"));
    CliResult json = check_sales({"--format", "json"});
    CHECK(!contains(json.out, "::error"));
    // --format github prints each command once, not twice.
    CliResult github = check_sales({"--format", "github"});
    std::size_t first = github.out.find(annotation);
    REQUIRE(first != std::string::npos);
    CHECK(github.out.find(annotation, first + 1) == std::string::npos);
  }
  SECTION("a terminal gets the text alone") {
    CliResult result = check_sales({"--color", "never"}, Terminal{true, false});
    CHECK(contains(result.out, text_finding));
    CHECK(!contains(result.out, "::error"));
  }
  SECTION("a file given with -o gets the text alone") {
    fs::path folder = fresh_folder("output");
    CliResult result = check_sales({"-o", (folder / "findings.txt").string()});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    std::string written = read_text(folder / "findings.txt");
    CHECK(contains(written, text_finding));
    CHECK(!contains(written, "::error"));
  }
}

TEST_CASE("without GITHUB_ACTIONS=true, check prints no annotations", "[github-actions]") {
  for (const char* value : {static_cast<const char*>(nullptr), "false", "", "TRUE", "1"}) {
    INFO("GITHUB_ACTIONS=" << (value == nullptr ? "(unset)" : value));
    Environment actions("GITHUB_ACTIONS", value);
    CliResult result = check_sales({});
    CHECK(result.exit_code == 1);
    CHECK(contains(result.out, text_finding));
    CHECK(!contains(result.out, "::"));
  }
}

namespace {

// The suite's own checks (golden files, exact outputs) expect bizmap's output
// outside GitHub Actions, wherever the suite runs: a workflow that runs the
// tests sets GITHUB_ACTIONS=true for them too.
struct OutsideGithubActions : Catch::TestEventListenerBase {
  using TestEventListenerBase::TestEventListenerBase;
  void testRunStarting(const Catch::TestRunInfo&) override { ::unsetenv("GITHUB_ACTIONS"); }
};

} // namespace

CATCH_REGISTER_LISTENER(OutsideGithubActions)
