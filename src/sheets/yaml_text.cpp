// Writing a model file as a person lays it out, recording where each value
// from a cell ends up, so that a finding about it points at the cell.
#include "sheets/yaml_text.hpp"

#include "text/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace bizmap::sheets {
namespace {

// Words YAML 1.1 or 1.2 reads as something other than text when plain.
bool is_special_word(std::string_view text) {
  constexpr std::array<std::string_view, 22> words = {
      "y", "n",   "yes", "no", "on",  "off",  "true",  "false", "null", "~",  "Y",
      "N", "Yes", "No",  "On", "Off", "True", "False", "Null",  "YES",  "NO", "NULL"};
  if (std::find(words.begin(), words.end(), text) != words.end()) {
    return true;
  }
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return lower == "true" || lower == "false" || lower == "null" || lower == "yes" ||
         lower == "no" || lower == "on" || lower == "off" || lower == ".nan" || lower == ".inf" ||
         lower == "-.inf" || lower == "+.inf";
}

// U+0085, U+2028, U+2029 break lines to YAML, and U+FEFF is a byte-order mark.
bool has_special_code_point(std::string_view text) {
  return text.find("\xC2\x85") != std::string_view::npos ||
         text.find("\xE2\x80\xA8") != std::string_view::npos ||
         text.find("\xE2\x80\xA9") != std::string_view::npos ||
         text.find("\xEF\xBB\xBF") != std::string_view::npos;
}

bool has_control(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7F;
  });
}

bool plain_is_safe(std::string_view text, bool flow) {
  if (text.empty() || is_special_word(text) || has_special_code_point(text) || has_control(text) ||
      text.find('\n') != std::string_view::npos) {
    return false;
  }
  constexpr std::string_view bad_start = "-?:,[]{}#&*!|>'\"%@` ";
  if (bad_start.find(text.front()) != std::string_view::npos || text.back() == ' ' ||
      text.back() == ':') {
    return false;
  }
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) {
    return false;
  }
  return !flow || text.find_first_of(",[]{}:#?") == std::string_view::npos;
}

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    std::string_view rest = text.substr(i);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02X}", c);
    } else if (rest.starts_with("\xC2\x85")) {
      out += "\\u0085";
      ++i;
    } else if (rest.starts_with("\xE2\x80\xA8") || rest.starts_with("\xE2\x80\xA9") ||
               rest.starts_with("\xEF\xBB\xBF")) {
      out += rest.starts_with("\xE2\x80\xA8")   ? "\\u2028"
             : rest.starts_with("\xE2\x80\xA9") ? "\\u2029"
                                                : "\\uFEFF";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
  return out;
}

// A text of several lines that a literal block (`|`) keeps as it is: no
// control characters but line ends, no line of blanks alone, and a first
// line that does not start with a blank.
bool fits_literal_block(std::string_view text) {
  if (text.find('\n') == std::string_view::npos || has_control(text) ||
      has_special_code_point(text) || text.front() == ' ' || text.front() == '\n') {
    return false;
  }
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    std::string_view line =
        text.substr(start, end == std::string_view::npos ? text.npos : end - start);
    if (!line.empty() && line.find_first_not_of(' ') == std::string_view::npos) {
      return false;
    }
    if (end == std::string_view::npos) {
      break;
    }
    start = end + 1;
  }
  return true;
}

class Writer {
public:
  WrittenFile take() { return std::move(file_); }

  void top(const YamlValue& document) {
    for (const auto& [key, value] : document.entries) {
      entry(key, value, 0);
    }
  }

private:
  void entry(const std::string& key, const YamlValue& value, std::size_t indent) {
    put(key);
    put(":");
    if (value.kind == YamlValue::Kind::scalar) {
      put(" ");
      scalar(value, indent);
      newline();
    } else if (value.flow) {
      put(" ");
      flow(value);
      newline();
    } else {
      newline();
      block(value, indent + 2); // a map's keys and a list's dashes alike
    }
  }

