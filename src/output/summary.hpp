#pragma once

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <span>
#include <string>

namespace bizmap {

/// "2 errors, 1 warning, 0 infos in 3 files", without a line break, and
/// which checks were incomplete when some lines could not be read.
std::string summary_line(const Model& model, std::span<const Diagnostic> findings);

/// Which checks were incomplete and why, or nothing when every line was read.
std::string incomplete_checks(const Model& model);

} // namespace bizmap
