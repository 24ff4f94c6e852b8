#pragma once

#include "report/markdown.hpp"

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bizmap {

/// One file of a report: its path relative to the report's folder.
struct ReportFile {
  std::string path;
  std::string text;
};

/// The Markdown pages of a report while they are written. Links name their
/// target by key ("process:3") and are resolved to a relative file and a
/// GitHub heading anchor once every page is written, so a page may link to a
/// heading that comes later. With `single_file`, every page goes into the
/// index file one heading level down.
class Book {
public:
  Book(std::string index_path, bool single_file);

  /// Starts a page with its title as the top heading, reachable by `key`.
  void begin_page(std::string path, std::string_view title, std::string key);
  /// A section heading of the current page; in a single file it names the page
  /// ("Qualify a lead: Steps") so that headings do not repeat.
  void section(std::string_view title, std::string key = {});
  /// A heading one level below a section, reachable by `key`.
  void subsection(std::string_view title, std::string key = {});
  /// A block of Markdown (a paragraph, a table, a list, a fence).
  void block(std::string_view markdown);

  /// A link to the heading with `key`; `text` is escaped already.
  std::string link(std::string_view text, std::string_view key);

  /// Every file, links resolved. Throws std::logic_error for a link to a key
  /// no heading has.
  std::vector<ReportFile> finish() const;

private:
  struct Target {
    std::string file;
    std::string anchor; ///< empty: the top of the file
  };

  std::string& current() { return files_[current_file_]; }
  void heading(int level, std::string_view title, std::string key);
  std::string resolve(const std::string& from_file, std::string_view text) const;
  const std::string& key_of(std::string_view number) const;

  std::string index_path_;
  bool single_file_;
  std::string current_file_;
  std::string page_title_;
  int level_offset_ = 0; ///< 1 for the pages after the index in a single file
  std::map<std::string, std::string> files_;
  std::vector<std::string> order_;
  std::map<std::string, Slugger> sluggers_;
  std::map<std::string, std::map<std::string, int>> heading_uses_; ///< by file, by text
  std::map<std::string, Target, std::less<>> targets_;
  std::unordered_map<std::string, std::size_t> link_numbers_; ///< by key
  std::vector<const std::string*> link_keys_;                 ///< by number
};

} // namespace bizmap
