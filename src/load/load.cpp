#include "load/assemble.hpp"
#include "load/discover.hpp"
#include "load/encoding.hpp"
#include "load/schema_reader.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"
#include "yaml/tree.hpp"

#include <algorithm>
#include <bizmap/load.hpp>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <limits>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_set>

namespace bizmap {

namespace {

// Of two ways to read a broken file, the one with fewer schema findings is
// likelier what the author meant: it is read into a model of its own.
std::size_t schema_problems(const yaml::Node& root) {
  if (!root.is_map()) {
    return std::numeric_limits<std::size_t>::max();
  }
  Model scratch;
  scratch.files.resize(static_cast<std::size_t>(root.at.file) + 1);
  std::vector<Diagnostic> findings;
  SchemaReader(scratch, findings).read_file(root);
  return findings.size();
}

} // namespace

yaml::Document parse_model_file(std::string_view text, std::uint32_t file) {
  return yaml::parse(text, file, {}, schema_problems);
}

ParsedFile parse_bytes(std::string bytes, std::uint32_t file) {
  ParsedFile parsed;
  DecodedText decoded = decode_model_text(std::move(bytes));
  parsed.text = std::make_unique<std::string>(std::move(decoded.text));
  if (!decoded.problem.empty()) {
    parsed.document.findings.push_back({rules::yaml_syntax.id,
                                        rules::yaml_syntax.severity,
                                        {file, 1, 1, 1},
                                        std::move(decoded.problem),
                                        {}});
    parsed.unreadable = true;
    return parsed;
  }
  parsed.document = parse_model_file(*parsed.text, file);
  std::string_view text(*parsed.text);
  if (text.starts_with("\xEF\xBB\xBF")) {
    text.remove_prefix(3);
  }
  parsed.unreadable = parsed.document.root == nullptr && !parsed.document.findings.empty() &&
                      yaml::find_invalid_utf8(text) != std::string_view::npos;
  return parsed;
}

namespace {

// The file's text, or its first `limit` + 1 bytes when it is longer: enough
// for the parser to tell that it is too large, without filling the memory.
std::string read_file_text(const std::string& path, std::uint64_t limit) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    throw UsageError(fmt::format("cannot read '{}': {}", path, std::strerror(errno)));
  }
  std::error_code error;
  std::uintmax_t size =
      std::filesystem::is_regular_file(path, error) ? std::filesystem::file_size(path, error) : 0;
  std::string text;
  text.reserve(static_cast<std::size_t>(std::min<std::uintmax_t>(error ? 0 : size, limit + 1)));
  std::vector<char> chunk(std::size_t{1} << 16);
  while (text.size() <= limit) {
    stream.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    auto count = static_cast<std::size_t>(stream.gcount());
    if (count == 0) {
      break;
    }
    text.append(chunk.data(), std::min<std::size_t>(count, limit + 1 - text.size()));
  }
  if (stream.bad()) {
    throw UsageError(fmt::format("cannot read '{}': {}", path, std::strerror(errno)));
  }
  return text;
}

std::string read_file_text(const std::string& path) {
  return read_file_text(path, yaml::Limits{}.max_file_bytes);
}

// A file that failed to parse is still reported when it looks like it was
// meant to be a model.
bool mentions_format_version(std::string_view text) {
  return text.starts_with("bizmap:") || text.find("\nbizmap:") != std::string_view::npos;
}

// The `bizmap` key of the top-level map, or null.
const yaml::Node* format_version_key(const yaml::Node& root) {
  for (std::size_t i = 0; i < root.map_size(); ++i) {
    if (root.key(i).is_scalar() && root.key(i).text() == "bizmap") {
      return &root.key(i);
    }
  }
  return nullptr;
}

const yaml::Node& value_of(const yaml::Node& root, const yaml::Node& key) {
  for (std::size_t i = 0; i < root.map_size(); ++i) {
    if (&root.key(i) == &key) {
      return root.value(i);
    }
  }
  return key;
}

// Words of the unread lines, split where YAML separates values, and each
// value whole: a rule asks whether an id may be written there.
void collect_words(std::string_view line, std::set<std::string, std::less<>>& words) {
  constexpr std::string_view separators = " \t[]{},:#\"'";
  std::size_t i = 0;
  while (i < line.size()) {
    std::size_t begin = line.find_first_not_of(separators, i);
    if (begin == std::string_view::npos) {
      break;
    }
    std::size_t end = line.find_first_of(separators, begin);
    end = end == std::string_view::npos ? line.size() : end;
    words.emplace(line.substr(begin, end - begin));
    i = end;
  }
  std::size_t colon = line.find(": ");
  if (colon != std::string_view::npos) {
    std::string_view value = line.substr(colon + 2);
    value = value.substr(0, value.find(" #"));
    std::size_t first = value.find_first_not_of(" \"'");
    std::size_t last = value.find_last_not_of(" \"'\r");
    if (first != std::string_view::npos && last >= first) {
      words.emplace(value.substr(first, last - first + 1));
    }
  }
}

