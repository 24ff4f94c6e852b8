#pragma once

// A model that sets every key of the format, written from the format's own
// description (format_elements()), and the same model with one key's value
// changed: the every-key tests of `diff` and of the report walk it.
#include "load/format.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap::testing {

/// The key whose value the second model changes: its element's first
/// instance takes the second value.
struct Target {
  std::string element;
  std::string key;
};

inline std::string id_prefix(std::string_view element) {
  std::string prefix(element);
  std::replace(prefix.begin(), prefix.end(), ' ', '-');
  return prefix;
}

inline std::string_view element_named(ElementKind kind) {
  switch (kind) {
  case ElementKind::data:
    return "data item";
  default:
    return to_string(kind);
  }
}

// Writes a model that sets every key, from the format's description. Every
// instance gets values of its own (a counter), and the element named by the
// target is written twice over in the same order either way, so that the
// two models differ in the target's value only.
class ModelWriter {
public:
  ModelWriter(const std::vector<ElementFormat>& elements, const Target* target)
      : elements_(elements), target_(target) {}

  std::string model() {
    std::string text;
    write_keys(*find_element(elements_, "model"), 0, 0, text);
    return text;
  }

  /// The value of the target as written in each model, unquoted.
  std::string before, after;

private:
  void write_keys(const ElementFormat& element, int indent, int depth, std::string& text) {
    int instance = ++instances_[std::string(element.name)];
    bool target_here = target_ != nullptr && target_->element == element.name && instance == 1;
    for (const FormatField& field : element.fields) {
      bool changed = target_here && target_->key == field.key;
      if (field.format.kind == ValueKind::elements && field.key == "systems" && depth > 1) {
        continue; // subsystems one level deep
      }
      std::string key_text = fmt::format("{}{}:", std::string(indent, ' '), field.key);
      switch (field.format.kind) {
      case ValueKind::element: {
        std::string nested;
        write_keys(*find_element(elements_, field.format.element), indent + 2, depth + 1, nested);
        if (!changed) {
          text += key_text + "\n" + nested;
        }
        break;
      }
      case ValueKind::elements:
        text += key_text + "\n";
        for (int i = 0; i < 2; ++i) {
          std::string item;
          write_keys(*find_element(elements_, field.format.element), indent + 2, depth + 1, item);
          item.replace(static_cast<std::size_t>(indent), 2, "- ");
          if (!(changed && i == 0)) {
            text += item;
          }
        }
        break;
      default: {
        std::string first = value(element, field, instance, false);
        std::string second = value(element, field, instance, true);
        if (changed) {
          before = first;
          after = second;
        }
        text += fmt::format("{} {}\n", key_text, quoted(field, changed ? second : first));
      }
      }
    }
  }

  static std::string quoted(const FormatField& field, const std::string& value) {
    switch (field.format.kind) {
    case ValueKind::references:
    case ValueKind::inputs:
    case ValueKind::texts:
      return fmt::format("['{}']", value);
    case ValueKind::text:
      return fmt::format("'{}'", value);
    default:
      return value;
    }
  }

  // Values that read as the format asks: where a text has a syntax of its
  // own, its key names it.
  static std::string value(const ElementFormat& element, const FormatField& field, int instance,
                           bool second) {
    const std::string_view key = field.key;
    switch (field.format.kind) {
    case ValueKind::version:
      return "1";
    case ValueKind::id:
      return fmt::format("{}-{}{}", id_prefix(element.name), instance, second ? "-renamed" : "");
    case ValueKind::reference:
    case ValueKind::references:
    case ValueKind::inputs:
      return fmt::format("{}-{}", id_prefix(element_named(field.format.names)), second ? 2 : 1);
    case ValueKind::choice: // not the first word: it may be what leaving the key out means
      return std::string(
          field.format.choices[second ? (field.format.choices.size() > 2 ? 2 : 0) : 1]);
    case ValueKind::duration:
      return second ? "45m" : "30m";
    case ValueKind::number: // within every number key's range: people, hours, days, percent
      return second ? "3" : "2";
    case ValueKind::volume:
      return second ? "3/week" : "2/week";
    case ValueKind::texts:
      return fmt::format("{} {} {}", key, instance, second ? "two" : "one");
    default:
      break;
    }
    if (key == "reviewed") {
      return second ? "2026-02-05" : "2026-01-05";
    }
    if (key == "review_every") {
      return second ? "1y" : "6mo";
    }
    if (key == "url") {
      return fmt::format("https://example.com/{}/{}", instance, second ? "two" : "one");
    }
    return fmt::format("{} {} {} {}", element.name, key, instance, second ? "changed" : "first");
  }

  const std::vector<ElementFormat>& elements_;
  const Target* target_;
  std::map<std::string, int> instances_;
};

} // namespace bizmap::testing
