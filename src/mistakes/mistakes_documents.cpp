// Where the document starts and ends: markers and the 'bizmap: 1' line.
#include "mistakes/mistake_scene.hpp"

#include <fmt/format.h>

namespace bizmap::yaml {
namespace {

bool is_marker(std::string_view line, std::string_view marker) {
  return line.starts_with(marker) &&
         (line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '#');
}

std::optional<std::uint32_t> first_content_line(const Scene& scene) {
  for (std::uint32_t line = 1; line <= scene.lines(); ++line) {
    std::string_view text = scene.text(line);
    bool directive = text.starts_with("%") || is_marker(text, "---");
    if (!scene.layout(line).blank && !directive) {
      return line;
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<Diagnosis> document_marker(const Scene& scene) {
  std::optional<std::uint32_t> first = first_content_line(scene);
  if (!first) {
    return std::nullopt;
  }
  Repair repair;
  repair.keys_stay_unique = true;
  std::optional<Diagnosis> diagnosis;
  for (std::uint32_t line = *first + 1; line <= scene.lines(); ++line) {
    std::string_view text = scene.text(line);
    bool start = is_marker(text, "---");
    if (!start && !is_marker(text, "...")) {
      continue;
    }
    repair.edits.push_back(blank_line_of(scene, line));
    if (diagnosis || line < scene.first_line()) {
      continue;
    }
    diagnosis.emplace();
    diagnosis->line = line;
    diagnosis->length = 3;
    diagnosis->message =
        start ? "'---' starts a new YAML document, and a model file holds one document, so "
                "nothing below this line would be read: remove the line (to mark a part of "
                "the file, write a comment such as '# ---' instead)"
              : "'...' ends the YAML document, so nothing below this line would be read: "
                "remove the line";
    diagnosis->unrepaired_message = fmt::format(
        "a second YAML document starts after this '{}', and a model file holds one document: "
        "bizmap reads only the first; give each document a file of its own",
        text.substr(0, 3));
  }
  if (diagnosis) {
    diagnosis->repairs.push_back(std::move(repair));
  }
  return diagnosis;
}

//   bizmap: 1        (indented)
// systems: []
std::optional<Diagnosis> indented_first_line(const Scene& scene) {
  std::optional<std::uint32_t> first = first_content_line(scene);
  if (!first || scene.layout(*first).indent == 0 || scene.layout(*first).dash) {
    return std::nullopt;
  }
  std::size_t indent = scene.layout(*first).indent;
  std::uint32_t end = *first + 1;
  while (end <= scene.lines() && (scene.layout(end).blank || scene.layout(end).indent >= indent)) {
    ++end;
  }
  if (end > scene.lines()) {
    return std::nullopt; // every line is indented alike: that is fine
  }
  const Layout& layout = scene.layout(*first);
  Diagnosis diagnosis;
  diagnosis.line = *first;
  diagnosis.length = static_cast<std::uint32_t>(indent);
  diagnosis.message = fmt::format(
      "the first line, {}, is indented by {} space{}, so YAML reads the lines below it that "
      "start further left as something else: the top-level keys of a model start at the "
      "beginning of the line; remove the spaces before '{}'",
      quoted(scene.text(*first).substr(indent)), indent, indent == 1 ? "" : "s",
      layout.key.empty() ? scene.text(*first).substr(indent) : layout.key);
  diagnosis.repairs.push_back({{set_indentation(scene, *first, 0)}, ""});
  Repair block;
  for (std::uint32_t line = *first; line < end; ++line) {
    if (!scene.layout(line).blank) {
      block.edits.push_back({line, 1, static_cast<std::uint32_t>(indent), ""});
    }
  }
  if (block.edits.size() > 1) {
    diagnosis.repairs.push_back(std::move(block));
  }
  return diagnosis;
}

std::optional<Diagnosis> repeated_format_line(const Scene& scene) {
  std::optional<std::uint32_t> first = first_content_line(scene);
  for (std::uint32_t line : scene.suspects()) {
    if (line == first || scene.layout(line).key != "bizmap" || scene.layout(line).dash) {
      continue;
    }
    Diagnosis diagnosis;
    diagnosis.line = line;
    diagnosis.column = scene.column(line, scene.layout(line).content);
    diagnosis.length = 6;
    diagnosis.message = fmt::format(
        "'bizmap: 1' is written again here (first on line {}); it belongs once, at the top of "
        "the file, and here it cuts the lines below it off from the ones above: remove this "
        "line",
        first.value_or(1));
    diagnosis.repairs.push_back({{blank_line_of(scene, line)}, ""});
    return diagnosis;
  }
  return std::nullopt;
}

} // namespace bizmap::yaml
