#pragma once

#include "baseline/baseline.hpp"
#include "config/config.hpp"
#include "load/assemble.hpp"
#include "lsp/lookup.hpp"
#include "lsp/text_document.hpp"
#include "model/index.hpp"
#include "yaml/tree.hpp"

#include <bizmap/load.hpp>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace bizmap::lsp {

/// One file the server knows: open in the editor, or read from disk.
struct EditorFile {
  std::string path; ///< the key of the file: its path, or the URI when it has none
  std::string uri;
  std::unique_ptr<std::string> text; ///< in one place: the tree points into it
  yaml::Document document;
  std::unique_ptr<PositionMap> positions;
  std::unique_ptr<FileReading> reading; ///< what the document gave the model; empty when it changed
  bool open = false;
  bool named = false;      ///< outside the model's folder: read as a file named on the command line
  bool unreadable = false; ///< on disk, not text bizmap can decode
  std::int64_t version = 0;
};

/// The model assembled from every file, its findings as `bizmap check`
/// gives them, and its indexes.
struct Analysis {
  LoadResult loaded;
  std::vector<Diagnostic> findings;
  std::vector<EditorFile*> sources; ///< by model file number
  /// Files the check added to the model, as check does: the baseline, when
  /// findings point at its entries.
  std::vector<std::unique_ptr<EditorFile>> added_sources;
  std::vector<std::string> problems; ///< for the log: a baseline that cannot be read
  std::uint64_t generation = 0;      ///< counts analyses: what was published from which

  const Model& model() const { return loaded.model; }
  /// The ids and references of the model, built on first use: publishing
  /// diagnostics after an edit does not need them.
  const ModelIndex& index() const {
    if (!index_) {
      index_ = std::make_unique<ModelIndex>(loaded.model);
    }
    return *index_;
  }
  /// The ids and references by place, built on first use.
  const SymbolLookup& lookup() const {
    if (!lookup_) {
      lookup_ = std::make_unique<SymbolLookup>(index().references, sources.size());
    }
    return *lookup_;
  }
  /// The model file number of a source, if it is part of the model.
  std::optional<std::uint32_t> file_number(const EditorFile& source) const;

private:
  mutable std::unique_ptr<ModelIndex> index_;
  mutable std::unique_ptr<SymbolLookup> lookup_;
};

/// A text edit of the protocol: a range (or the whole text) and new text.
struct TextChange {
  std::optional<Range> range;
  std::string text;
};

/// The files of one model: those below the model's folder (the workspace
/// root, as `bizmap check ROOT` finds them, with the configuration found from
/// there) and those open in the editor. An edit parses only the file it
/// changes; the model is then assembled again from the kept trees and
/// checked.
class EditedModel {
public:
  explicit EditedModel(PositionEncoding encoding = PositionEncoding::utf16) : encoding_(encoding) {}

  void set_encoding(PositionEncoding encoding) { encoding_ = encoding; }
  PositionEncoding encoding() const { return encoding_; }

  /// Reads the model's folder and its configuration. Problems are returned
  /// as sentences for the log; the server goes on without what failed.
  std::vector<std::string> set_root(const std::string& folder);

  void open(const std::string& uri, std::string text, std::int64_t version);
  /// Applies edits in order; false when the file is not open.
  bool change(const std::string& uri, const std::vector<TextChange>& changes, std::int64_t version);
  /// Closes a file: it is read from disk again, or forgotten when it is gone.
  void close(const std::string& uri);
  /// A file changed, appeared or was deleted on disk. Open files keep the
  /// editor's text. Returns problems for the log.
  std::vector<std::string> disk_changed(const std::string& uri);

  EditorFile* find(const std::string& uri);
  const EditorFile* find(const std::string& uri) const;
  /// The analysis of the current texts, made again when something changed.
  const Analysis& analysis();
  /// The analysis made last, or null when something changed since.
  const Analysis* current_analysis() const { return analysis_.get(); }
  std::uint64_t generation() const { return generation_; }
  /// How many times a file was parsed: an edit parses only its own file.
  std::uint64_t parses() const { return parses_; }
  /// The baseline the configuration names, if any.
  const std::optional<std::filesystem::path>& baseline() const { return config_.baseline; }
  /// Whether something changed since the last analysis.
  bool stale() const { return !analysis_; }
  /// Frees the analysis an edit made stale: an edit only sets it aside, and
  /// the server frees it once the new diagnostics are out.
  void release_stale_analysis() { stale_analysis_.reset(); }

private:
  std::string key_of(const std::string& uri) const;
  bool below_root(const std::string& path) const;
  void read_from_disk(const std::string& path);
  void parse(EditorFile& file);
  void parsed(EditorFile& file);
  void retire_analysis();
  void apply_baseline(Analysis& analysis);
  void forget_baseline();
  std::vector<std::string> load_config();

  PositionEncoding encoding_;
  std::optional<std::string> root_;
  Config config_;
  std::map<std::string, EditorFile> files_; ///< by path: the order `bizmap check` reads them in
  /// The configuration's baseline as last read, or why it could not be:
  /// read again when the configuration or the file changes.
  std::optional<Baseline> baseline_;
  std::string baseline_problem_;
  std::unique_ptr<Analysis> analysis_;
  std::unique_ptr<Analysis> stale_analysis_;
  std::uint64_t generation_ = 1;
  std::uint64_t parses_ = 0;
};

} // namespace bizmap::lsp
