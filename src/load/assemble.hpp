#pragma once

#include "yaml/tree.hpp"

#include <bizmap/load.hpp>
#include <span>
#include <string>
#include <string_view>

namespace bizmap {

/// A model file parsed already, kept by its owner (the language server keeps
/// every file's tree and parses again only the file that changed).
struct ParsedSource {
  std::string path;
  bool named = false; ///< read even without `bizmap: 1`, as a file named on the command line
  std::string_view text;
  yaml::Document* document; ///< parsed from `text`; only its file numbers change
};

/// Reads parsed files, in order, into one model, as load_model reads the
/// files it finds.
LoadResult assemble_model(std::span<ParsedSource> files);

} // namespace bizmap
