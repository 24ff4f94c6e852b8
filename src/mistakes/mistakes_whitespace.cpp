// Tabs and look-alike spaces where YAML wants a plain space.
#include "mistakes/mistake_scene.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace bizmap::yaml {
namespace {

struct LookAlike {
  std::string_view bytes;
  std::string_view name;
  bool has_width; ///< looks like a space; the others are invisible
};

constexpr LookAlike look_alikes[] = {
    {"\xC2\xA0", "a non-breaking space (U+00A0)", true},
    {"\xE2\x80\xAF", "a narrow non-breaking space (U+202F)", true},
    {"\xE2\x80\x87", "a figure space (U+2007)", true},
    {"\xE3\x80\x80", "an ideographic space (U+3000)", true},
    {"\xE2\x80\x8B", "an invisible zero-width space (U+200B)", false},
    {"\xE2\x81\xA0", "an invisible word joiner (U+2060)", false},
    {"\xEF\xBB\xBF", "an invisible byte-order mark (U+FEFF)", false},
};

const LookAlike* look_alike_at(std::string_view line, std::size_t at) {
  for (const LookAlike& look_alike : look_alikes) {
    if (line.substr(at).starts_with(look_alike.bytes)) {
      return &look_alike;
    }
  }
  return nullptr;
}

// Byte offsets of look-alike spaces where YAML needs real ones: in the
// indentation, after a list dash, or right after a key's colon.
std::vector<std::size_t> look_alikes_in(std::string_view line) {
  std::vector<std::size_t> found;
  std::size_t i = 0;
  auto skip_blanks = [&] {
    for (;;) {
      if (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
        ++i;
      } else if (const LookAlike* look_alike = look_alike_at(line, i)) {
        found.push_back(i);
        i += look_alike->bytes.size();
      } else {
        return;
      }
    }
  };
  skip_blanks();
  while (i < line.size() && line[i] == '-' && (i + 1 == line.size() || line[i + 1] != '-')) {
    ++i;
    skip_blanks();
  }
  for (std::size_t colon = line.find(':', i); colon != std::string_view::npos;
       colon = line.find(':', colon + 1)) {
    if (look_alike_at(line, colon + 1) != nullptr) {
      i = colon + 1;
      skip_blanks();
      break;
    }
  }
  return found;
}

// Every look-alike of every line made a space (or removed, when invisible).
Repair replace_look_alikes(const Scene& scene, std::uint32_t from, std::uint32_t to, bool remove) {
  Repair repair;
  std::size_t lines = 0;
  for (std::uint32_t line = from; line <= to; ++line) {
    std::string_view text = scene.text(line);
    if (text.find('\xC2') == std::string_view::npos &&
        text.find('\xE2') == std::string_view::npos &&
        text.find('\xE3') == std::string_view::npos &&
        text.find('\xEF') == std::string_view::npos) {
      continue;
    }
    std::vector<std::size_t> found = look_alikes_in(text);
    lines += found.empty() ? 0 : 1;
    for (std::size_t at : found) {
      bool invisible = !look_alike_at(text, at)->has_width;
      repair.edits.push_back({line, scene.column(line, at), 1, remove && invisible ? "" : " "});
    }
  }
  if (lines > 1) {
    repair.advice = fmt::format(" (bizmap read such characters as spaces on all {} lines "
                                "that have them)",
                                lines);
  }
  return repair;
}

std::string_view tab_kind(std::string_view indentation) {
  bool spaces = indentation.find(' ') != std::string_view::npos;
  return spaces ? "spaces and a tab" : "a tab";
}

// Each line's leading tabs expanded to stops every `width` columns.
Repair expand_tabs(const Scene& scene, std::size_t width) {
  Repair repair;
  std::size_t lines = 0;
  for (std::uint32_t line = 1; line <= scene.lines(); ++line) {
    std::string_view text = scene.text(line);
    std::size_t leading = text.find_first_not_of(" \t");
    leading = leading == std::string_view::npos ? text.size() : leading;
    if (text.substr(0, leading).find('\t') == std::string_view::npos) {
      continue;
    }
    std::size_t columns = 0;
    for (char c : text.substr(0, leading)) {
      columns = c == '\t' ? (columns / width + 1) * width : columns + 1;
    }
    repair.edits.push_back(
        {line, 1, static_cast<std::uint32_t>(leading), std::string(columns, ' ')});
    ++lines;
  }
  repair.advice = fmt::format(" (bizmap read each tab as up to {} spaces on all {} lines "
                              "indented with tabs)",
                              width, lines);
  return repair;
}

} // namespace

std::optional<Diagnosis> invisible_space(const Scene& scene) {
  for (std::uint32_t line : scene.suspects()) {
    std::string_view text = scene.text(line);
    std::vector<std::size_t> found = look_alikes_in(text);
    if (found.empty()) {
      continue;
    }
    const LookAlike& first = *look_alike_at(text, found.front());
    Diagnosis diagnosis;
    diagnosis.line = line;
    diagnosis.column = scene.column(line, found.front());
    diagnosis.message =
        first.has_width
            ? fmt::format("this line has {} where YAML needs an ordinary space: it looks like a "
                          "space, but YAML does not count it as one (such characters come with "
                          "text pasted from a web page or a word processor); delete it and type "
                          "a space",
                          first.name)
            : fmt::format("this line has {} where YAML expects only spaces (such characters "
                          "come with text pasted from a web page or a word processor, or where "
                          "two files were joined); delete it",
                          first.name);
    Repair everywhere = replace_look_alikes(scene, 1, scene.lines(), false);
    diagnosis.repairs.push_back(replace_look_alikes(scene, line, line, !first.has_width));
    diagnosis.repairs.push_back(replace_look_alikes(scene, line, line, false));
    diagnosis.repairs.push_back(std::move(everywhere));
    diagnosis.repairs.push_back(replace_look_alikes(scene, 1, scene.lines(), true));
    return diagnosis;
  }
  return std::nullopt;
}

std::optional<Diagnosis> tab_in_indentation(const Scene& scene) {
  for (std::uint32_t line : scene.suspects()) {
    std::string_view text = scene.text(line);
    std::size_t leading = text.find_first_not_of(" \t");
    leading = leading == std::string_view::npos ? text.size() : leading;
    std::size_t tab = text.substr(0, leading).find('\t');
    bool after_dash = false;
    if (tab == std::string_view::npos && leading + 1 < text.size() && text[leading] == '-' &&
        text[leading + 1] == '\t') {
      tab = leading + 1;
      after_dash = true;
    }
    if (tab == std::string_view::npos) {
      continue;
    }
    Diagnosis diagnosis;
    diagnosis.line = line;
    diagnosis.column = scene.column(line, tab);
    if (after_dash) {
      diagnosis.message = "a tab follows the '-' of this list item, and YAML wants a space "
                          "there: replace the tab with a space";
      std::size_t spaces = text.find_first_not_of('\t', tab) - tab;
      diagnosis.repairs.push_back(
          {{{line, diagnosis.column, static_cast<std::uint32_t>(spaces), " "}}, ""});
      return diagnosis;
    }
    diagnosis.message = fmt::format(
        "this line is indented with {}, and YAML allows only spaces for indentation (a tab "
        "looks like 2, 4 or 8 spaces depending on the editor): replace the tab with spaces",
        tab_kind(text.substr(0, leading)));
    diagnosis.repairs = indentation_repairs(scene, line, std::nullopt);
    for (std::size_t width : {8, 4, 2}) {
      diagnosis.repairs.push_back(expand_tabs(scene, width));
    }
    return diagnosis;
  }
  return std::nullopt;
}

} // namespace bizmap::yaml