// The number of the last line that holds something: a file's final line end
// starts no line of its own (nor do the NULs of a wide text after it).
std::uint32_t last_line(std::string_view text) {
  while (text.ends_with('\0')) {
    text.remove_suffix(1);
  }
  std::uint32_t lines = yaml::LineIndex(text).lines();
  return lines > 1 && (text.ends_with('\n') || text.ends_with('\r')) ? lines - 1 : lines;
}

class ModelLoader {
public:
  /// A loader whose first file is number `first_file`.
  explicit ModelLoader(std::uint32_t first_file = 0)
      : schema_(result_.model, result_.findings), first_file_(first_file) {}

  void add(Candidate candidate, std::string bytes) {
    ParsedFile parsed = parse_bytes(std::move(bytes), next_file());
    add(std::move(candidate), std::move(parsed));
  }

  /// Adds a file parsed already, with any file number: it becomes the next.
  /// The document points into the text, so the text moves into the model
  /// only once the document has been read.
  void add(Candidate candidate, ParsedFile file_read) {
    std::string& text = *file_read.text;
    if (file_read.document.converted) {
      text = *file_read.document.converted; // a copy: the nodes may point into the converted text
    }
    if (read(std::move(candidate), text, file_read.document, file_read.unreadable)) {
      keep_text(std::move(text));
    }
  }

  /// Adds a file parsed already and kept by the caller, as add() does,
  /// leaving the document as it is but for its file number.
  void add_kept(Candidate candidate, std::string_view text, yaml::Document& document,
                bool unreadable) {
    if (document.converted) {
      text = *document.converted; // the nodes may point into the converted text
    }
    if (read(std::move(candidate), text, document, unreadable)) {
      keep_text(std::string(text));
    }
  }

  LoadResult finish() && { return std::move(result_); }

  void skip(std::string path, std::string reason) {
    result_.skipped.push_back({std::move(path), std::move(reason)});
  }

  std::vector<SkippedPath>& skipped() { return result_.skipped; }

  std::uint32_t next_file() const {
    return first_file_ + static_cast<std::uint32_t>(result_.model.files.size());
  }

  bool describes_business() const { return schema_.describes_business(); }

private:
  // Reads the document into the model; false when it is not a model file
  // and is left out.
  bool read(Candidate candidate, std::string_view text, yaml::Document& document, bool unreadable) {
    std::uint32_t file = next_file();
    yaml::renumber(document, file);
    const yaml::Node* root = document.root;
    const yaml::Node* version = root && root->is_map() ? format_version_key(*root) : nullptr;
    bool parsed = root != nullptr || !document.findings.empty();
    bool broken = !document.findings.empty() && root == nullptr;
    bool wanted = candidate.named || version != nullptr || unreadable ||
                  (!document.findings.empty() && mentions_format_version(text));
    if (unreadable) {
      // Nothing of it was read: what the rest of the model lacks may be in it.
      document.unread = {{1, last_line(text)}};
    }
    if (!wanted) {
      result_.skipped.push_back({std::move(candidate.path), skip_reason(root, broken)});
      return false;
    }
    result_.model.files.push_back({std::move(candidate.path), {}});
    append(document.findings);
    if (version == nullptr && parsed && root != nullptr) {
      report_not_a_model({file, 1, 1, 1}, "it has no 'bizmap: 1' line");
    } else if (version == nullptr && !parsed) {
      report_not_a_model({file, 1, 1, 1}, "it is empty");
    } else if (version != nullptr && supported(*version, value_of(*root, *version))) {
      schema_.read_file(*root);
    }
    remember_unread(file, document.unread, text);
    return true;
  }

  void remember_unread(std::uint32_t file, const std::vector<yaml::LineRange>& ranges,
                       std::string_view text) {
    if (ranges.empty()) {
      return;
    }
    yaml::LineIndex lines(text);
    for (const yaml::LineRange& range : ranges) {
      result_.model.unread.push_back({file, range.first, range.last});
      for (std::uint32_t line = range.first; line <= range.last; ++line) {
        std::string words(lines.line(line)); // of a wide text not read: without its NULs
        std::erase(words, '\0');
        collect_words(words, result_.model.unread_words);
      }
    }
  }

