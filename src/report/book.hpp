#pragma once

#include "output/markdown.hpp"

#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
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

  /// Adds the pages of another book, written for the same report, after this
  /// book's pages: books of consecutive pages, written on several threads,
  /// become the one book of the report. Neither may be a single file.
  void append(Book&& later);

  /// Every file, links resolved, on `threads` threads (the result does not
  /// depend on their number). Throws std::logic_error for a link to a key no
  /// heading has.
  std::vector<ReportFile> finish(std::size_t threads = 1) &&;

private:
  struct Target {
    std::string file;
    std::string anchor; ///< empty: the top of the file
  };
  /// The keys of the links of the pages a book was written with, by the
  /// number their placeholders carry.
  struct LinkKeys {
    std::unordered_map<std::string, std::size_t> numbers; ///< by key
    std::vector<const std::string*> keys;                 ///< by number
  };
  struct Page {
    std::string path;
    std::string text;
    Slugger slugger;
    std::unordered_map<std::string, int> heading_uses; ///< by heading text
    std::size_t link_keys;                             ///< its table in `link_keys_`
  };

  /// Lets the targets be found by a key's view, without a copy.
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const {
      return std::hash<std::string_view>{}(key);
    }
  };

  void heading(int level, std::string_view title, std::string key);
  std::string resolve(const Page& page) const;
  const std::string& key_of(const Page& page, std::string_view number) const;

  std::string index_path_;
  bool single_file_;
  std::string page_title_;
  int level_offset_ = 0;   ///< 1 for the pages after the index in a single file
  std::deque<Page> pages_; ///< in order; a deque keeps `current_` in place
  std::unordered_map<std::string, std::size_t> page_of_path_;
  Page* current_ = nullptr;
  std::unordered_map<std::string, Target, KeyHash, std::equal_to<>> targets_;
  /// One table for this book's pages, and one more for each book appended;
  /// each table in a box of its own, so its keys stay where they are.
  std::vector<std::unique_ptr<LinkKeys>> link_keys_;
};

} // namespace bizmap
