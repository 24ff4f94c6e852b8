#include "lsp/lookup.hpp"

#include <algorithm>
#include <tuple>

namespace bizmap::lsp {

SymbolLookup::SymbolLookup(const ReferenceIndex& references, std::size_t files) : by_file_(files) {
  auto add = [&](Symbol symbol) {
    if (symbol.at.file < by_file_.size()) {
      by_file_[symbol.at.file].push_back(symbol);
    }
  };
  for (const Definition& definition : references.definitions()) {
    add({definition.element.kind, definition.id->id, &definition, nullptr, definition.id->at});
  }
  for (const Reference& reference : references.references()) {
    add({reference.names(), reference.ref->id, nullptr, &reference, reference.ref->at});
  }
  for (std::vector<Symbol>& symbols : by_file_) {
    std::sort(symbols.begin(), symbols.end(), [](const Symbol& a, const Symbol& b) {
      return std::tie(a.at.line, a.at.column) < std::tie(b.at.line, b.at.column);
    });
  }
}

std::optional<Symbol> SymbolLookup::at(std::uint32_t file, std::uint32_t line,
                                       std::uint32_t column) const {
  if (file >= by_file_.size()) {
    return std::nullopt;
  }
  const std::vector<Symbol>& symbols = by_file_[file];
  // The last symbol that starts at or before the cursor.
  auto after = std::upper_bound(symbols.begin(), symbols.end(), std::tie(line, column),
                                [](const auto& place, const Symbol& symbol) {
                                  return place < std::tie(symbol.at.line, symbol.at.column);
                                });
  for (auto it = after; it != symbols.begin();) {
    --it;
    if (it->at.line != line) {
      break;
    }
    if (column <= it->at.column + it->at.length) {
      return *it;
    }
  }
  return std::nullopt;
}

} // namespace bizmap::lsp
