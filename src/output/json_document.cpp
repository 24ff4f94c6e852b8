#include "output/json_document.hpp"

#include "model/places.hpp"

#include <ostream>

namespace bizmap {

std::string json_text(const JsonDocument& document) {
  return document.dump(2, ' ', false, JsonDocument::error_handler_t::replace) + "\n";
}

JsonDocument place_json(const Model& model, const Location& at) {
  return {{"file", file_path(model, at)}, {"line", at.line}, {"column", at.column}};
}

void write_json_document(const JsonDocument& document, std::ostream& out) {
  out << json_text(document);
}

} // namespace bizmap
