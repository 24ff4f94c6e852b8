#include "model/places.hpp"

#include <fmt/format.h>

namespace bizmap {

std::string_view file_path(const Model& model, const Location& at) {
  return at.file < model.files.size() ? std::string_view(model.files[at.file].path)
                                      : std::string_view();
}

std::string place_text(const Model& model, const Location& at) {
  return fmt::format("{}:{}:{}", file_path(model, at), at.line, at.column);
}

} // namespace bizmap
