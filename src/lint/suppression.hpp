#pragma once

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// A `# bizmap-ignore...` comment in a model file.
struct Suppression {
  Location at;            ///< where the comment starts
  std::uint32_t line = 0; ///< the line whose findings it suppresses
  /// The rules it names, each with where its name is written; empty for a
  /// bare `# bizmap-ignore`, which suppresses every rule.
  std::vector<Ref> rules;
};

/// Every suppression comment in the text of file number `file`. A '#' inside
/// a quoted string or a block scalar is not a comment.
std::vector<Suppression> find_suppressions(std::string_view text, std::uint32_t file);

/// Removes the findings that suppression comments in the model's files
/// suppress, and adds an `unused-suppression` finding for each comment (or
/// each rule named in one) that suppressed nothing.
void apply_suppressions(const Model& model, std::vector<Diagnostic>& findings);

} // namespace bizmap
