#pragma once

#include "lsp/protocol.hpp"
#include "lsp/workspace.hpp"

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

// Each request takes the workspace, its analysis and the request's params,
// and returns the result (or throws RequestError).
Json definition(Workspace& workspace, const Analysis& analysis, const Json& params);
Json references(Workspace& workspace, const Analysis& analysis, const Json& params);
Json document_highlight(Workspace& workspace, const Analysis& analysis, const Json& params);
Json prepare_rename(Workspace& workspace, const Analysis& analysis, const Json& params);
Json rename(Workspace& workspace, const Analysis& analysis, const Json& params);
Json hover(Workspace& workspace, const Analysis& analysis, const Json& params);
Json completion(Workspace& workspace, const Analysis& analysis, const Json& params);
Json document_symbols(Workspace& workspace, const Analysis& analysis, const Json& params);
Json code_actions(Workspace& workspace, const Analysis& analysis, const Json& params);

} // namespace bizmap::lsp
