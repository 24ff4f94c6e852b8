#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// A path pattern as `exclude` takes it: `*` and `?` match within one folder
/// name, `[a-z]`/`[!x]` match one character from a set, and `**` as a whole
/// part matches any number of folders. A pattern that matches a folder
/// matches everything below it.
class Glob {
public:
  /// The pattern, or std::nullopt with `problem` saying what is wrong.
  static std::optional<Glob> parse(std::string_view pattern, std::string& problem);

  /// Whether a relative path ('/'-separated), or a folder above it, matches.
  bool matches(std::string_view path) const;

private:
  explicit Glob(std::vector<std::string> parts) : parts_(std::move(parts)) {}
  bool matches_parts(const std::vector<std::string_view>& path, std::size_t part,
                     std::size_t name) const;

  std::vector<std::string> parts_;
};

} // namespace bizmap
