#include "lsp/edited_model.hpp"

#include "baseline/check_baseline.hpp"
#include "load/assemble.hpp"
#include "load/discover.hpp"

#include <bizmap/check.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

namespace bizmap::lsp {
namespace fs = std::filesystem;
namespace {

std::optional<std::string> read_text(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    return std::nullopt;
  }
  std::ostringstream text;
  text << stream.rdbuf();
  if (stream.bad()) {
    return std::nullopt;
  }
  return std::move(text).str();
}

bool is_model_file_name(const std::string& path) {
  std::string extension = fs::path(path).extension().string();
  return extension == ".yaml" || extension == ".yml";
}

// A path below `folder` has a part that starts with a dot: discovery skips it.
bool is_hidden_below(const fs::path& path, const fs::path& folder) {
  for (const fs::path& part : path.lexically_relative(folder)) {
    std::string name = part.string();
    if (name.size() > 1 && name[0] == '.' && name != "..") {
      return true;
    }
  }
  return false;
}

} // namespace

std::optional<std::uint32_t> Analysis::file_number(const EditorFile& source) const {
  for (std::uint32_t i = 0; i < sources.size(); ++i) {
    if (sources[i] == &source) {
      return i;
    }
  }
  return std::nullopt;
}

std::string EditedModel::key_of(const std::string& uri) const {
  std::string path = path_of(uri);
  return path.empty() ? uri : path;
}

bool EditedModel::below_root(const std::string& path) const {
  if (!root_) {
    return false;
  }
  fs::path relative = fs::path(path).lexically_relative(*root_);
  return !relative.empty() && *relative.begin() != ".." && !is_hidden_below(path, *root_) &&
         is_model_file_name(path) && !config_.excludes(path);
}

void EditedModel::forget_baseline() {
  baseline_.reset();
  baseline_problem_.clear();
}

std::vector<std::string> EditedModel::load_config() {
  config_ = Config{};
  forget_baseline();
  // As every command looks it up: from the model's folder, else from the
  // current folder.
  std::optional<fs::path> found = root_ ? find_config(*root_) : std::nullopt;
  if (!found) {
    found = find_config(fs::current_path());
  }
  if (!found) {
    return {};
  }
  try {
    config_ = read_config(*found);
  } catch (const UsageError& error) {
    return {fmt::format("the configuration is not used: {}", error.what())};
  }
  return {};
}

std::vector<std::string> EditedModel::set_root(const std::string& folder) {
  root_ = fs::path(folder).lexically_normal().string();
  std::vector<std::string> problems = load_config();
  try {
    std::vector<std::string> paths{*root_};
    std::vector<SkippedPath> skipped;
    for (const Candidate& candidate : discover(paths, skipped)) {
      std::string path = fs::absolute(candidate.path).lexically_normal().string();
      if (below_root(path) && !files_.contains(path)) {
        read_from_disk(path);
      }
    }
  } catch (const UsageError& error) {
    problems.push_back(fmt::format("the model's folder cannot be read: {}", error.what()));
  }
  retire_analysis();
  return problems;
}

// At most one stale analysis waits: edits that come faster than the server
// gets idle free the older one at once.
void EditedModel::retire_analysis() {
  if (analysis_) {
    stale_analysis_ = std::move(analysis_);
  }
}

// The editor's text, parsed as check parses a file's.
void EditedModel::parse(EditorFile& file) {
  retire_analysis();
  file.document = parse_model_file(*file.text, 0);
  file.unreadable = false;
  parsed(file);
}

void EditedModel::parsed(EditorFile& file) {
  file.reading.reset();
  ++parses_;
  file.positions = std::make_unique<PositionMap>(*file.text, encoding_);
}

// A file's bytes, decoded and parsed as check reads them.
void EditedModel::read_from_disk(const std::string& path) {
  std::optional<std::string> bytes = read_text(path);
  retire_analysis();
  if (!bytes) {
    files_.erase(path);
    return;
  }
  ParsedFile read = parse_bytes(std::move(*bytes), 0);
  EditorFile& file = files_[path];
  file.path = path;
  file.uri = uri_of(path);
  file.text = std::move(read.text);
  file.document = std::move(read.document);
  file.unreadable = read.unreadable;
  parsed(file);
}

void EditedModel::open(const std::string& uri, std::string text, std::int64_t version) {
  std::string key = key_of(uri);
  EditorFile& file = files_[key];
  file.path = key;
  file.uri = uri;
  file.open = true;
  file.named = !below_root(key);
  file.version = version;
  file.text = std::make_unique<std::string>(std::move(text));
  parse(file);
}

