#pragma once

#include <bizmap/model.hpp>
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>

namespace bizmap {

/// A JSON document as bizmap writes one: objects keep their members in the
/// order they were added, so every output lists its keys in a fixed order.
using JsonDocument = nlohmann::ordered_json;

/// The document indented by two spaces, one member a line (an empty object
/// or array stays `{}` or `[]`), with a final line break. Text that is not
/// UTF-8, such as a file name in another encoding, has each invalid sequence
/// replaced by U+FFFD, so the result is always valid JSON.
std::string json_text(const JsonDocument& document);

/// A place in the model as every JSON output writes it: `file` (empty for a
/// place in no file of the model), `line` and `column`.
JsonDocument place_json(const Model& model, const Location& at);

/// Writes json_text(document) to `out`.
void write_json_document(const JsonDocument& document, std::ostream& out);

} // namespace bizmap