  void block(const YamlValue& value, std::size_t indent) {
    if (value.kind == YamlValue::Kind::map) {
      for (const auto& [key, entry_value] : value.entries) {
        put(std::string(indent, ' '));
        entry(key, entry_value, indent);
      }
      return;
    }
    for (const YamlValue& item : value.items) {
      put(std::string(indent, ' '));
      put("- ");
      if (item.kind == YamlValue::Kind::scalar) {
        scalar(item, indent + 2);
        newline();
      } else if (item.kind == YamlValue::Kind::map && !item.flow) {
        bool first = true;
        for (const auto& [key, entry_value] : item.entries) {
          if (!first) {
            put(std::string(indent + 2, ' '));
          }
          first = false;
          entry(key, entry_value, indent + 2);
        }
        if (first) {
          put("{}");
          newline();
        }
      } else {
        // A flow item, and a list in a list, are written on the dash's line.
        flow(item);
        newline();
      }
    }
  }

  void flow(const YamlValue& value) {
    bool map = value.kind == YamlValue::Kind::map;
    put(map ? "{" : "[");
    std::size_t count = map ? value.entries.size() : value.items.size();
    for (std::size_t i = 0; i < count; ++i) {
      if (i > 0) {
        put(", ");
      }
      const YamlValue& item = map ? value.entries[i].value : value.items[i];
      if (map) {
        put(value.entries[i].key);
        put(": ");
      }
      if (item.kind == YamlValue::Kind::scalar) {
        placed(item, yaml_scalar(item.text, true));
      } else {
        flow(item);
      }
    }
    put(map ? "}" : "]");
  }

  void scalar(const YamlValue& value, std::size_t indent) {
    if (!fits_literal_block(value.text)) {
      placed(value, yaml_scalar(value.text, false));
      return;
    }
    std::string_view text = value.text;
    std::size_t ends = text.size() - text.find_last_not_of('\n') - 1;
    placed(value, ends == 0 ? "|-" : ends == 1 ? "|" : "|+");
    std::string_view body = text.substr(0, text.size() - ends);
    std::string pad(indent + 2, ' ');
    std::size_t start = 0;
    for (;;) {
      std::size_t end = body.find('\n', start);
      std::string_view line =
          body.substr(start, end == std::string_view::npos ? body.npos : end - start);
      newline();
      if (!line.empty()) {
        put(pad);
        put(line);
      }
      if (end == std::string_view::npos) {
        break;
      }
      start = end + 1;
    }
    for (std::size_t i = 1; i < ends; ++i) {
      newline();
    }
  }

  void placed(const YamlValue& value, std::string_view written) {
    if (value.origin) {
      std::uint32_t first = column();
      file_.places.push_back({line_, first,
                              first + std::max<std::uint32_t>(1, count_characters(written)) - 1,
                              *value.origin});
    }
    put(written);
  }

  // Counted from where the last count stopped, so a long line costs its length once.
  std::uint32_t column() {
    column_ += count_characters(std::string_view(file_.text).substr(counted_));
    counted_ = file_.text.size();
    return column_ + 1;
  }

  void put(std::string_view text) { file_.text.append(text); }
  void newline() {
    file_.text += '\n';
    ++line_;
    counted_ = file_.text.size();
    column_ = 0;
  }

  WrittenFile file_;
  std::uint32_t line_ = 1;
  std::size_t counted_ = 0;  ///< the bytes of the line counted in column_
  std::uint32_t column_ = 0; ///< characters on the line before counted_
};

} // namespace

YamlValue YamlValue::scalar(std::string text, std::optional<Origin> origin) {
  YamlValue value;
  value.text = std::move(text);
  value.origin = origin;
  return value;
}

YamlValue YamlValue::sequence(bool flow) {
  YamlValue value;
  value.kind = Kind::sequence;
  value.flow = flow;
  return value;
}

YamlValue YamlValue::map(bool flow) {
  YamlValue value;
  value.kind = Kind::map;
  value.flow = flow;
  return value;
}

YamlValue& YamlValue::add(std::string key, YamlValue value) {
  entries.push_back({std::move(key), std::move(value)});
  return entries.back().value;
}

std::string yaml_scalar(std::string_view text, bool flow) {
  return plain_is_safe(text, flow) ? std::string(text) : double_quoted(text);
}

WrittenFile write_yaml(const YamlValue& document) {
  Writer writer;
  writer.top(document);
  return writer.take();
}

} // namespace bizmap::sheets
