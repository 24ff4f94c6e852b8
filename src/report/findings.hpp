#pragma once

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <cstddef>
#include <optional>
#include <vector>

namespace bizmap {

/// For each finding, the process it concerns: the process in whose lines it
/// lies, from the first to the last line bizmap recorded for the process (its
/// id and references, its steps and what-ifs) in the process's file.
std::vector<std::optional<std::size_t>>
process_of_findings(const Model& model, const std::vector<Diagnostic>& findings);

} // namespace bizmap