  // A file too large to read has no lines to show.
  void keep_text(std::string text) {
    if (text.size() > yaml::Limits{}.max_file_bytes) {
      text = {};
    }
    result_.model.files.back().text = std::move(text);
  }

  static std::string skip_reason(const yaml::Node* root, bool broken) {
    if (broken) {
      return "it is not valid YAML and has no line starting with 'bizmap:', so it is not a model";
    }
    return root == nullptr ? "it is empty, so it is not a model"
                           : "it has no 'bizmap' key at the top, so it is not a model";
  }

  bool supported(const yaml::Node& key, const yaml::Node& version) {
    long long number = 0;
    if (!yaml::to_integer(version, number)) {
      bool shown = version.is_scalar() && !yaml::is_null_scalar(version);
      report_not_a_model(shown ? version.at : key.at,
                         fmt::format("'bizmap' must be the format version, the number 1, not {}",
                                     shown ? fmt::format("'{}'", version.text())
                                           : std::string(describe(version))));
      return false;
    }
    if (number != 1) {
      report_not_a_model(version.at, fmt::format("format version {} is not supported; this "
                                                 "bizmap reads version 1",
                                                 number));
    }
    return number == 1;
  }

  void report_not_a_model(const Location& at, std::string reason) {
    std::string_view path = result_.model.files[at.file - first_file_].path;
    result_.findings.push_back({rules::not_a_model.id,
                                rules::not_a_model.severity,
                                at,
                                fmt::format("'{}' is not a bizmap model: {}", path, reason),
                                {}});
  }

  // The tree's findings, at their rules' default severity; the tree keeps
  // its own, for a caller that reads it again.
  void append(const std::vector<Diagnostic>& findings) {
    for (const Diagnostic& finding : findings) {
      result_.findings.push_back(finding);
      if (finding.severity == Severity::error) {
        result_.findings.back().severity =
            find_rule(finding.rule)->severity; // a warning is meant lower
      }
    }
  }

  LoadResult result_;
  SchemaReader schema_;
  std::uint32_t first_file_;
};

/// Reads and parses files on several threads, a few files ahead of the one
/// the model takes next, and hands them over in order. Schema reading stays
/// on one thread, in file order, so findings and "first occurrence" do not
/// depend on timing; only the expensive part, the YAML parser, runs in
/// parallel. At most `threads` + 1 parsed files wait in memory.
class ParallelReader {
public:
  ParallelReader(const std::vector<Candidate>& candidates, std::size_t threads)
      : candidates_(candidates), files_(candidates.size()), ready_(candidates.size(), false),
        ahead_(threads + 1) {
    for (std::size_t t = 0; t < threads; ++t) {
      workers_.emplace_back([this] { work(); });
    }
  }

  ParallelReader(const ParallelReader&) = delete;
  ParallelReader& operator=(const ParallelReader&) = delete;

  ~ParallelReader() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    for (std::thread& worker : workers_) {
      worker.join();
    }
  }

  /// The file `i`, waiting for it; rethrows the error reading it.
  ParsedFile take(std::size_t i) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return ready_[i]; });
    ParsedFile file = std::move(files_[i]);
    taken_ = i + 1;
    lock.unlock();
    changed_.notify_all();
    if (file.error) {
      std::rethrow_exception(file.error);
    }
    return file;
  }

private:
  void work() {
    for (;;) {
      std::size_t i = 0;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(
            lock, [&] { return stopping_ || next_ >= files_.size() || next_ < taken_ + ahead_; });
        if (stopping_ || next_ >= files_.size()) {
          return;
        }
        i = next_++;
      }
      ParsedFile file = parse_file(candidates_[i], static_cast<std::uint32_t>(i));
      {
        std::lock_guard lock(mutex_);
        files_[i] = std::move(file);
        ready_[i] = true;
      }
      changed_.notify_all();
    }
  }

  static ParsedFile parse_file(const Candidate& candidate, std::uint32_t file) {
    try {
      return parse_bytes(read_file_text(candidate.path), file);
    } catch (...) {
      ParsedFile failed;
      failed.error = std::current_exception();
      return failed;
    }
  }

  const std::vector<Candidate>& candidates_;
  std::vector<ParsedFile> files_;
  std::vector<bool> ready_;
  std::size_t ahead_;
  std::size_t next_ = 0;
  std::size_t taken_ = 0;
  bool stopping_ = false;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::thread> workers_;
};

} // namespace

