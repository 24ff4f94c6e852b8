#include "lsp/protocol.hpp"

namespace bizmap::lsp {

Json to_json(Position position) {
  return {{"line", position.line}, {"character", position.character}};
}

Json to_json(Range range) {
  return {{"start", to_json(range.start)}, {"end", to_json(range.end)}};
}

Position position_from(const Json& position) {
  auto number = [&](const char* key) {
    const Json& value = position.at(key);
    if (!value.is_number_integer() || value.get<std::int64_t>() < 0) {
      throw RequestError(error_code::invalid_params,
                         std::string("a position's ") + key + " must be a number from 0");
    }
    return static_cast<std::uint32_t>(std::min<std::int64_t>(
        value.get<std::int64_t>(), std::numeric_limits<std::uint32_t>::max()));
  };
  return {number("line"), number("character")};
}

Range range_from(const Json& range) {
  return {position_from(range.at("start")), position_from(range.at("end"))};
}

Range range_in(const Analysis& analysis, const Location& at) {
  return analysis.sources.at(at.file)->positions->range_of(at);
}

Json location_json(const Analysis& analysis, const Location& at) {
  return {{"uri", analysis.sources.at(at.file)->uri}, {"range", to_json(range_in(analysis, at))}};
}

DocumentPosition document_position(EditedModel& edited, const Analysis& analysis,
                                   const Json& params) {
  DocumentPosition place;
  place.source = edited.find(params.at("textDocument").at("uri").get<std::string>());
  if (place.source == nullptr) {
    throw RequestError(error_code::invalid_params, "the document is not open");
  }
  place.position = position_from(params.at("position"));
  auto [line, column] = place.source->positions->column_of(place.position);
  place.line = line;
  place.column = column;
  // A position past the end of a line or of the text is taken as that end.
  place.position = place.source->positions->position_of(line, column);
  place.file = analysis.file_number(*place.source);
  return place;
}

} // namespace bizmap::lsp
