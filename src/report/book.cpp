#include "report/book.hpp"

#include "util/parallel.hpp"

#include <charconv>
#include <fmt/format.h>
#include <stdexcept>

namespace bizmap {
namespace {

// A link is written as a placeholder, the number of its key between the
// bytes 0xFE and 0xFF, and resolved when every heading is known. Those bytes
// never occur in UTF-8, and every text from the model reaches a page through
// escape_markdown, collapse_whitespace or a diagram label, which turn any
// byte that is not UTF-8 into U+FFFD (a file's path and a NUL-damaged line
// of a file that failed to parse included). So no model text, whatever bytes
// it holds, can form a placeholder; and a key is never read back from page
// text, so no id can end one early.
constexpr char link_open = '\xFE';
constexpr char link_close = '\xFF';

std::string_view folder_of(std::string_view file) {
  std::size_t slash = file.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : file.substr(0, slash + 1);
}

// The path of `to_file` seen from the folder of `from_file`; both are
// relative to the report's folder, with `/` between folders.
std::string relative_path(std::string_view from_file, std::string_view to_file) {
  std::string_view from = folder_of(from_file);
  std::size_t common = 0;
  for (std::size_t i = 0; i < from.size() && i < to_file.size() && from[i] == to_file[i]; ++i) {
    if (from[i] == '/') {
      common = i + 1;
    }
  }
  std::string path;
  for (std::size_t i = common; i < from.size(); ++i) {
    if (from[i] == '/') {
      path += "../";
    }
  }
  path += to_file.substr(common);
  return path;
}

std::string_view file_name(std::string_view file) {
  return file.substr(folder_of(file).size());
}

} // namespace

Book::Book(std::string index_path, bool single_file)
    : index_path_(std::move(index_path)), single_file_(single_file) {
  link_keys_.push_back(std::make_unique<LinkKeys>());
}

void Book::begin_page(std::string path, std::string_view title, std::string key) {
  bool first_page = pages_.empty();
  if (single_file_) {
    path = index_path_;
  }
  auto [found, added] = page_of_path_.try_emplace(path, pages_.size());
  if (added) {
    pages_.push_back({std::move(path), {}, {}, {}, 0});
  }
  current_ = &pages_[found->second];
  page_title_ = collapse_whitespace(title);
  level_offset_ = single_file_ && !first_page ? 1 : 0;
  heading(1, title, std::move(key));
}

void Book::section(std::string_view title, std::string key) {
  std::string text =
      level_offset_ > 0 ? fmt::format("{}: {}", page_title_, title) : std::string(title);
  heading(2, text, std::move(key));
}

void Book::subsection(std::string_view title, std::string key) {
  heading(3, title, std::move(key));
}

void Book::block(std::string_view markdown) {
  current_->text += markdown;
  current_->text += "\n\n";
}

// Headings never repeat within a file (markdownlint's MD024): a repeat gets
// a number, which also keeps its anchor stable.
void Book::heading(int level, std::string_view title, std::string key) {
  std::string text = collapse_whitespace(title);
  int uses = ++current_->heading_uses[text];
  if (uses > 1) {
    text += fmt::format(" ({})", uses);
  }
  std::string anchor = current_->slugger.next(text);
  int depth = level + level_offset_;
  current_->text += std::string(static_cast<std::size_t>(depth), '#');
  current_->text += ' ';
  block(escape_markdown(text));
  if (!key.empty()) {
    bool top = depth == 1 && !single_file_;
    targets_[std::move(key)] = {current_->path, top ? std::string() : std::move(anchor)};
  }
}

std::string Book::link(std::string_view text, std::string_view key) {
  LinkKeys& table = *link_keys_.front();
  auto [known, added] = table.numbers.try_emplace(std::string(key), table.keys.size());
  if (added) {
    table.keys.push_back(&known->first);
  }
  return fmt::format("[{}]({}{}{})", text, link_open, known->second, link_close);
}

const std::string& Book::key_of(const Page& page, std::string_view number) const {
  const LinkKeys& table = *link_keys_[page.link_keys];
  std::size_t index = 0;
  auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), index);
  if (error != std::errc() || end != number.data() + number.size() || number.empty() ||
      index >= table.keys.size()) {
    throw std::logic_error("a report page holds a link placeholder that no link made");
  }
  return *table.keys[index];
}

void Book::append(Book&& later) {
  if (single_file_ || later.single_file_) {
    throw std::logic_error("a report in a single file is written as one book");
  }
  std::size_t first_table = link_keys_.size();
  for (std::unique_ptr<LinkKeys>& table : later.link_keys_) {
    link_keys_.push_back(std::move(table));
  }
  for (Page& page : later.pages_) {
    page.link_keys += first_table;
    page_of_path_.emplace(page.path, pages_.size());
    pages_.push_back(std::move(page));
  }
  targets_.merge(later.targets_);
  current_ = nullptr;
}

std::string Book::resolve(const Page& page) const {
  const std::string& from_file = page.path;
  std::string_view text = page.text;
  std::string resolved;
  resolved.reserve(text.size());
  std::size_t at = 0;
  for (std::size_t open; (open = text.find(link_open, at)) != std::string_view::npos;) {
    std::size_t close = text.find(link_close, open);
    const std::string& key = key_of(page, text.substr(open + 1, close - open - 1));
    auto target = targets_.find(key);
    if (target == targets_.end()) {
      throw std::logic_error(fmt::format("report links to '{}', which has no heading", key));
    }
    const auto& [file, anchor] = target->second;
    resolved += text.substr(at, open - at);
    if (file != from_file) {
      resolved += relative_path(from_file, file);
    } else if (anchor.empty()) {
      resolved += file_name(file);
    }
    if (!anchor.empty()) {
      resolved += '#';
      resolved += anchor;
    }
    at = close + 1;
  }
  resolved += text.substr(at);
  while (resolved.ends_with("\n\n")) {
    resolved.pop_back();
  }
  return resolved;
}

std::vector<ReportFile> Book::finish(std::size_t threads) && {
  std::vector<ReportFile> files(pages_.size());
  parallel_for(pages_.size(), threads, [&](std::size_t i) {
    files[i] = {pages_[i].path, resolve(pages_[i])};
    std::string().swap(pages_[i].text);
  });
  return files;
}

} // namespace bizmap
