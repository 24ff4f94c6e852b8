#pragma once

#include "workspace/workspace.hpp"

namespace CLI {
class App;
}

namespace bizmap {

/// Declares what every command that reads a model takes: the paths,
/// `--config`, `--stdin-filename`, `--today` and `-v/--verbose`.
void add_model_options(CLI::App& app, ModelOptions& options);

} // namespace bizmap
