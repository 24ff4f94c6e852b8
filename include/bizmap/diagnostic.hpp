#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// How serious a finding is; ordered so that a larger value is more serious.
enum class Severity : std::uint8_t { info, warning, error };

/// "error", "warning" or "info".
std::string_view to_string(Severity severity);
/// Parses "error", "warning" or "info".
std::optional<Severity> parse_severity(std::string_view text);

/// The kinds of element a model is made of, each with ids of its own.
enum class ElementKind : std::uint8_t { system, process, role, tool, data };

/// "system", "process", "role", "tool" or "data".
std::string_view to_string(ElementKind kind);

/// A place in a model file. Lines and columns are 1-based; columns and
/// lengths count characters (Unicode code points), not bytes.
struct Location {
  std::uint32_t file = 0; ///< index into Model::files
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  std::uint32_t length = 1; ///< characters to underline

  friend bool operator==(const Location&, const Location&) = default;
};

/// The element a finding concerns, by kind and id.
struct Subject {
  ElementKind kind = ElementKind::process;
  std::string id;

  friend bool operator==(const Subject&, const Subject&) = default;
};

/// Another place that explains a finding ("first defined here").
struct RelatedLocation {
  Location at;
  std::string note;

  friend bool operator==(const RelatedLocation&, const RelatedLocation&) = default;
};

/// Where the finding a consequence follows from would be, and what of the
/// business the consequence says is cut off there ("'year-end-pack'"): the
/// cause's note lists it ("this also cuts off 'management-pack', ...").
struct Consequence {
  Location of;
  std::string cut_off;
};

/// One problem found in the model, reported by a rule.
struct Diagnostic {
  std::string_view rule; ///< id of a registered rule
  Severity severity = Severity::error;
  Location at;
  std::string message;
  std::string suggestion = {}; ///< the closest valid name, empty when there is none
  std::optional<Subject> subject = std::nullopt; ///< the element it concerns, if one
  std::vector<RelatedLocation> related = {};
  /// When a finding is at this place, this one is shown as its note instead
  /// of on its own: one mistake reads as one finding, its cause first.
  std::optional<Consequence> consequence_of = std::nullopt;

  /// Names the element the finding concerns.
  Diagnostic& about(ElementKind kind, std::string_view id) {
    subject = Subject{kind, std::string(id)};
    return *this;
  }
  /// Adds another place that explains the finding.
  Diagnostic& note(const Location& place, std::string text) {
    related.push_back({place, std::move(text)});
    return *this;
  }
  /// Makes the finding a consequence of any finding at `cause`.
  Diagnostic& follows_from(const Location& cause, std::string cut_off) {
    consequence_of = Consequence{cause, std::move(cut_off)};
    return *this;
  }
};

} // namespace bizmap
