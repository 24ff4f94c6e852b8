// The parser's own messages, said in plain words: what is left when no
// detector recognises the mistake.
#include "mistakes/mistake_scene.hpp"

#include <fmt/format.h>

namespace bizmap::yaml {
namespace {

struct Translation {
  std::string_view parser;
  std::string_view plain;
};

constexpr Translation translations[] = {
    {"end of map not found",
     "YAML cannot tell where the keys above end and this line begins: check that this line "
     "lines up with the keys it belongs with, using spaces only"},
    {"end of sequence not found",
     "YAML cannot tell where the list above ends and this line begins: check that the '- ' "
     "items of the list line up, using spaces only"},
    {"illegal map value",
     "YAML does not expect a ': ' here: if it is part of a value, put the value in quotes; "
     "otherwise check that this line and the one above line up as they should"},
    {"end of map flow not found", "a '{' before this point is never closed with '}'"},
    {"end of sequence flow not found", "a '[' before this point is never closed with ']'"},
    {"unknown token", "this character cannot start a value: put the value in quotes"},
    {"the referenced anchor is not defined",
     "'*' starts a reference to an anchor ('&name') in YAML: put the value in quotes"},
    {"illegal tab when looking for indentation",
     "this line is indented with a tab, and YAML allows only spaces for indentation: replace "
     "the tab with spaces"},
    {"block sequence entries are not allowed in this context",
     "a '- ' list item cannot start here: put the list on the lines below its key, each item "
     "indented further than the key"},
    {"illegal block entry", "a '- ' list item cannot start here"},
    {"found unknown escape character",
     "a backslash (\\) inside double quotes starts an escape such as \\n, and this one is not "
     "one YAML knows: write the text in single quotes, or write \\\\ for each backslash"},
    {"end of quoted scalar", "a quoted text is never closed: add its closing quote"},
};

std::string character_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) {
    return "the end of the line";
  }
  std::size_t length = 1;
  while (at + length < text.size() &&
         (static_cast<unsigned char>(text[at + length]) & 0xC0) == 0x80) {
    ++length;
  }
  return fmt::format("'{}'", text.substr(at, length));
}

} // namespace

Diagnosis parser_words(const Scene& scene) {
  Diagnosis diagnosis;
  diagnosis.line = scene.error_line();
  diagnosis.column = scene.error_column();
  if (scene.error().kind == ParseError::Kind::second_document) {
    diagnosis.message = "a second YAML document starts here, and a model file holds one "
                        "document: bizmap reads only the first; give each its own file";
    return diagnosis;
  }
  std::string_view said = scene.error().parser_message;
  for (const Translation& translation : translations) {
    if (said.starts_with(translation.parser)) {
      diagnosis.message = std::string(translation.plain);
      return diagnosis;
    }
  }
  if (said.starts_with("unexpected")) {
    diagnosis.message = fmt::format("the file is not valid YAML here: {} is not expected",
                                    character_at(scene.text(diagnosis.line), scene.error_byte()));
    return diagnosis;
  }
  diagnosis.message = fmt::format("the file is not valid YAML here (the YAML reader says: {})",
                                  said.empty() ? "nothing more" : said);
  return diagnosis;
}

} // namespace bizmap::yaml
