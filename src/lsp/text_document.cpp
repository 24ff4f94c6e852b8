#include "lsp/text_document.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

namespace bizmap::lsp {
namespace {

// The length of the UTF-8 sequence a lead byte starts; 1 for a stray byte.
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) {
    return 4;
  }
  if (lead >= 0xE0) {
    return lead < 0xF0 ? 3 : 1;
  }
  return lead >= 0xC0 ? 2 : 1;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

} // namespace

std::uint32_t units_of(char32_t code_point, PositionEncoding encoding) {
  switch (encoding) {
  case PositionEncoding::utf8:
    return code_point < 0x80 ? 1 : code_point < 0x800 ? 2 : code_point < 0x10000 ? 3 : 4;
  case PositionEncoding::utf16:
    return code_point < 0x10000 ? 1 : 2;
  case PositionEncoding::utf32:
    break;
  }
  return 1;
}

std::string_view PositionMap::line(std::uint32_t line) const {
  return line < lines_.lines() ? lines_.line(line + 1) : std::string_view();
}

std::size_t PositionMap::offset_of(Position position) const {
  if (position.line >= lines_.lines()) {
    return lines_.text().size();
  }
  std::string_view text = line(position.line);
  std::size_t offset = 0;
  std::uint32_t units = 0;
  while (offset < text.size() && units < position.character) {
    std::size_t length =
        std::min(sequence_length(static_cast<unsigned char>(text[offset])), text.size() - offset);
    units += encoding_ == PositionEncoding::utf8 ? static_cast<std::uint32_t>(length)
                                                 : units_of(length == 4 ? 0x10000 : 0, encoding_);
    offset += length;
  }
  return lines_.start_of(position.line + 1) + offset;
}

Position PositionMap::position_of(std::uint32_t line_number, std::uint32_t column) const {
  std::uint32_t line_index = line_number == 0 ? 0 : line_number - 1;
  std::string_view text = line(line_index);
  std::uint32_t units = 0;
  std::size_t offset = 0;
  for (std::uint32_t c = 1; c < column && offset < text.size(); ++c) {
    std::size_t length =
        std::min(sequence_length(static_cast<unsigned char>(text[offset])), text.size() - offset);
    units += encoding_ == PositionEncoding::utf8 ? static_cast<std::uint32_t>(length)
                                                 : units_of(length == 4 ? 0x10000 : 0, encoding_);
    offset += length;
  }
  return {line_index, units};
}

std::pair<std::uint32_t, std::uint32_t> PositionMap::column_of(Position position) const {
  std::uint32_t line_index = std::min(position.line, lines_.lines() - 1);
  std::string_view text = line(line_index);
  std::size_t end = offset_of({line_index, position.character}) - lines_.start_of(line_index + 1);
  return {line_index + 1, count_characters(text.substr(0, end)) + 1};
}

Range PositionMap::range_of(const Location& at) const {
  Position start = position_of(at.line, at.column);
  Position end = position_of(at.line, at.column + at.length);
  return {start, end};
}

std::string uri_of(std::string_view path) {
  std::string absolute = std::filesystem::absolute(std::string(path)).lexically_normal().string();
  std::string uri = "file://";
  for (unsigned char c : absolute) {
    if (std::isalnum(c) ||
        std::string_view("/-._~").find(static_cast<char>(c)) != std::string_view::npos) {
      uri += static_cast<char>(c);
    } else {
      uri += fmt::format("%{:02X}", c);
    }
  }
  return uri;
}

std::string path_of(std::string_view uri) {
  if (!uri.starts_with("file://")) {
    return {};
  }
  uri.remove_prefix(7);
  if (!uri.starts_with('/')) {
    std::size_t slash = uri.find('/'); // file://host/path: the host is this machine
    uri.remove_prefix(slash == std::string_view::npos ? uri.size() : slash);
  }
  std::string path;
  for (std::size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() && hex_value(uri[i + 1]) >= 0 &&
        hex_value(uri[i + 2]) >= 0) {
      path += static_cast<char>(hex_value(uri[i + 1]) * 16 + hex_value(uri[i + 2]));
      i += 2;
    } else {
      path += uri[i];
    }
  }
  return path.empty() ? std::string() : std::filesystem::path(path).lexically_normal().string();
}

} // namespace bizmap::lsp
