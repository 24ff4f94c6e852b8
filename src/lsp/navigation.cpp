// Go to definition, find references, document highlight and rename: every
// id and reference of the model, through the reference index.
#include "load/format.hpp"
#include "lsp/features.hpp"
#include "model/ids.hpp"

#include <fmt/format.h>
#include <set>
#include <tuple>

namespace bizmap::lsp {
namespace {

std::optional<Symbol> symbol_under(EditedModel& edited, const Analysis& analysis,
                                   const Json& params) {
  DocumentPosition place = document_position(edited, analysis, params);
  if (!place.file) {
    return std::nullopt;
  }
  return analysis.lookup().at(*place.file, place.line, place.column);
}

bool is_input(RefField field) {
  return field == RefField::process_input || field == RefField::step_input ||
         field == RefField::system_outcome || field == RefField::external_output;
}

// Where a reference leads: the element it names, and for data that is
// needed, the outputs of the processes that produce it.
std::vector<Location> targets_of(const Analysis& analysis, const Symbol& symbol) {
  const ModelIndex& index = analysis.index();
  std::vector<Location> targets;
  for (std::size_t i : index.references.definitions_of(symbol.kind, symbol.id)) {
    targets.push_back(index.references.definitions()[i].id->at);
  }
  if (symbol.kind == ElementKind::data && symbol.reference && is_input(symbol.reference->field)) {
    for (const Handoffs::Use& producer : index.handoffs.producers(symbol.id)) {
      targets.push_back(producer.ref->at);
    }
  }
  if (targets.empty() && symbol.kind == ElementKind::data) {
    for (const Handoffs::Use& consumer : index.handoffs.consumers(symbol.id)) {
      targets.push_back(consumer.ref->at);
    }
  }
  return targets;
}

// Every place an id is written: its definitions, then its references, each
// place once (an alias repeats the anchored node's place).
std::vector<Location> occurrences(const Analysis& analysis, const Symbol& symbol,
                                  bool with_definitions) {
  const ReferenceIndex& references = analysis.index().references;
  std::vector<Location> places;
  if (with_definitions) {
    for (std::size_t i : references.definitions_of(symbol.kind, symbol.id)) {
      places.push_back(references.definitions()[i].id->at);
    }
  }
  for (std::size_t i : references.references_to(symbol.kind, symbol.id)) {
    places.push_back(references.references()[i].ref->at);
  }
  std::set<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> seen;
  std::erase_if(places, [&](const Location& at) {
    return !seen.insert({at.file, at.line, at.column}).second;
  });
  return places;
}

Json locations_json(const Analysis& analysis, const std::vector<Location>& places) {
  Json locations = Json::array();
  for (const Location& at : places) {
    locations.push_back(location_json(analysis, at));
  }
  return locations;
}

// The range of the id itself: a quoted id is replaced inside its quotes.
Range id_range(const Analysis& analysis, const Location& at) {
  const EditorFile& source = *analysis.sources.at(at.file);
  Range range = source.positions->range_of(at);
  std::string_view line = source.positions->line(range.start.line);
  std::size_t offset =
      source.positions->offset_of(range.start) - source.positions->offset_of({range.start.line, 0});
  if (offset < line.size() && (line[offset] == '"' || line[offset] == '\'') && at.length >= 2) {
    range.start.character += 1;
    range.end.character -= 1;
  }
  return range;
}

std::string kind_word(ElementKind kind) {
  return kind == ElementKind::data ? "data item" : std::string(to_string(kind));
}

} // namespace

Json definition(EditedModel& edited, const Analysis& analysis, const Json& params) {
  std::optional<Symbol> symbol = symbol_under(edited, analysis, params);
  if (!symbol) {
    return nullptr;
  }
  if (symbol->definition) {
    return locations_json(analysis, {symbol->at});
  }
  return locations_json(analysis, targets_of(analysis, *symbol));
}

Json references(EditedModel& edited, const Analysis& analysis, const Json& params) {
  std::optional<Symbol> symbol = symbol_under(edited, analysis, params);
  if (!symbol) {
    return nullptr;
  }
  bool declarations =
      params.contains("context") && params["context"].value("includeDeclaration", false);
  return locations_json(analysis, occurrences(analysis, *symbol, declarations));
}

Json document_highlight(EditedModel& edited, const Analysis& analysis, const Json& params) {
  DocumentPosition place = document_position(edited, analysis, params);
  std::optional<Symbol> symbol = symbol_under(edited, analysis, params);
  if (!symbol || !place.file) {
    return nullptr;
  }
  const ReferenceIndex& references = analysis.index().references;
  Json highlights = Json::array();
  for (const Location& at : occurrences(analysis, *symbol, true)) {
    if (at.file != *place.file) {
      continue;
    }
    bool defined =
        !references.definitions_of(symbol->kind, symbol->id).empty() &&
        std::any_of(references.definitions_of(symbol->kind, symbol->id).begin(),
                    references.definitions_of(symbol->kind, symbol->id).end(),
                    [&](std::size_t i) { return references.definitions()[i].id->at == at; });
    highlights.push_back({{"range", to_json(range_in(analysis, at))}, {"kind", defined ? 3 : 2}});
  }
  return highlights;
}

Json prepare_rename(EditedModel& edited, const Analysis& analysis, const Json& params) {
  std::optional<Symbol> symbol = symbol_under(edited, analysis, params);
  if (!symbol) {
    throw RequestError(error_code::request_failed,
                       "only an id or a reference to one can be renamed");
  }
  return {{"range", to_json(id_range(analysis, symbol->at))},
          {"placeholder", std::string(symbol->id)}};
}

Json rename(EditedModel& edited, const Analysis& analysis, const Json& params) {
  std::optional<Symbol> symbol = symbol_under(edited, analysis, params);
  if (!symbol) {
    throw RequestError(error_code::request_failed,
                       "only an id or a reference to one can be renamed");
  }
  std::string name = params.at("newName").get<std::string>();
  if (!is_kebab_case_id(name)) {
    throw RequestError(error_code::request_failed,
                       fmt::format("'{}' is not a valid id: use lower-case letters and digits in "
                                   "groups joined by single hyphens, like 'client-brief'",
                                   name));
  }
  const ReferenceIndex& references = analysis.index().references;
  if (const Definition* taken = references.definition(symbol->kind, name);
      taken != nullptr && name != symbol->id) {
    const Location& at = taken->id->at;
    throw RequestError(error_code::request_failed,
                       fmt::format("'{}' is already the id of another {}, at {}:{}:{}", name,
                                   kind_word(symbol->kind), analysis.model().files[at.file].path,
                                   at.line, at.column));
  }
  Json changes = Json::object();
  for (const Location& at : occurrences(analysis, *symbol, true)) {
    const std::string& uri = analysis.sources.at(at.file)->uri;
    changes[uri].push_back({{"range", to_json(id_range(analysis, at))}, {"newText", name}});
  }
  return {{"changes", std::move(changes)}};
}

} // namespace bizmap::lsp
