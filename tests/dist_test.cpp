// The release archive `make dist` writes (dist/bizmap-VERSION-linux-ARCH.tar.gz):
// what it holds, its checksum, and its bizmap checking a model in an empty
// chroot, where no library is installed.
#include "release_archive.hpp"
#include "report_tools.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <unistd.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// The archive unpacked into `root`; returns the folder it holds.
fs::path unpacked(const fs::path& root) {
  ToolRun tar = run_tool(fmt::format("tar -xzf {} -C {}", shell_quoted(release_archive().string()),
                                     shell_quoted(root.string())));
  INFO(tar.output);
  REQUIRE(tar.exit_code == 0);
  return root / archive_name();
}

} // namespace

TEST_CASE("the release archive holds bizmap, its man page and README in one folder", "[dist]") {
  if (!release_archive_ready()) {
    return;
  }
  ToolRun listing = run_tool(fmt::format("tar -tzvf {}", shell_quoted(release_archive().string())));
  REQUIRE(listing.exit_code == 0);
  std::vector<std::string> files;
  for (const std::string& line : lines_of(listing.output)) {
    if (line.starts_with("-")) {
      files.push_back(line.substr(line.rfind(' ') + 1));
      // No owner of the machine it was built on.
      CHECK(contains(line, " 0/0 "));
    }
  }
  std::string folder = archive_name() + "/";
  CHECK(files == std::vector<std::string>{folder + "bin/bizmap",
                                          folder + "share/doc/bizmap/README.md",
                                          folder + "share/man/man1/bizmap.1.gz"});
  CHECK(contains(listing.output, "-rwxr-xr-x 0/0"));

  fs::path root = unpacked(fresh_folder("unpacked"));
  CHECK(read_text(root / "share" / "doc" / "bizmap" / "README.md") ==
        read_text(source_dir() / "README.md"));
  ToolRun page = run_tool(
      fmt::format("zcat {}", shell_quoted((root / "share/man/man1/bizmap.1.gz").string())));
  CHECK(page.output == read_text(source_dir() / "docs" / "bizmap.1"));
}

TEST_CASE("the release archive's checksum file is what sha256sum -c reads", "[dist]") {
  if (!release_archive_ready()) {
    return;
  }
  fs::path sums = release_archive().string() + ".sha256";
  REQUIRE(fs::exists(sums));
  std::string line = read_text(sums);
  CHECK(line.size() == 64 + 2 + archive_name().size() + 7 + 1);
  CHECK(line.ends_with("  " + archive_name() + ".tar.gz\n"));
  ToolRun verified = run_tool(fmt::format("cd {} && sha256sum -c {}",
                                          shell_quoted(release_archive().parent_path().string()),
                                          shell_quoted(sums.filename().string())));
  INFO(verified.output);
  CHECK(verified.exit_code == 0);
}

TEST_CASE("the archive's bizmap is linked statically", "[dist]") {
  if (!release_archive_ready()) {
    return;
  }
  fs::path binary = unpacked(fresh_folder("unpacked")) / "bin" / "bizmap";
  ToolRun file = run_tool(fmt::format("file -b {}", shell_quoted(binary.string())));
  INFO(file.output);
  CHECK(contains(file.output, "ELF 64-bit"));
  CHECK(contains(file.output, "statically linked"));
  CHECK(contains(file.output, "stripped"));
  CHECK(!contains(file.output, "not stripped"));
  ToolRun dynamic = run_tool(fmt::format("readelf -d {}", shell_quoted(binary.string())));
  CHECK(!contains(dynamic.output, "NEEDED"));
}

TEST_CASE("the archive's bizmap checks a broken model in an empty chroot", "[dist]") {
  if (!release_archive_ready()) {
    return;
  }
  if (geteuid() != 0) {
    WARN("skipped: chroot needs root; CI runs the suite as root");
    return;
  }
  // The root holds the unpacked archive and the model, and nothing else: no
  // /lib, no /usr, no /dev, no /proc.
  fs::path root = fresh_folder("root");
  fs::path installed = unpacked(root);
  write_text(root / "model" / "sales.yaml", broken_sales_model);
  std::string bizmap = fmt::format("/{}/bin/bizmap", archive_name());
  std::string chroot = fmt::format("chroot {} {}", shell_quoted(root.string()), bizmap);

  ToolRun check = run_tool(chroot + " check --today 2026-06-01 /model");
  INFO(check.output);
  CHECK(check.exit_code == 1);
  CHECK(contains(check.output,
                 "/model/sales.yaml:14:18: error: process 'onboard-client' needs 'client-brief', "
                 "but no process produces it; did you mean 'client-brief-draft' (output of "
                 "'qualify-lead')? [unproduced-input]\n"));
  CHECK(contains(check.output, "1 error, 3 warnings, 0 infos in 1 file\n"));

  // The archive is of this build: its version line names the same commit.
  ToolRun version_line = run_tool(chroot + " --version");
  CHECK(version_line.exit_code == 0);
  CHECK(version_line.output == bizmap_cli({"--version"}).out);
  CHECK(fs::is_directory(installed));
}
