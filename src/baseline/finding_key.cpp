#include "baseline/finding_key.hpp"

#include <cctype>
#include <filesystem>

namespace bizmap {
namespace fs = std::filesystem;
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::size_t digits_from(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && is_digit(text[end])) {
    ++end;
  }
  return end - at;
}

// What to copy and what to skip at `at`: "line 12" keeps "line", ":12:3"
// (after a file name) goes; ":12" alone stays, as it may be a time of day.
struct Span {
  std::size_t keep;
  std::size_t skip;
};

Span position_at(std::string_view text, std::size_t at) {
  bool word_starts = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
  for (std::string_view word : {"line ", "column "}) {
    if (word_starts && text.substr(at).starts_with(word)) {
      std::size_t digits = digits_from(text, at + word.size());
      if (digits > 0) {
        return {word.size() - 1, word.size() + digits};
      }
    }
  }
  if (text[at] == ':') {
    std::size_t line = digits_from(text, at + 1);
    std::size_t after = at + 1 + line;
    if (line > 0 && after < text.size() && text[after] == ':') {
      std::size_t column = digits_from(text, after + 1);
      if (column > 0) {
        return {0, line + column + 2};
      }
    }
  }
  return {1, 1};
}

std::string with_file_key(std::string message, std::string_view given, std::string_view key) {
  if (given.empty() || given == key) {
    return message;
  }
  for (std::size_t at = message.find(given); at != std::string::npos;
       at = message.find(given, at + key.size())) {
    message.replace(at, given.size(), key);
  }
  return message;
}

fs::path absolute_folder(const std::string& given) {
  std::error_code error;
  fs::path path = fs::weakly_canonical(fs::absolute(given, error), error);
  return fs::is_directory(path, error) ? path : path.parent_path();
}

// The longest common leading part of two absolute paths.
fs::path common_folder(const fs::path& a, const fs::path& b) {
  fs::path common;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end() && *i == *j; ++i, ++j) {
    common /= *i;
  }
  return common;
}

} // namespace

std::string without_positions(std::string_view message) {
  std::string text;
  text.reserve(message.size());
  for (std::size_t at = 0; at < message.size();) {
    Span span = position_at(message, at);
    text.append(message.substr(at, span.keep));
    at += span.skip;
  }
  return text;
}

std::string model_root(std::span<const std::string> paths) {
  if (paths.empty()) {
    return absolute_folder(".").string();
  }
  fs::path root = absolute_folder(paths.front());
  for (const std::string& path : paths.subspan(1)) {
    root = common_folder(root, absolute_folder(path));
  }
  return root.string();
}

std::vector<std::string> file_keys(const Model& model, const std::string& root) {
  std::vector<std::string> keys;
  keys.reserve(model.files.size());
  std::error_code error;
  for (const SourceFile& file : model.files) {
    fs::path absolute = fs::weakly_canonical(fs::absolute(file.path, error), error);
    fs::path relative = absolute.lexically_relative(root);
    keys.push_back(relative.empty() ? fs::path(file.path).filename().generic_string()
                                    : relative.generic_string());
  }
  return keys;
}

FindingKey finding_key(const Model& model, const Diagnostic& finding,
                       std::span<const std::string> files) {
  const std::string& file = files[finding.at.file];
  FindingKey key{file, std::string(finding.rule), {}, {}, {}};
  if (finding.subject) {
    key.subject_kind = std::string(to_string(finding.subject->kind));
    key.subject_id = finding.subject->id;
  }
  key.message =
      without_positions(with_file_key(finding.message, model.files[finding.at.file].path, file));
  return key;
}

} // namespace bizmap
