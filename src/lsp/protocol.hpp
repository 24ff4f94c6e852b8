#pragma once

#include "lsp/edited_model.hpp"
#include "lsp/text_document.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace bizmap::lsp {

using Json = nlohmann::json;

/// JSON-RPC and LSP error codes.
namespace error_code {
inline constexpr int parse_error = -32700;
inline constexpr int invalid_request = -32600;
inline constexpr int method_not_found = -32601;
inline constexpr int invalid_params = -32602;
inline constexpr int internal_error = -32603;
inline constexpr int server_not_initialized = -32002;
inline constexpr int request_failed = -32803;
} // namespace error_code

/// A request that is answered with an error: the message is for the user.
class RequestError : public std::runtime_error {
public:
  RequestError(int code, const std::string& message) : std::runtime_error(message), code(code) {}
  int code;
};

Json to_json(Position position);
Json to_json(Range range);
Position position_from(const Json& position);
Range range_from(const Json& range);

/// The protocol location of a place in a model file.
Json location_json(const Analysis& analysis, const Location& at);
/// The range of a place in a model file.
Range range_in(const Analysis& analysis, const Location& at);

/// A document and position of a request's params, resolved: the open or
/// known file, its model file number, and the 1-based line and column.
struct DocumentPosition {
  EditorFile* source = nullptr;
  std::optional<std::uint32_t> file; ///< none when the file is not part of the model
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  Position position;
};
DocumentPosition document_position(EditedModel& edited, const Analysis& analysis,
                                   const Json& params);

} // namespace bizmap::lsp
