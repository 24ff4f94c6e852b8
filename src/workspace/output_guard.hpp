#pragma once

#include "workspace/workspace.hpp"

#include <string>
#include <string_view>

namespace bizmap {

/// Throws UsageError, naming the conflict, when `target` (the file or folder
/// of the option `option`, `-o` unless told) is a file the run read or found (a model file, a file
/// skipped as not a model, the configuration), any other model or configuration file, or a folder
/// at or above one of those, the current folder or the home folder. Symbolic links are resolved
/// first, so a link to the model folder is the model folder. Nothing bizmap did not write can then
/// be replaced by it.
void guard_output(const std::string& target, const Workspace& workspace,
                  std::string_view option = "-o");

} // namespace bizmap
