#pragma once

#include "model/references.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace bizmap::lsp {

/// An id under the cursor: where it is defined, or a reference to one.
struct Symbol {
  ElementKind kind;
  std::string_view id;
  const Definition* definition = nullptr; ///< set when the cursor is on the id itself
  const Reference* reference = nullptr;   ///< set when it is on a reference
  Location at;
};

/// Every id and reference of a model by place, for finding the one under a
/// cursor in time logarithmic in the file's ids.
class SymbolLookup {
public:
  explicit SymbolLookup(const ReferenceIndex& references, std::size_t files);

  /// The id or reference written at a 1-based line and character column of
  /// a model file (the cursor may also be just after its last character).
  std::optional<Symbol> at(std::uint32_t file, std::uint32_t line, std::uint32_t column) const;

private:
  std::vector<std::vector<Symbol>> by_file_; ///< sorted by line and column
};

} // namespace bizmap::lsp