LoadResult load_model(std::span<const std::string> paths, const FileFilter& exclude) {
  ModelLoader loader;
  std::vector<Candidate> candidates;
  for (Candidate& candidate : discover(paths, loader.skipped())) {
    if (candidate.named || !exclude || !exclude(candidate.path)) {
      candidates.push_back(std::move(candidate));
    } else {
      loader.skip(std::move(candidate.path), "the configuration's 'exclude' leaves it out");
    }
  }
  std::size_t threads =
      std::min<std::size_t>(std::thread::hardware_concurrency(), candidates.size());
  if (threads < 2) {
    for (Candidate& candidate : candidates) {
      std::string text = read_file_text(candidate.path);
      loader.add(std::move(candidate), std::move(text));
    }
  } else {
    ParallelReader reader(candidates, threads);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      loader.add(std::move(candidates[i]), reader.take(i));
    }
  }
  LoadResult result = std::move(loader).finish();
  if (result.model.files.empty()) {
    throw UsageError(fmt::format("no model files found in {}: a model file is a .yaml or .yml "
                                 "file that starts with 'bizmap: 1'",
                                 fmt::join(paths, ", ")));
  }
  return result;
}

namespace {

FileReading read_alone(ParsedSource& file, std::uint32_t number) {
  ModelLoader loader(number);
  loader.add_kept({file.path, file.named}, file.text, *file.document, file.unreadable);
  FileReading reading{number, file.named, loader.describes_business(), {}};
  reading.part = std::move(loader).finish();
  return reading;
}

LoadResult read_in_order(std::span<ParsedSource> files) {
  ModelLoader loader;
  for (ParsedSource& file : files) {
    loader.add_kept({file.path, file.named}, file.text, *file.document, file.unreadable);
  }
  return std::move(loader).finish();
}

template <class Element>
bool ids_unique(std::unordered_set<std::string_view>& seen, const std::vector<Element>& elements) {
  for (const Element& element : elements) {
    if (!seen.insert(element.id.id).second) {
      return false;
    }
  }
  return true;
}

// Whether the readings can be joined as they are: no id of a kind and no
// `business` is in two files, so that no file's reading depends on another's.
bool independent(std::span<FileReading* const> readings) {
  std::unordered_set<std::string_view> roles, tools, data, systems, processes;
  std::size_t businesses = 0;
  for (const FileReading* reading : readings) {
    const Model& part = reading->part.model;
    businesses += reading->describes_business ? 1 : 0;
    if (businesses > 1 || !ids_unique(roles, part.roles) || !ids_unique(tools, part.tools) ||
        !ids_unique(data, part.data) || !ids_unique(systems, part.systems) ||
        !ids_unique(processes, part.processes)) {
      return false;
    }
  }
  return true;
}

// Moves a reading's list to the end of the model's, and says how many.
template <class T> std::size_t lend(std::vector<T>& into, std::vector<T>& from) {
  into.insert(into.end(), std::make_move_iterator(from.begin()),
              std::make_move_iterator(from.end()));
  std::size_t lent = from.size();
  from.clear();
  return lent;
}

// Moves `count` elements from `at` in the model's list back to the reading's.
template <class T>
void take_back(std::vector<T>& from, std::size_t& at, std::size_t count, std::vector<T>& into) {
  auto first = from.begin() + static_cast<std::ptrdiff_t>(at);
  into.assign(std::make_move_iterator(first),
              std::make_move_iterator(first + static_cast<std::ptrdiff_t>(count)));
  at += count;
}

// A file's systems and processes number each other from 0; in the model,
// past the systems and processes before them.
void shift_systems(System& system, std::ptrdiff_t systems, std::ptrdiff_t processes) {
  if (system.parent) {
    *system.parent += static_cast<std::size_t>(systems);
  }
  for (std::size_t& subsystem : system.subsystems) {
    subsystem += static_cast<std::size_t>(systems);
  }
  for (std::size_t& process : system.processes) {
    process += static_cast<std::size_t>(processes);
  }
}

void shift_process(Process& process, std::ptrdiff_t systems) {
  if (process.system) {
    *process.system += static_cast<std::size_t>(systems);
  }
}

void shift_part(Model& part, std::ptrdiff_t systems, std::ptrdiff_t processes) {
  for (System& system : part.systems) {
    shift_systems(system, systems, processes);
  }
  for (Process& process : part.processes) {
    shift_process(process, systems);
  }
  for (Process& process : part.processes_with_taken_ids) {
    shift_process(process, systems);
  }
}

// Calls `each(the model's list, the reading's, its count)` for every list a
// reading lends: the one place that names them.
template <class Each> void for_each_list(LoadResult& whole, LoadResult& part, Each each) {
  Model& model = whole.model;
  each(model.files, part.model.files, &ListCounts::files);
  each(model.roles, part.model.roles, &ListCounts::roles);
  each(model.tools, part.model.tools, &ListCounts::tools);
  each(model.data, part.model.data, &ListCounts::data);
  each(model.external_inputs, part.model.external_inputs, &ListCounts::external_inputs);
  each(model.external_outputs, part.model.external_outputs, &ListCounts::external_outputs);
  each(model.systems, part.model.systems, &ListCounts::systems);
  each(model.processes, part.model.processes, &ListCounts::processes);
  each(model.processes_with_taken_ids, part.model.processes_with_taken_ids,
       &ListCounts::processes_with_taken_ids);
  each(model.unread, part.model.unread, &ListCounts::unread);
  each(whole.findings, part.findings, &ListCounts::findings);
  each(whole.skipped, part.skipped, &ListCounts::skipped);
}

// Every member of Model is joined here. The lists move; the business and the
// unread words, small, are copied, so that the reading keeps its own.
Loan lend_reading(LoadResult& whole, FileReading& reading) {
  Model& model = whole.model;
  Model& part = reading.part.model;
  shift_part(part, static_cast<std::ptrdiff_t>(model.systems.size()),
             static_cast<std::ptrdiff_t>(model.processes.size()));
  if (part.business) {
    model.business = part.business;
  }
  model.declares_roles = model.declares_roles || part.declares_roles;
  model.declares_tools = model.declares_tools || part.declares_tools;
  model.declares_data = model.declares_data || part.declares_data;
  model.unread_words.insert(part.unread_words.begin(), part.unread_words.end());
  Loan loan{&reading, {}};
  for_each_list(whole, reading.part, [&](auto& into, auto& from, std::size_t ListCounts::*count) {
    loan.lent.*count = lend(into, from);
  });
  return loan;
}

// `at`: where the reading's lists start in the model.
void take_back_reading(LoadResult& whole, const Loan& loan, ListCounts& at) {
  auto systems = static_cast<std::ptrdiff_t>(at.systems);
  auto processes = static_cast<std::ptrdiff_t>(at.processes);
  for_each_list(whole, loan.reading->part,
                [&](auto& from, auto& into, std::size_t ListCounts::*count) {
                  take_back(from, at.*count, loan.lent.*count, into);
                });
  shift_part(loan.reading->part.model, -systems, -processes);
}

} // namespace

