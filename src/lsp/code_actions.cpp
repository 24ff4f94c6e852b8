// Quick fixes: every finding with a suggestion offers to write it instead.
#include "lsp/features.hpp"

#include <fmt/format.h>
#include <tuple>

namespace bizmap::lsp {
namespace {

bool before(Position a, Position b) {
  return std::tie(a.line, a.character) < std::tie(b.line, b.character);
}

bool overlaps(Range a, Range b) {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

} // namespace

Json code_actions(EditedModel& edited, const Analysis& analysis, const Json& params) {
  EditorFile* source = edited.find(params.at("textDocument").at("uri").get<std::string>());
  if (source == nullptr) {
    throw RequestError(error_code::invalid_params, "the document is not open");
  }
  Range asked = range_from(params.at("range"));
  Json actions = Json::array();
  std::optional<std::uint32_t> file = analysis.file_number(*source);
  if (!file) {
    return actions;
  }
  for (const Diagnostic& finding : analysis.findings) {
    if (finding.at.file != *file || finding.suggestion.empty()) {
      continue;
    }
    Range range = range_in(analysis, finding.at);
    if (!overlaps(range, asked)) {
      continue;
    }
    Json edit = {{"range", to_json(range)}, {"newText", finding.suggestion}};
    actions.push_back({{"title", fmt::format("Change to '{}'", finding.suggestion)},
                       {"kind", "quickfix"},
                       {"isPreferred", true},
                       {"diagnostics", Json::array({diagnostic_json(analysis, finding)})},
                       {"edit", {{"changes", {{source->uri, Json::array({edit})}}}}}});
  }
  return actions;
}

} // namespace bizmap::lsp
