#pragma once

#include "lsp/edited_model.hpp"
#include "lsp/protocol.hpp"

#include <string>
#include <vector>

namespace bizmap::lsp {

/// The diagnostics of one file, as textDocument/publishDiagnostics sends them.
struct FileDiagnostics {
  std::string uri;
  std::optional<std::int64_t> version;
  Json diagnostics;
};

/// A finding as an LSP diagnostic: range, severity, rule as code, message,
/// related places as relatedInformation.
Json diagnostic_json(const Analysis& analysis, const Diagnostic& finding);
/// The diagnostics of every file of the model, each file once.
std::vector<FileDiagnostics> diagnostics_by_file(const Analysis& analysis);

// Each request takes the edited model, its analysis and the request's params,
// and returns the result (or throws RequestError).
Json definition(EditedModel& edited, const Analysis& analysis, const Json& params);
Json references(EditedModel& edited, const Analysis& analysis, const Json& params);
Json document_highlight(EditedModel& edited, const Analysis& analysis, const Json& params);
Json prepare_rename(EditedModel& edited, const Analysis& analysis, const Json& params);
Json rename(EditedModel& edited, const Analysis& analysis, const Json& params);
Json hover(EditedModel& edited, const Analysis& analysis, const Json& params);
Json completion(EditedModel& edited, const Analysis& analysis, const Json& params);
Json document_symbols(EditedModel& edited, const Analysis& analysis, const Json& params);
Json code_actions(EditedModel& edited, const Analysis& analysis, const Json& params);

} // namespace bizmap::lsp
