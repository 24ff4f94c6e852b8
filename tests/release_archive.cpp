#include "release_archive.hpp"

#include <bizmap/version.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <sys/utsname.h>

namespace bizmap::testing {

std::string archive_name() {
  utsname machine{};
  uname(&machine);
  return fmt::format("bizmap-{}-linux-{}", version, machine.machine);
}

fs::path release_archive() {
  return source_dir() / "dist" / (archive_name() + ".tar.gz");
}

bool release_archive_ready() {
  if (!fs::exists(release_archive())) {
    WARN("skipped: " << release_archive().string() << " does not exist; run `make dist`");
    return false;
  }
  return true;
}

} // namespace bizmap::testing
