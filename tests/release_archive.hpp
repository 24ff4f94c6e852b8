#pragma once

#include "support.hpp"

#include <string>

namespace bizmap::testing {

/// The release archive's name without `.tar.gz`: bizmap-VERSION-linux-ARCH.
std::string archive_name();

/// dist/bizmap-VERSION-linux-ARCH.tar.gz in the source tree, as `make dist`
/// writes it.
fs::path release_archive();

/// False, with a visible warning, when `make dist` has not been run (`make
/// test` runs it first).
bool release_archive_ready();

} // namespace bizmap::testing
