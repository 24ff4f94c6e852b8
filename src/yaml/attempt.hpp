#pragma once

#include "mistakes/mistakes.hpp"
#include "yaml/tree.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace bizmap::yaml {

/// One reading of a text by the YAML parser.
struct Attempt {
  Document document;               ///< `root` is null when the parser stopped
  std::optional<ParseError> error; ///< why it stopped, or the second document after the first
  bool fatal = false;              ///< a limit was reached: the findings say which
};

/// Reads `text` once; the nodes point into it.
Attempt read_once(std::string_view text, std::uint32_t file, const Limits& limits);
/// Reads an edited text once; the document keeps it as `repaired`.
Attempt read_once(std::unique_ptr<std::string> text, std::uint32_t file, const Limits& limits);

/// A finding of the rule yaml-syntax.
Diagnostic syntax_finding(Location at, std::string message, Severity severity = Severity::error);

} // namespace bizmap::yaml