bool EditedModel::change(const std::string& uri, const std::vector<TextChange>& changes,
                         std::int64_t version) {
  EditorFile* file = find(uri);
  if (file == nullptr || !file->open) {
    return false;
  }
  std::string text = std::move(*file->text);
  for (const TextChange& change : changes) {
    if (!change.range) {
      text = change.text;
      continue;
    }
    PositionMap positions(text, encoding_);
    std::size_t start = positions.offset_of(change.range->start);
    std::size_t end = std::max(start, positions.offset_of(change.range->end));
    text.replace(start, end - start, change.text);
  }
  file->text = std::make_unique<std::string>(std::move(text));
  file->version = version;
  parse(*file);
  return true;
}

void EditedModel::close(const std::string& uri) {
  EditorFile* file = find(uri);
  if (file == nullptr) {
    return;
  }
  std::string path = file->path;
  file->open = false;
  if (below_root(path) && fs::exists(path)) {
    read_from_disk(path);
  } else {
    retire_analysis();
    files_.erase(path);
  }
}

std::vector<std::string> EditedModel::disk_changed(const std::string& uri) {
  std::string path = key_of(uri);
  if (fs::path(path).filename() == ".bizmap.yaml") {
    std::vector<std::string> problems = load_config();
    retire_analysis();
    return problems;
  }
  if (config_.baseline && fs::path(path) == config_.baseline->lexically_normal()) {
    forget_baseline();
    retire_analysis();
    return {};
  }
  EditorFile* file = find(uri);
  if (file != nullptr && file->open) {
    return {};
  }
  if (below_root(path) && fs::exists(path)) {
    read_from_disk(path);
  } else if (file != nullptr) {
    retire_analysis();
    files_.erase(path);
  }
  return {};
}

EditorFile* EditedModel::find(const std::string& uri) {
  auto found = files_.find(key_of(uri));
  return found == files_.end() ? nullptr : &found->second;
}

const EditorFile* EditedModel::find(const std::string& uri) const {
  auto found = files_.find(key_of(uri));
  return found == files_.end() ? nullptr : &found->second;
}

// As check applies it: the baseline hides the findings it records. Its
// unused entries are findings in the baseline file, which the check adds to
// the model's files. It is read once, and again when it changes on disk.
void EditedModel::apply_baseline(Analysis& analysis) {
  if (!config_.baseline) {
    return;
  }
  if (!baseline_ && baseline_problem_.empty()) {
    try {
      baseline_ = read_baseline(config_.baseline->string());
    } catch (const UsageError& error) {
      baseline_problem_ = fmt::format("the baseline is not used: {}", error.what());
    }
  }
  if (!baseline_) {
    analysis.problems.push_back(baseline_problem_);
    return;
  }
  std::vector<std::string> paths;
  if (root_) {
    paths.push_back(*root_);
  } else {
    for (const EditorFile* source : analysis.sources) {
      paths.push_back(source->path);
    }
  }
  bizmap::apply_baseline(*baseline_, config_, paths, analysis.loaded.model, analysis.findings);
  const std::vector<bizmap::SourceFile>& files = analysis.loaded.model.files;
  for (std::size_t i = analysis.sources.size(); i < files.size(); ++i) {
    auto added = std::make_unique<EditorFile>();
    added->path = files[i].path;
    added->uri = uri_of(fs::absolute(files[i].path).lexically_normal().string());
    added->text = std::make_unique<std::string>(files[i].text);
    added->positions = std::make_unique<PositionMap>(*added->text, encoding_);
    analysis.sources.push_back(added.get());
    analysis.added_sources.push_back(std::move(added));
  }
}

const Analysis& EditedModel::analysis() {
  if (analysis_) {
    return *analysis_;
  }
  std::vector<ParsedSource> parsed;
  std::vector<EditorFile*> candidates;
  for (auto& [path, file] : files_) {
    if (file.open || below_root(path)) {
      parsed.push_back(
          {path, file.named, *file.text, &file.document, &file.reading, file.unreadable});
      candidates.push_back(&file);
    }
  }
  auto analysis = std::make_unique<Analysis>();
  analysis->loaded = assemble_model(parsed);
  // The model keeps the files that are models; match them to the sources.
  std::size_t next = 0;
  for (const bizmap::SourceFile& model_file : analysis->loaded.model.files) {
    while (next < candidates.size() && candidates[next]->path != model_file.path) {
      ++next;
    }
    analysis->sources.push_back(candidates[next++]);
  }
  analysis->findings = check_model(analysis->loaded.model, std::move(analysis->loaded.findings),
                                   {config_.rules, std::nullopt, 0});
  apply_baseline(*analysis);
  analysis->generation = ++generation_;
  analysis_ = std::move(analysis);
  return *analysis_;
}

} // namespace bizmap::lsp
