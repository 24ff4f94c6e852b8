#include "report/book.hpp"

#include <charconv>
#include <filesystem>
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

std::string relative_path(const std::string& from_file, const std::string& to_file) {
  std::filesystem::path from = std::filesystem::path(from_file).parent_path();
  return std::filesystem::path(to_file)
      .lexically_relative(from.empty() ? std::filesystem::path(".") : from)
      .generic_string();
}

} // namespace

Book::Book(std::string index_path, bool single_file)
    : index_path_(std::move(index_path)), single_file_(single_file) {}

void Book::begin_page(std::string path, std::string_view title, std::string key) {
  bool first_page = files_.empty();
  current_file_ = single_file_ ? index_path_ : std::move(path);
  if (!files_.contains(current_file_)) {
    order_.push_back(current_file_);
    files_[current_file_];
  }
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
  current() += markdown;
  current() += "\n\n";
}

// Headings never repeat within a file (markdownlint's MD024): a repeat gets
// a number, which also keeps its anchor stable.
void Book::heading(int level, std::string_view title, std::string key) {
  std::string text = collapse_whitespace(title);
  int uses = ++heading_uses_[current_file_][text];
  if (uses > 1) {
    text += fmt::format(" ({})", uses);
  }
  std::string anchor = sluggers_[current_file_].next(text);
  int depth = level + level_offset_;
  block(fmt::format("{} {}", std::string(static_cast<std::size_t>(depth), '#'),
                    escape_markdown(text)));
  if (!key.empty()) {
    bool top = depth == 1 && !single_file_;
    targets_[key] = {current_file_, top ? std::string() : anchor};
  }
}

std::string Book::link(std::string_view text, std::string_view key) {
  auto [known, added] = link_numbers_.try_emplace(std::string(key), link_keys_.size());
  if (added) {
    link_keys_.push_back(&known->first);
  }
  return fmt::format("[{}]({}{}{})", text, link_open, known->second, link_close);
}

const std::string& Book::key_of(std::string_view number) const {
  std::size_t index = 0;
  auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), index);
  if (error != std::errc() || end != number.data() + number.size() || number.empty() ||
      index >= link_keys_.size()) {
    throw std::logic_error("a report page holds a link placeholder that no link made");
  }
  return *link_keys_[index];
}

std::string Book::resolve(const std::string& from_file, std::string_view text) const {
  std::string resolved;
  std::size_t at = 0;
  for (std::size_t open; (open = text.find(link_open, at)) != std::string_view::npos;) {
    std::size_t close = text.find(link_close, open);
    const std::string& key = key_of(text.substr(open + 1, close - open - 1));
    auto target = targets_.find(key);
    if (target == targets_.end()) {
      throw std::logic_error(fmt::format("report links to '{}', which has no heading", key));
    }
    const auto& [file, anchor] = target->second;
    std::string path = file == from_file ? "" : relative_path(from_file, file);
    if (path.empty() && anchor.empty()) {
      path = std::filesystem::path(file).filename().string();
    }
    resolved += text.substr(at, open - at);
    resolved += anchor.empty() ? path : fmt::format("{}#{}", path, anchor);
    at = close + 1;
  }
  resolved += text.substr(at);
  return resolved;
}

std::vector<ReportFile> Book::finish() const {
  std::vector<ReportFile> files;
  for (const std::string& path : order_) {
    std::string text = resolve(path, files_.at(path));
    while (text.ends_with("\n\n")) {
      text.pop_back();
    }
    files.push_back({path, std::move(text)});
  }
  return files;
}

} // namespace bizmap
