#include "text/text.hpp"

#include <algorithm>

namespace bizmap {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
}

std::uint32_t LineIndex::line_of(std::size_t offset) const {
  auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<std::uint32_t>(after - starts_.begin());
}

std::string_view LineIndex::line(std::uint32_t line) const {
  if (line == 0 || line > starts_.size()) {
    return {};
  }
  std::size_t begin = starts_[line - 1];
  std::size_t end = line < starts_.size() ? starts_[line] - 1 : text_.size();
  std::string_view text = text_.substr(begin, end - begin);
  if (!text.empty() && text.back() == '\r') {
    text.remove_suffix(1);
  }
  return text;
}

std::uint32_t LineIndex::column_of(std::size_t offset) const {
  std::size_t begin = starts_[line_of(offset) - 1];
  return count_characters(text_.substr(begin, offset - begin)) + 1;
}

Cursor::LineColumn Cursor::at(std::size_t offset) {
  offset = std::min(offset, lines_.text().size());
  std::string_view text = lines_.text();
  if (offset >= line_start_ && offset < next_line_start_) {
    if (offset >= offset_) {
      column_ += count_characters(text.substr(offset_, offset - offset_));
    } else {
      column_ -= count_characters(text.substr(offset, offset_ - offset));
    }
  } else {
    move_to_line_of(offset);
    column_ = count_characters(text.substr(line_start_, offset - line_start_)) + 1;
  }
  offset_ = offset;
  return {line_, column_};
}

// The next few lines are looked at one by one (the usual case: the next node
// is on one of them), others found by binary search.
void Cursor::move_to_line_of(std::size_t offset) {
  constexpr std::uint32_t steps = 4;
  std::uint32_t line = 0;
  for (std::uint32_t next = line_ + 1; next <= line_ + steps && next <= lines_.lines(); ++next) {
    bool inside = offset >= lines_.start_of(next) &&
                  (next == lines_.lines() || offset < lines_.start_of(next + 1));
    if (inside) {
      line = next;
      break;
    }
  }
  line_ = line != 0 ? line : lines_.line_of(offset);
  line_start_ = lines_.start_of(line_);
  next_line_start_ = line_ < lines_.lines() ? lines_.start_of(line_ + 1) : lines_.text().size() + 1;
}

std::uint32_t count_characters(std::string_view utf8) {
  return static_cast<std::uint32_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

namespace {

// Length of the UTF-8 sequence starting at text[i], or 0 when it is invalid.
std::size_t sequence_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) {
    return lead == 0 ? 0 : 1;
  }
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || i + length > text.size()) {
    return 0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      return 0;
    }
  }
  unsigned char second = byte(i + 1);
  bool overlong = (lead == 0xE0 && second < 0xA0) || (lead == 0xF0 && second < 0x90);
  bool surrogate = lead == 0xED && second >= 0xA0;
  bool too_large = lead == 0xF4 && second >= 0x90;
  return overlong || surrogate || too_large ? 0 : length;
}

} // namespace

std::size_t find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t length = sequence_length(text, i);
    if (length == 0) {
      return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

std::string valid_utf8(std::string_view text) {
  std::string valid;
  valid.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = text[i] == '\0' ? 1 : sequence_length(text, i);
    if (length == 0) {
      valid += "\xEF\xBF\xBD"; // U+FFFD REPLACEMENT CHARACTER
      ++i;
    } else {
      valid.append(text.substr(i, length));
      i += length;
    }
  }
  return valid;
}

} // namespace bizmap
