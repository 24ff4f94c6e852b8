#include "load/assemble.hpp"
#include "load/discover.hpp"
#include "load/encoding.hpp"
#include "load/schema_reader.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"
#include "util/parallel.hpp"
#include "yaml/tree.hpp"

#include <algorithm>
#include <bizmap/load.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <limits>
#include <memory>
#include <set>
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
                      find_invalid_utf8(text) != std::string_view::npos;
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
  std::uint32_t lines = LineIndex(text).lines();
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
    LineIndex lines(text);
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
  // Files are read and parsed on every core, the expensive part, and read
  // into the model on one thread at a time in file order, so findings and
  // "first occurrence" do not depend on timing.
  parallel_for_in_order(
      candidates.size(), available_cores(),
      [&](std::size_t i) {
        return parse_bytes(read_file_text(candidates[i].path), static_cast<std::uint32_t>(i));
      },
      [&](std::size_t i, ParsedFile parsed) {
        loader.add(std::move(candidates[i]), std::move(parsed));
      });
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
bool independent(std::span<const FileReading* const> readings) {
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

template <class T> void append_copies(std::vector<T>& into, const std::vector<T>& from) {
  into.insert(into.end(), from.begin(), from.end());
}

void append_processes(std::vector<Process>& into, const std::vector<Process>& from,
                      std::size_t systems) {
  for (const Process& process : from) {
    Process& added = into.emplace_back(process);
    if (added.system) {
      *added.system += systems;
    }
  }
}

// A file's systems and processes number each other from 0; in the model,
// past the systems and processes before them.
void append_systems_and_processes(Model& model, const Model& part) {
  std::size_t systems = model.systems.size();
  std::size_t processes = model.processes.size();
  for (const System& system : part.systems) {
    System& added = model.systems.emplace_back(system);
    if (added.parent) {
      *added.parent += systems;
    }
    for (std::size_t& subsystem : added.subsystems) {
      subsystem += systems;
    }
    for (std::size_t& process : added.processes) {
      process += processes;
    }
  }
  append_processes(model.processes, part.processes, systems);
  append_processes(model.processes_with_taken_ids, part.processes_with_taken_ids, systems);
}

// Every member of Model is joined here.
void append_reading(LoadResult& whole, const LoadResult& part) {
  Model& model = whole.model;
  append_copies(model.files, part.model.files);
  if (part.model.business) {
    model.business = part.model.business;
  }
  append_copies(model.roles, part.model.roles);
  append_copies(model.tools, part.model.tools);
  append_copies(model.data, part.model.data);
  model.declares_roles = model.declares_roles || part.model.declares_roles;
  model.declares_tools = model.declares_tools || part.model.declares_tools;
  model.declares_data = model.declares_data || part.model.declares_data;
  append_copies(model.external_inputs, part.model.external_inputs);
  append_copies(model.external_outputs, part.model.external_outputs);
  append_systems_and_processes(model, part.model);
  append_copies(model.unread, part.model.unread);
  model.unread_words.insert(part.model.unread_words.begin(), part.model.unread_words.end());
  append_copies(whole.findings, part.findings);
  append_copies(whole.skipped, part.skipped);
}

} // namespace

LoadResult assemble_model(std::span<ParsedSource> files) {
  std::vector<const FileReading*> readings;
  std::uint32_t next = 0;
  for (ParsedSource& file : files) {
    std::unique_ptr<FileReading>& kept = *file.reading;
    if (!kept || kept->file != next || kept->named != file.named) {
      kept = std::make_unique<FileReading>(read_alone(file, next));
    }
    next += static_cast<std::uint32_t>(kept->part.model.files.size());
    readings.push_back(kept.get());
  }
  if (!independent(readings)) {
    return read_in_order(files);
  }
  LoadResult whole;
  for (const FileReading* reading : readings) {
    append_reading(whole, reading->part);
  }
  return whole;
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
