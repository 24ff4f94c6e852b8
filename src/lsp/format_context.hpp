#pragma once

#include "load/format.hpp"
#include "lsp/text_document.hpp"

#include <span>
#include <string>
#include <vector>

namespace bizmap::lsp {

/// Where a cursor is in the format: at a key of an element, or in the value
/// of one. Found from the text's indentation, so that it works on the half
/// written line that does not parse yet.
struct FormatContext {
  enum class CursorPlace { nowhere, key, value } place = CursorPlace::nowhere;
  const ElementFormat* element = nullptr; ///< the map the cursor is in
  const FormatField* field = nullptr;     ///< the key whose value it is in, or the key under it
  std::string partial;                    ///< what is typed before the cursor
  std::size_t partial_start = 0;          ///< its byte offset in the line
  std::vector<std::string> present_keys;  ///< the other keys of the map
};

/// The context of the cursor at byte `offset` of 0-based `line`.
FormatContext format_context(const PositionMap& text, std::uint32_t line, std::size_t offset,
                             std::span<const ElementFormat> elements);

} // namespace bizmap::lsp
