#pragma once

#include <bizmap/model.hpp>
#include <string>
#include <string_view>

namespace bizmap {

/// The path of the file a place is in, as the model names it; empty for a
/// place in no file of the model.
std::string_view file_path(const Model& model, const Location& at);

/// "books.yaml:5:9": the file, line and column of a place.
std::string place_text(const Model& model, const Location& at);

} // namespace bizmap
