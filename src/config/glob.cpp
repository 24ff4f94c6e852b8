#include "config/glob.hpp"

namespace bizmap {
namespace {

std::vector<std::string_view> split(std::string_view path) {
  std::vector<std::string_view> parts;
  while (!path.empty()) {
    std::size_t slash = path.find('/');
    std::string_view part = path.substr(0, slash);
    if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
  }
  return parts;
}

// Where the character set starting at pattern[i] == '[' ends, or npos.
std::size_t set_end(std::string_view pattern, std::size_t i) {
  std::size_t j = i + 1;
  if (j < pattern.size() && pattern[j] == '!') {
    ++j;
  }
  if (j < pattern.size() && pattern[j] == ']') {
    ++j;
  }
  std::size_t end = pattern.find(']', j);
  return end;
}

bool in_set(std::string_view set, char c) {
  bool negated = !set.empty() && set[0] == '!';
  set.remove_prefix(negated ? 1 : 0);
  bool found = false;
  for (std::size_t k = 0; k < set.size() && !found; ++k) {
    bool range = k + 2 < set.size() && set[k + 1] == '-';
    found = range ? (set[k] <= c && c <= set[k + 2]) : set[k] == c;
    k += range ? 2 : 0;
  }
  return found != negated;
}

// Wildcard match of one folder or file name.
bool matches_name(std::string_view pattern, std::string_view name) {
  if (pattern.empty()) {
    return name.empty();
  }
  if (pattern[0] == '*') {
    for (std::size_t skip = 0; skip <= name.size(); ++skip) {
      if (matches_name(pattern.substr(1), name.substr(skip))) {
        return true;
      }
    }
    return false;
  }
  if (name.empty()) {
    return false;
  }
  if (pattern[0] == '[') {
    std::size_t end = set_end(pattern, 0);
    return in_set(pattern.substr(1, end - 1), name[0]) &&
           matches_name(pattern.substr(end + 1), name.substr(1));
  }
  bool same = pattern[0] == '?' || pattern[0] == name[0];
  return same && matches_name(pattern.substr(1), name.substr(1));
}

std::string check_part(std::string_view part) {
  if (part != "**" && part.find("**") != std::string_view::npos) {
    return "'**' must be a whole part of the path, as in 'drafts/**'";
  }
  for (std::size_t i = 0; i < part.size(); ++i) {
    if (part[i] == '[') {
      std::size_t end = set_end(part, i);
      if (end == std::string_view::npos) {
        return "a '[' is never closed with ']'";
      }
      i = end;
    }
  }
  return {};
}

} // namespace

std::optional<Glob> Glob::parse(std::string_view pattern, std::string& problem) {
  if (pattern.starts_with('/')) {
    problem = "patterns are relative to the configuration file's folder, so they cannot start "
              "with '/'";
    return std::nullopt;
  }
  std::vector<std::string> parts;
  for (std::string_view part : split(pattern)) {
    problem = check_part(part);
    if (!problem.empty()) {
      return std::nullopt;
    }
    parts.emplace_back(part);
  }
  if (parts.empty()) {
    problem = "the pattern is empty";
    return std::nullopt;
  }
  return Glob(std::move(parts));
}

bool Glob::matches(std::string_view path) const {
  return matches_parts(split(path), 0, 0);
}

bool Glob::matches_parts(const std::vector<std::string_view>& path, std::size_t part,
                         std::size_t name) const {
  if (part == parts_.size()) {
    return true; // the pattern matched this path or a folder above it
  }
  if (parts_[part] == "**") {
    for (std::size_t next = name; next <= path.size(); ++next) {
      if (matches_parts(path, part + 1, next)) {
        return true;
      }
    }
    return false;
  }
  return name < path.size() && matches_name(parts_[part], path[name]) &&
         matches_parts(path, part + 1, name + 1);
}

} // namespace bizmap
