// `bizmap diff` reports a change to every key of the format. The models are
// written from the format's own description (format_elements()), so a key
// the format gains is walked here without a line of this file: a model that
// sets every key, and the same model with one key's value changed.
#include "load/format.hpp"
#include "support.hpp"

#include <bizmap/run.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

/// The key whose value the second model changes: its element's first
/// instance takes the second value.
struct Target {
  std::string element;
  std::string key;
};

std::string id_prefix(std::string_view element) {
  std::string prefix(element);
  std::replace(prefix.begin(), prefix.end(), ' ', '-');
  return prefix;
}

std::string_view element_named(ElementKind kind) {
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
      return fmt::format("{}-{}", id_prefix(element_named(field.format.names)), second ? 2 : 1);
    case ValueKind::choice: // not the first word: it may be what leaving the key out means
      return std::string(field.format.choices[second ? 2 : 1]);
    case ValueKind::duration:
      return second ? "45m" : "30m";
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

/// A detail of the diff, with the kind of element it is in ("business" for
/// the business and the `external` lists).
struct Shown {
  std::string kind, change, field, before, after;
};

std::vector<Shown> details_of(const nlohmann::json& diff) {
  std::vector<Shown> shown;
  auto add = [&](const std::string& kind, const nlohmann::json& detail) {
    shown.push_back({kind, detail["change"], detail["field"], detail.value("old", ""),
                     detail.value("new", "")});
  };
  for (const nlohmann::json& element : diff["elements"]) {
    shown.push_back({element["kind"], element["change"], "", "", ""});
    for (const nlohmann::json& detail : element["details"]) {
      add(element["kind"], detail);
    }
  }
  for (const nlohmann::json& detail : diff.value("business", nlohmann::json::array())) {
    add("business", detail);
  }
  return shown;
}

// The key a change of this element's key is reported under: its own, or for
// the elements of a step's lists, the list's ("links: ..." in a step's edit).
std::string reported_key(const Target& target) {
  if (target.element == "step" && target.key == "do") {
    return "steps"; // a step's action is what the step is: an edited step
  }
  if (target.element == "link") {
    return "links";
  }
  if (target.element == "what-if") {
    return "what_ifs";
  }
  return target.key;
}

// Whether the diff names the key and shows its value before and after (for
// a list of elements left out in part: names the key, or the element removed).
bool reports(const std::vector<Shown>& shown, const Target& target, const FieldFormat& format,
             const ModelWriter& writer) {
  std::string key = reported_key(target);
  auto names_key = [&](const Shown& s) {
    return s.field == key || s.field == "external." + key ||
           contains(s.before + "\n" + s.after, key + ": ");
  };
  bool named = std::any_of(shown.begin(), shown.end(), names_key);
  auto element_left = [&](std::string_view change) {
    return std::any_of(shown.begin(), shown.end(),
                       [&](const Shown& s) { return s.field.empty() && s.change == change; });
  };
  switch (format.kind) {
  case ValueKind::id:
    return element_left("renamed") || (element_left("removed") && element_left("added"));
  case ValueKind::element: // left out: what it held is reported
    return std::any_of(shown.begin(), shown.end(),
                       [](const Shown& s) { return s.kind == "business"; });
  case ValueKind::elements: // its first element left out
    return named || element_left("removed");
  default:
    break;
  }
  bool before = std::any_of(shown.begin(), shown.end(),
                            [&](const Shown& s) { return contains(s.before, writer.before); });
  bool after = std::any_of(shown.begin(), shown.end(),
                           [&](const Shown& s) { return contains(s.after, writer.after); });
  return named && before && after;
}

} // namespace

TEST_CASE("the model that sets every key of the format reads without a finding about its keys",
          "[diff]") {
  std::string model = ModelWriter(format_elements(), nullptr).model();
  INFO(model);
  for (const std::string& rule : rules_of(check_text(model))) {
    CHECK(rule != "unknown-key");
    CHECK(rule != "wrong-type");
    CHECK(rule != "invalid-value");
    CHECK(rule != "missing-field");
    CHECK(rule != "yaml-syntax");
  }
}

TEST_CASE("diff reports a change to the value of every key of the format", "[diff]") {
  std::vector<ElementFormat> elements = format_elements();
  fs::path folder = fresh_folder("diff-every-key");
  std::string base = ModelWriter(elements, nullptr).model();
  write_text(folder / "old" / "model.yaml", base);
  std::vector<std::string> missed;
  std::size_t keys = 0;
  std::size_t walked = 0;
  for (const ElementFormat& element : elements) {
    for (const FormatField& field : element.fields) {
      ++keys;
      if (field.format.kind == ValueKind::version) {
        continue; // `bizmap: 1` has one value only
      }
      Target target{std::string(element.name), std::string(field.key)};
      ModelWriter writer(elements, &target);
      std::string changed = writer.model();
      INFO(element.name << "." << field.key);
      REQUIRE(changed != base);
      write_text(folder / "new" / "model.yaml", changed);
      CliResult result = bizmap_cli(
          {"diff", (folder / "old").string(), (folder / "new").string(), "--format", "json"});
      INFO(result.err);
      REQUIRE(result.exit_code != 2);
      if (!reports(details_of(nlohmann::json::parse(result.out)), target, field.format, writer)) {
        missed.push_back(fmt::format("{}.{}", element.name, field.key));
      }
      ++walked;
    }
  }
  INFO("not reported: " << fmt::format("{}", fmt::join(missed, ", ")));
  CHECK(missed.empty());
  CHECK(walked + 1 == keys);
  CHECK(walked > 55); // every element's keys, not a table cut short
}
