#pragma once

#include "model/references.hpp"

#include <bizmap/diagnostic.hpp>
#include <cstddef>
#include <optional>
#include <vector>

namespace bizmap {

/// For each finding, the process it concerns: the process its subject names.
std::vector<std::optional<std::size_t>>
process_of_findings(const ReferenceIndex& references, const std::vector<Diagnostic>& findings);

} // namespace bizmap
