#pragma once

#include "model/index.hpp"

#include <bizmap/check.hpp>

namespace bizmap {

/// check_model, on a model whose indexes are built already: `diff` builds
/// them once for both the check and its comparison.
std::vector<Diagnostic> check_model(const Model& model, const ModelIndex& index,
                                    std::vector<Diagnostic> load_findings,
                                    const CheckOptions& options = {});

} // namespace bizmap
