#pragma once

#include <bizmap/check.hpp>
#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <optional>
#include <span>
#include <string>

namespace bizmap {

/// "2 errors, 1 warning, 0 infos in 3 files", without a line break. With
/// `hidden` (check -q), the findings shown are errors and the others are
/// counted as not shown: "0 errors (3 warnings not shown) in 1 file".
std::string summary_line(const Model& model, std::span<const Diagnostic> findings,
                         const std::optional<Tally>& hidden = std::nullopt);

} // namespace bizmap
