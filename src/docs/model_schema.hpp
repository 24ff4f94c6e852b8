#pragma once

#include <string>

namespace bizmap {

/// The JSON Schema (draft-07) of the model format, generated from the
/// loader's field tables: what `bizmap schema` prints and
/// docs/schemas/bizmap-model.schema.json holds.
std::string model_schema();

} // namespace bizmap
