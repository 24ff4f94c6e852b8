#include "load/discover.hpp"
#include "load/schema_reader.hpp"
#include "rules/rules.hpp"
#include "yaml/tree.hpp"

#include <bizmap/load.hpp>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

namespace bizmap {
namespace {

std::string read_file_text(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    throw UsageError(fmt::format("cannot read '{}': {}", path, std::strerror(errno)));
  }
  std::ostringstream text;
  text << stream.rdbuf();
  if (stream.bad()) {
    throw UsageError(fmt::format("cannot read '{}': {}", path, std::strerror(errno)));
  }
  return std::move(text).str();
}

// A file that failed to parse is still reported when it looks like it was
// meant to be a model.
bool mentions_format_version(std::string_view text) {
  return text.starts_with("bizmap:") || text.find("\nbizmap:") != std::string_view::npos;
}

// The `bizmap` key of the top-level map, or null.
const yaml::Node* format_version_key(const yaml::Node& root) {
  for (std::size_t i = 0; i < root.map_size(); ++i) {
    if (root.key(i).is_scalar() && root.key(i).text == "bizmap") {
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

class ModelLoader {
public:
  ModelLoader() : schema_(result_.model, result_.findings) {}

  void add(Candidate candidate, std::string text) {
    std::uint32_t file = static_cast<std::uint32_t>(result_.model.files.size());
    yaml::Document document = yaml::parse(text, file);
    const yaml::Node* root = document.root;
    const yaml::Node* version = root && root->is_map() ? format_version_key(*root) : nullptr;
    bool parsed = root != nullptr || !document.findings.empty();
    bool wanted = candidate.named || version != nullptr ||
                  (!document.findings.empty() && root == nullptr && mentions_format_version(text));
    if (!wanted) {
      return;
    }
    result_.model.files.push_back({std::move(candidate.path), std::move(text)});
    append(document.findings);
    if (version == nullptr && parsed && root != nullptr) {
      report_not_a_model({file, 1, 1, 1}, "it has no 'bizmap: 1' line");
    } else if (version == nullptr && !parsed) {
      report_not_a_model({file, 1, 1, 1}, "it is empty");
    } else if (version != nullptr && supported(*version, value_of(*root, *version))) {
      schema_.read_file(*root);
    }
  }

  LoadResult finish() && { return std::move(result_); }

private:
  bool supported(const yaml::Node& key, const yaml::Node& version) {
    long long number = 0;
    if (!yaml::to_integer(version, number)) {
      bool shown = version.is_scalar() && !yaml::is_null_scalar(version);
      report_not_a_model(
          shown ? version.at : key.at,
          fmt::format("'bizmap' must be the format version, the number 1, not {}",
                      shown ? fmt::format("'{}'", version.text) : std::string(describe(version))));
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
    std::string_view path = result_.model.files[at.file].path;
    result_.findings.push_back({rules::not_a_model.id,
                                rules::not_a_model.severity,
                                at,
                                fmt::format("'{}' is not a bizmap model: {}", path, reason),
                                {}});
  }

  void append(std::vector<Diagnostic>& findings) {
    for (Diagnostic& finding : findings) {
      result_.findings.push_back(std::move(finding));
    }
  }

  LoadResult result_;
  SchemaReader schema_;
};

} // namespace

LoadResult load_model(std::span<const std::string> paths, const FileFilter& exclude) {
  std::vector<Candidate> candidates = discover(paths);
  ModelLoader loader;
  for (Candidate& candidate : candidates) {
    if (!candidate.named && exclude && exclude(candidate.path)) {
      continue;
    }
    std::string text = read_file_text(candidate.path);
    loader.add(std::move(candidate), std::move(text));
  }
  LoadResult result = std::move(loader).finish();
  if (result.model.files.empty()) {
    throw UsageError(fmt::format("no model files found in {}: a model file is a .yaml or .yml "
                                 "file that starts with 'bizmap: 1'",
                                 fmt::join(paths, ", ")));
  }
  return result;
}

LoadResult load_text(std::string path, std::string text) {
  ModelLoader loader;
  loader.add({std::move(path), true}, std::move(text));
  return std::move(loader).finish();
}

} // namespace bizmap
