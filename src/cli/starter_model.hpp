#pragma once

#include <string_view>

namespace bizmap {

/// business.yaml of `bizmap init`: a commented model that checks clean.
extern const std::string_view starter_model;
/// The name of the JSON Schema file that `bizmap init` writes beside the
/// starter model, which names it in its first line for editors.
inline constexpr std::string_view starter_schema_name = ".bizmap.schema.json";
/// .bizmap.yaml of `bizmap init`: a commented configuration.
extern const std::string_view starter_configuration;

} // namespace bizmap
