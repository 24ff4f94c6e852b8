#pragma once

#include "lint/handoffs.hpp"
#include "lint/suggest.hpp"

#include <bizmap/model.hpp>
#include <bizmap/rule.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace bizmap::rules {

/// "; did you mean 'x'?", or nothing when there is no suggestion.
std::string did_you_mean(const std::optional<std::string_view>& suggestion);

/// The suggestion as Diagnostic::suggestion expects it.
inline std::string suggestion_text(const std::optional<std::string_view>& suggestion) {
  return suggestion ? std::string(*suggestion) : std::string();
}

} // namespace bizmap::rules
