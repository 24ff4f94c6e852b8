#pragma once

#include "yaml/tree.hpp"

#include <bizmap/load.hpp>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace bizmap {

/// Parses a model file's text as `check` does: a broken file is read the
/// way that leaves the fewest schema findings.
yaml::Document parse_model_file(std::string_view text, std::uint32_t file);

/// A file's text, decoded and parsed.
struct ParsedFile {
  std::unique_ptr<std::string> text; ///< in one place: the document points into it
  yaml::Document document;
  bool unreadable = false; ///< not text bizmap can decode: reported wherever it was found
};

/// A file's bytes as `check` reads them: UTF-16 and UTF-32 decoded, then
/// parsed with parse_model_file.
ParsedFile parse_bytes(std::string bytes, std::uint32_t file);

/// What one file gives the model, read on its own as file number `file`:
/// its elements, its findings, or why it was skipped.
struct FileReading {
  std::uint32_t file = 0;
  bool named = false;
  bool describes_business = false; ///< it has a `business` key
  LoadResult part;
};

/// A model file parsed already, kept by its owner (the language server keeps
/// every file's tree and parses again only the file that changed).
struct ParsedSource {
  std::string path;
  bool named = false; ///< read even without `bizmap: 1`, as a file named on the command line
  std::string_view text;
  yaml::Document* document; ///< parsed from `text`; only its file numbers change
  /// Where the owner keeps the file's reading between assemblies, to be
  /// emptied when the document changes.
  std::unique_ptr<FileReading>* reading;
  bool unreadable = false; ///< not text bizmap can decode (ParsedFile::unreadable)
};

/// Reads parsed files, in order, into one model, as load_model reads the
/// files it finds. A file whose kept reading has its file number is not read
/// again: copies of the readings are joined, unless an id or the business is
/// in more than one file, when every file is read again in order, so that
/// the findings are those of load_model.
LoadResult assemble_model(std::span<ParsedSource> files);

} // namespace bizmap
