#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bizmap {

/// How serious a finding is; ordered so that a larger value is more serious.
enum class Severity : std::uint8_t { info, warning, error };

std::string_view to_string(Severity severity);
/// Parses "error", "warning" or "info".
std::optional<Severity> parse_severity(std::string_view text);

/// A place in a model file. Lines and columns are 1-based; columns and
/// lengths count characters (Unicode code points), not bytes.
struct Location {
  std::uint32_t file = 0; ///< index into Model::files
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  std::uint32_t length = 1; ///< characters to underline

  friend bool operator==(const Location&, const Location&) = default;
};

/// One problem found in the model, reported by a rule.
struct Diagnostic {
  std::string_view rule; ///< id of a registered rule
  Severity severity = Severity::error;
  Location at;
  std::string message;
  std::string suggestion; ///< the closest valid name, empty when there is none
};

} // namespace bizmap
