#pragma once

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <bizmap/usage_error.hpp>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace bizmap {

/// A file or folder met while searching a folder that is not part of the
/// model, and why: what `-v` lists.
struct SkippedPath {
  std::string path;
  std::string reason;
};

struct LoadResult {
  Model model;
  std::vector<Diagnostic> findings; ///< schema findings, at default severity
  std::vector<SkippedPath> skipped; ///< in the order they were met
};

/// Decides whether a file found while searching a folder is left out.
using FileFilter = std::function<bool(const std::string& path)>;

/// Reads every file and folder in `paths` into one model. Folders are searched
/// for `*.yaml`/`*.yml` files below them, less those `exclude` leaves out
/// (files named in `paths` are always read). A file found in a folder is
/// skipped when it is not a model; one that is not text bizmap can decode is
/// reported, never skipped. UTF-16 and UTF-32 files with a byte-order mark are
/// read as UTF-8. Throws UsageError when a path does not exist or cannot be
/// read, or when no model file is found.
LoadResult load_model(std::span<const std::string> paths, const FileFilter& exclude = {});

/// Reads one model file from bytes already in memory (standard input, tests
/// and tools), decoded as files are.
LoadResult load_text(std::string path, std::string text);

/// A model file whose text is in memory already.
struct SourceText {
  std::string path;
  std::string text;
  bool named = true; ///< named by the user, so it must be a model; else skipped unless it is one
};

/// Reads files already in memory into one model, as load_model reads files
/// from disk: in path order, each path once. No files give an empty model.
LoadResult load_texts(std::vector<SourceText> files);

} // namespace bizmap
