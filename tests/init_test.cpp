// `bizmap init`: a starter model that checks clean, never written over a file.
#include "support.hpp"

#include <bizmap/run.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {} // namespace

TEST_CASE("init writes a starter model that checks clean", "[init]") {
  fs::path folder = fresh_folder("init") / "new-business";
  CliResult init = bizmap_cli({"init", folder.string()});
  CHECK(init.exit_code == 0);
  CHECK(init.err.empty());
  CHECK(contains(init.out, (folder / "business.yaml").string()));
  CHECK(contains(init.out, (folder / ".bizmap.yaml").string()));

  CliResult check = bizmap_cli({"check", folder.string()});
  CHECK(check.exit_code == 0);
  CHECK(check.out == "0 errors, 0 warnings, 0 infos in 1 file\n");
}

TEST_CASE("the starter model fills every part of the format", "[init]") {
  fs::path folder = fresh_folder("init-parts");
  REQUIRE(bizmap_cli({"init", folder.string()}).exit_code == 0);
  Checked checked = check_path(folder / "business.yaml");
  const Model& model = checked.loaded.model;
  CHECK(model.systems.size() == 2);
  CHECK(model.processes.size() >= 4);
  CHECK_FALSE(model.roles.empty());
  CHECK_FALSE(model.tools.empty());
  CHECK_FALSE(model.data.empty());
  CHECK_FALSE(model.external_inputs.empty());
  CHECK_FALSE(model.external_outputs.empty());
  for (const Process& process : model.processes) {
    INFO(process.id.id);
    CHECK(process.owner.has_value());
    CHECK_FALSE(process.steps.empty());
  }
}

TEST_CASE("the starter configuration loads and keeps the starter model clean", "[init]") {
  fs::path folder = fresh_folder("init-config");
  REQUIRE(bizmap_cli({"init", folder.string()}).exit_code == 0);
  fs::path config = folder / ".bizmap.yaml";
  CliResult check = bizmap_cli({"check", "--config", config.string(), folder.string()});
  CHECK(check.err.empty());
  CHECK(check.exit_code == 0);
  CHECK(check.out == "0 errors, 0 warnings, 0 infos in 1 file\n");
}

TEST_CASE("init leaves an existing model alone and writes nothing", "[init]") {
  fs::path folder = fresh_folder("init-again");
  REQUIRE(bizmap_cli({"init", folder.string()}).exit_code == 0);
  write_text(folder / "business.yaml", "bizmap: 1\n# mine\n");
  std::string config = read_text(folder / ".bizmap.yaml");

  CliResult again = bizmap_cli({"init", folder.string()});
  CHECK(again.exit_code == 2);
  CHECK(again.out.empty());
  CHECK(contains(again.err, fmt::format("bizmap: error: left '{}' alone: it already exists",
                                        (folder / "business.yaml").string())));
  CHECK(read_text(folder / "business.yaml") == "bizmap: 1\n# mine\n");
  CHECK(read_text(folder / ".bizmap.yaml") == config);
}

TEST_CASE("init writes nothing when only one of its files exists", "[init]") {
  fs::path folder = fresh_folder("init-partial");
  write_text(folder / "business.yaml", "bizmap: 1\n");
  CliResult result = bizmap_cli({"init", folder.string()});
  CHECK(result.exit_code == 2);
  CHECK(contains(result.err, (folder / "business.yaml").string()));
  CHECK_FALSE(contains(result.err, (folder / ".bizmap.yaml").string() + "' alone"));
  CHECK_FALSE(fs::exists(folder / ".bizmap.yaml"));
  CHECK(read_text(folder / "business.yaml") == "bizmap: 1\n");
}

TEST_CASE("init into a path that is a file is a usage error", "[init]") {
  fs::path file = fresh_folder("init-file") / "taken";
  write_text(file, "not a folder\n");
  CliResult result = bizmap_cli({"init", file.string()});
  CHECK(result.exit_code == 2);
  CHECK(contains(result.err, file.string()));
  CHECK(read_text(file) == "not a folder\n");
}
