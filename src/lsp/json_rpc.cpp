#include "lsp/json_rpc.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <fmt/format.h>
#include <poll.h>
#include <unistd.h>

namespace bizmap::lsp {
namespace {

constexpr std::size_t chunk = std::size_t{1} << 16;
constexpr std::size_t max_header_block = 8192;

std::string lower(std::string_view text) {
  std::string lowered(text);
  std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lowered;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

// The Content-Length of a header block, or nullopt.
std::optional<std::size_t> content_length(std::string_view headers) {
  while (!headers.empty()) {
    std::size_t end = headers.find('\n');
    std::string_view line = headers.substr(0, end);
    headers.remove_prefix(end == std::string_view::npos ? headers.size() : end + 1);
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos ||
        lower(trimmed(line.substr(0, colon))) != "content-length") {
      continue;
    }
    std::string_view number = trimmed(line.substr(colon + 1));
    std::size_t length = 0;
    auto [rest, error] = std::from_chars(number.data(), number.data() + number.size(), length);
    if (error == std::errc() && rest == number.data() + number.size() && !number.empty()) {
      return length;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

} // namespace

std::size_t FileSource::read(char* into, std::size_t size) {
  for (;;) {
    ssize_t count = ::read(descriptor_, into, size);
    if (count >= 0) {
      return static_cast<std::size_t>(count);
    }
    if (errno != EINTR) {
      return 0;
    }
  }
}

bool FileSource::ready() {
  pollfd watched{descriptor_, POLLIN, 0};
  return ::poll(&watched, 1, 0) > 0;
}

std::size_t TextSource::read(char* into, std::size_t size) {
  std::size_t count = std::min(size, text_.size() - offset_);
  std::copy_n(text_.data() + offset_, count, into);
  offset_ += count;
  return count;
}

bool MessageReader::fill() {
  if (ended_) {
    return false;
  }
  if (start_ > 0 && start_ >= buffer_.size() / 2) {
    buffer_.erase(0, start_);
    start_ = 0;
  }
  std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + chunk);
  std::size_t count = source_.read(buffer_.data() + old_size, chunk);
  buffer_.resize(old_size + count);
  ended_ = count == 0;
  return count > 0;
}

// The headers up to the empty line that ends them, consumed; nullopt at the
// end of the input. Bytes before a header (garbage) are kept in the block.
std::optional<std::string> MessageReader::header_block() {
  for (;;) {
    std::string_view rest = std::string_view(buffer_).substr(start_);
    std::size_t end = rest.find("\r\n\r\n");
    std::size_t separator = 4;
    if (std::size_t bare = rest.find("\n\n"); bare < end) {
      end = bare;
      separator = 2;
    }
    if (end != std::string_view::npos) {
      std::string headers(rest.substr(0, end));
      start_ += end + separator;
      return headers;
    }
    if (rest.size() > max_header_block) {
      // Not headers: drop all but the tail, which may start the next frame.
      start_ = buffer_.size() - 3;
    }
    if (!fill()) {
      return std::nullopt;
    }
  }
}

std::optional<Incoming> MessageReader::next() {
  std::optional<std::string> headers = header_block();
  if (!headers) {
    return std::nullopt;
  }
  // Anything before the last "Content-Length" is debris of a broken frame.
  std::string lowered = lower(*headers);
  std::size_t last = lowered.rfind("content-length");
  std::optional<std::size_t> length = last == std::string::npos
                                          ? std::nullopt
                                          : content_length(std::string_view(*headers).substr(last));
  if (!length) {
    return Incoming{std::nullopt, "a message without a valid Content-Length header was skipped"};
  }
  if (*length > max_body_) {
    // Reading past it could swallow the messages after a wrong length: the
    // next header is looked for instead.
    return Incoming{std::nullopt,
                    fmt::format("a message of {} bytes was skipped: the limit is {} bytes", *length,
                                max_body_)};
  }
  while (buffer_.size() - start_ < *length) {
    if (!fill()) {
      return Incoming{std::nullopt, "the input ended inside a message"};
    }
  }
  std::string body = buffer_.substr(start_, *length);
  start_ += *length;
  return Incoming{std::move(body), {}};
}

bool MessageReader::pending() {
  return start_ < buffer_.size() || (!ended_ && source_.ready());
}

std::string frame(std::string_view body) {
  return fmt::format("Content-Length: {}\r\n\r\n{}", body.size(), body);
}

} // namespace bizmap::lsp
