#pragma once

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <vector>

namespace bizmap {

/// Folds the findings that follow from another finding into its notes, so
/// that one mistake reads as one finding with its cause first:
/// - at one place, a reference that names nothing (undeclared-data,
///   unknown-role, unknown-tool, unknown-process) carries the other findings
///   there as its notes;
/// - the findings about a process that a YAML mistake (yaml-syntax) cut
///   short, leaving lines of it unread, are notes of the mistake;
/// - a finding that names its cause (Diagnostic::follows_from) becomes a note
///   of the finding at that place, when there is one.
/// A consequence more serious than its cause stays a finding of its own, so
/// that folding never lowers what a check fails on.
void fold_consequences(const Model& model, std::vector<Diagnostic>& findings);

} // namespace bizmap
