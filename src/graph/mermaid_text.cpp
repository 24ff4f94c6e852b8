#include "graph/mermaid_text.hpp"

#include "text/text.hpp"

namespace bizmap {

// Mermaid reads quoted labels as text, but still gives meaning to `#...;`
// entity codes, HTML, backticks (Markdown strings) and the pipes around edge
// labels; each of those characters becomes its entity code. Bytes that are
// not UTF-8 become U+FFFD, so a diagram in a report holds only text.
std::string mermaid_text(std::string_view text) {
  std::string label;
  for (char c : valid_utf8(text)) {
    switch (c) {
    case '"':
      label += "#quot;";
      break;
    case '#':
      label += "#35;";
      break;
    case '&':
      label += "#amp;";
      break;
    case '<':
      label += "#lt;";
      break;
    case '>':
      label += "#gt;";
      break;
    case '`':
      label += "#96;";
      break;
    case '|':
      label += "#124;";
      break;
    case '%':
      label += "#37;";
      break;
    case '\\':
      label += "#92;";
      break;
    default:
      label += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
  }
  return label;
}

std::string mermaid_label(std::string_view text) {
  std::string label(1, '"');
  label += mermaid_text(text);
  label += '"';
  return label;
}

} // namespace bizmap