Assembly assemble_model(std::span<ParsedSource> files) {
  std::vector<FileReading*> readings;
  std::uint32_t next = 0;
  for (ParsedSource& file : files) {
    std::unique_ptr<FileReading>& kept = *file.reading;
    if (!kept || kept->file != next || kept->named != file.named) {
      kept = std::make_unique<FileReading>(read_alone(file, next));
    }
    next += static_cast<std::uint32_t>(kept->part.model.files.size());
    readings.push_back(kept.get());
  }
  Assembly assembly;
  if (!independent(readings)) {
    assembly.loaded = read_in_order(files);
    return assembly;
  }
  for (FileReading* reading : readings) {
    assembly.loans.push_back(lend_reading(assembly.loaded, *reading));
  }
  return assembly;
}

void give_back(Assembly& assembly) {
  ListCounts at;
  for (const Loan& loan : assembly.loans) {
    take_back_reading(assembly.loaded, loan, at);
  }
  if (!assembly.loans.empty()) {
    assembly.loaded = LoadResult{}; // the rest was copied from the readings
  }
  assembly.loans.clear();
}

LoadResult load_text(std::string path, std::string text) {
  ModelLoader loader;
  loader.add({std::move(path), true}, std::move(text));
  return std::move(loader).finish();
}

LoadResult load_texts(std::vector<SourceText> files) {
  std::stable_sort(files.begin(), files.end(),
                   [](const SourceText& a, const SourceText& b) { return a.path < b.path; });
  files.erase(
      std::unique(files.begin(), files.end(),
                  [](const SourceText& a, const SourceText& b) { return a.path == b.path; }),
      files.end());
  ModelLoader loader;
  for (SourceText& file : files) {
    loader.add({std::move(file.path), file.named}, std::move(file.text));
  }
  return std::move(loader).finish();
}

} // namespace bizmap
