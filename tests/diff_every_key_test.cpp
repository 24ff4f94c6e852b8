// `bizmap diff` reports a change to every key of the format. The models are
// written from the format's own description (format_elements()), so a key
// the format gains is walked here without a line of this file: a model that
// sets every key, and the same model with one key's value changed.
#include "load/format.hpp"
#include "model_writer.hpp"
#include "support.hpp"

#include <bizmap/run.hpp>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

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
  if (target.element == "calendar") {
    return "calendar"; // one line: "7.5 hours a day, 5 days a week"
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
      if (element.name == "input choice") {
        ++walked; // one line of `inputs`: the test below changes its alternatives and shares
        continue;
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

TEST_CASE("diff reports a one_of input's alternatives and shares as one line of inputs", "[diff]") {
  fs::path folder = fresh_folder("diff-one-of");
  auto model = [](std::string_view choice) {
    return fmt::format(R"(bizmap: 1
external: {{inputs: [paid, chased, feed]}}
systems:
  - id: books
    processes:
      - id: reconcile
        owner: bookkeeper
        inputs:
          - feed
          - {}
)",
                       choice);
  };
  write_text(folder / "old" / "model.yaml", model("one_of: [paid, chased]"));
  write_text(folder / "new" / "model.yaml", model("{one_of: [paid, chased], share: [95, 5]}"));
  CliResult result = bizmap_cli(
      {"diff", (folder / "old").string(), (folder / "new").string(), "--format", "json"});
  std::vector<Shown> shown = details_of(nlohmann::json::parse(result.out));
  auto has = [&](std::string_view change, std::string_view text) {
    return std::any_of(shown.begin(), shown.end(), [&](const Shown& s) {
      return s.field == "inputs" && s.change == change && (s.before == text || s.after == text);
    });
  };
  CHECK(has("removed", "one of: paid | chased"));
  CHECK(has("added", "one of: paid | chased (95/5)"));
}
