// The guard every -o passes: the root folder and the home folder are never
// written over. The guard is checked on its own first, so that the command
// line is only ever run where it refuses.
#include "support.hpp"
#include "workspace/output_guard.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fmt/format.h>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

Workspace workspace_of(const fs::path& model) {
  ModelOptions options;
  options.paths = {model.string()};
  std::istringstream nothing;
  std::ostringstream log;
  return open_workspace(options, nothing, log);
}

std::string refusal(const std::string& target, std::string_view conflict) {
  return fmt::format("-o '{}' is {}, and bizmap never writes over what it did not write; choose "
                     "another output",
                     target, conflict);
}

// Sets HOME for one test and puts it back after.
class Home {
public:
  explicit Home(const fs::path& home) {
    const char* old = std::getenv("HOME");
    old_ = old != nullptr ? std::optional<std::string>(old) : std::nullopt;
    ::setenv("HOME", home.c_str(), 1);
  }
  Home(const Home&) = delete;
  Home& operator=(const Home&) = delete;
  ~Home() {
    if (old_) {
      ::setenv("HOME", old_->c_str(), 1);
    } else {
      ::unsetenv("HOME");
    }
  }

private:
  std::optional<std::string> old_;
};

} // namespace

TEST_CASE("every command refuses -o /", "[guard]") {
  fs::path folder = fresh_folder("guard-root");
  write_text(folder / "model.yaml", broken_sales_model);
  Workspace workspace = workspace_of(folder / "model.yaml");
  for (std::string root : {"/", "//", "/.", "/tmp/.."}) {
    INFO(root);
    REQUIRE_THROWS_WITH(guard_output(root, workspace), refusal(root, "the root folder"));
    for (std::string_view command : {"report", "check", "graph"}) {
      std::vector<std::string> args{std::string(command),
                                    (folder / "model.yaml").string(),
                                    "-o",
                                    root,
                                    "--format",
                                    "mermaid"};
      if (command == "check") {
        args.back() = "text";
      } else if (command == "report") {
        args.resize(4);
        args.emplace_back("--force");
      }
      CliResult refused = bizmap_cli(args);
      CHECK(refused.exit_code == 2);
      CHECK(refused.err == "bizmap: error: " + refusal(root, "the root folder") + "\n");
    }
  }
}

TEST_CASE("an output (-o) naming the home folder or a folder above it is refused", "[guard]") {
  fs::path folder = fresh_folder("guard-home");
  fs::path home = folder / "home" / "someone";
  write_text(home / "notes.txt", "the user's own\n");
  write_text(folder / "models" / "model.yaml", broken_sales_model);
  Home set_home(home);
  Workspace workspace = workspace_of(folder / "models" / "model.yaml");
  REQUIRE_THROWS_WITH(guard_output(home.string(), workspace),
                      refusal(home.string(), "your home folder"));
  std::string above = (folder / "home").string();
  REQUIRE_THROWS_WITH(guard_output(above, workspace),
                      refusal(above, "a folder that holds your home folder"));
  for (const std::string& target : {home.string(), above}) {
    CliResult refused =
        bizmap_cli({"report", (folder / "models").string(), "-o", target, "--force"});
    CHECK(refused.exit_code == 2);
    CHECK(contains(refused.err, "home folder"));
  }
  CHECK(read_text(home / "notes.txt") == "the user's own\n");
  CHECK(fs::directory_iterator(home) != fs::directory_iterator());
  // A folder inside the home folder is a fine place for a report.
  CHECK_NOTHROW(guard_output((home / "report").string(), workspace));
}

TEST_CASE("an output (-o) naming a model or configuration file of another model is refused",
          "[guard]") {
  fs::path folder = fresh_folder("guard-other-models");
  write_text(folder / "a" / "model.yaml", broken_sales_model);
  write_text(folder / "b" / "model.yaml", broken_sales_model);
  write_text(folder / "b" / ".bizmap.yaml", "fail_on: info\n");
  Workspace workspace = workspace_of(folder / "a");
  std::string other_model = (folder / "b" / "model.yaml").string();
  std::string other_config = (folder / "b" / ".bizmap.yaml").string();
  CHECK_THROWS_WITH(guard_output(other_model, workspace),
                    refusal(other_model, "a model file (it has a 'bizmap:' line)"));
  CHECK_THROWS_WITH(guard_output(other_config, workspace),
                    refusal(other_config, "a configuration file"));
  CHECK_NOTHROW(guard_output((folder / "b" / "findings.json").string(), workspace));
  CHECK_NOTHROW(guard_output((folder / "report").string(), workspace));
}
