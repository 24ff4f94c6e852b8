#pragma once

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <span>
#include <string>

namespace bizmap {

/// "2 errors, 1 warning, 0 infos in 3 files", without a line break.
std::string summary_line(const Model& model, std::span<const Diagnostic> findings);

} // namespace bizmap
