#pragma once

#include <string>
#include <string_view>

namespace bizmap {

/// A model file's bytes as the UTF-8 text the parser reads.
struct DecodedText {
  std::string text;    ///< UTF-8; the bytes as they were when `problem` is set
  std::string problem; ///< empty, or why the bytes are not text bizmap can read
};

/// UTF-16 and UTF-32 files with a byte-order mark (little or big endian) are
/// converted to UTF-8, so that lines and columns still count characters; the
/// mark itself is dropped. Anything else is left as it is for the parser,
/// which checks UTF-8, except a file that looks like UTF-16 or UTF-32 without
/// a mark (NUL bytes in every other or every fourth place), which is named as
/// such.
DecodedText decode_model_text(std::string bytes);

} // namespace bizmap
