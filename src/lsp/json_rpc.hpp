#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap::lsp {

/// Where the bytes of messages come from: standard input, or a test's text.
class ByteSource {
public:
  virtual ~ByteSource() = default;
  /// Reads up to `size` bytes, waiting for at least one; 0 at the end.
  virtual std::size_t read(char* into, std::size_t size) = 0;
  /// Whether read() would return without waiting.
  virtual bool ready() = 0;
};

/// A file descriptor, such as standard input.
class FileSource : public ByteSource {
public:
  explicit FileSource(int descriptor) : descriptor_(descriptor) {}
  std::size_t read(char* into, std::size_t size) override;
  bool ready() override;

private:
  int descriptor_;
};

/// Text in memory, for tests and the fuzzer.
class TextSource : public ByteSource {
public:
  explicit TextSource(std::string text) : text_(std::move(text)) {}
  std::size_t read(char* into, std::size_t size) override;
  bool ready() override { return true; }

private:
  std::string text_;
  std::size_t offset_ = 0;
};

/// One message read from the stream, or why none could be.
struct Incoming {
  std::optional<std::string> body; ///< the JSON text of the message
  std::string problem;             ///< a framing mistake, when body is empty
};

/// Reads messages framed as the Language Server Protocol says: headers
/// ("Content-Length: N"), an empty line, then N bytes of JSON. A frame
/// without a usable length, or with one above `max_body` bytes, is reported
/// and skipped up to the next header.
class MessageReader {
public:
  static constexpr std::size_t default_max_body = std::size_t{256} << 20;

  explicit MessageReader(ByteSource& source, std::size_t max_body = default_max_body)
      : source_(source), max_body_(max_body) {}

  /// The next message or problem; nullopt at the end of the input.
  std::optional<Incoming> next();
  /// Whether a message may be read without waiting.
  bool pending();

private:
  bool fill();
  std::optional<std::string> header_block();

  ByteSource& source_;
  std::size_t max_body_;
  std::string buffer_;
  std::size_t start_ = 0;
  bool ended_ = false;
};

/// The frame of one message: its header and body.
std::string frame(std::string_view body);

} // namespace bizmap::lsp
