#pragma once

#include <string_view>

namespace bizmap {

/// business.yaml of `bizmap init`: a commented model that checks clean.
extern const std::string_view starter_model;
/// .bizmap.yaml of `bizmap init`: a commented configuration.
extern const std::string_view starter_configuration;

} // namespace bizmap
