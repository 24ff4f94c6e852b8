#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace bizmap {

/// A process id written in backticks in a what-if's `then`: its bytes in the
/// text, without the backticks.
struct Mention {
  std::size_t offset;
  std::size_t length;
};

/// Every backtick span of `then` that holds a process id (lower-case
/// kebab-case, like `register-patient`), in order. Other code in backticks
/// (`Ctrl + S`) is no mention.
std::vector<Mention> process_mentions(std::string_view then);

/// Whether a link is a web address a reader can follow: `https://`,
/// `http://`, `mailto:` or `tel:` and more, without spaces, control
/// characters or angle brackets.
bool is_web_address(std::string_view url);

} // namespace bizmap
