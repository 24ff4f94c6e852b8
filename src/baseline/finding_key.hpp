#pragma once

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <compare>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// What names a finding across edits of a model. It holds no line or column,
/// so moving lines, reordering elements or rewriting a list in another YAML
/// style keeps it; and no folder given on the command line, so renaming that
/// folder keeps it too.
struct FindingKey {
  std::string file; ///< the file, relative to the model's root folder
  std::string rule;
  std::string subject_kind; ///< empty when the finding concerns no element
  std::string subject_id;
  std::string message; ///< with positions and the file's given path taken out

  friend auto operator<=>(const FindingKey&, const FindingKey&) = default;
  friend bool operator==(const FindingKey&, const FindingKey&) = default;
};

/// The folder a model was given as: the common folder of the paths (a
/// folder stands for itself, a file for the folder that holds it).
std::string model_root(std::span<const std::string> paths);

/// Each model file's path relative to `root`, with forward slashes.
std::vector<std::string> file_keys(const Model& model, const std::string& root);

/// The key of a finding; `files` holds the key of each model file.
FindingKey finding_key(const Model& model, const Diagnostic& finding,
                       std::span<const std::string> files);

/// The message with its positions taken out: `line 12` becomes `line`,
/// `column 3` becomes `column`, and `:12:3` after a file name goes.
std::string without_positions(std::string_view message);

} // namespace bizmap
