#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {

std::string did_you_mean(const std::optional<std::string_view>& suggestion) {
  return suggestion ? fmt::format("; did you mean '{}'?", *suggestion) : std::string();
}

} // namespace bizmap::rules
