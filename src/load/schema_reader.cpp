#include "load/schema_reader.hpp"

#include "model/suggest.hpp"
#include "rules/rules.hpp"

#include <fmt/format.h>

namespace bizmap {

std::string_view describe(const yaml::Node& node) {
  switch (node.kind) {
  case yaml::NodeKind::map:
    return "a map";
  case yaml::NodeKind::sequence:
    return "a list";
  case yaml::NodeKind::null:
    return "empty";
  case yaml::NodeKind::scalar:
    break;
  }
  return yaml::is_null_scalar(node) ? "empty" : "a single value";
}

Diagnostic& SchemaReader::report(const Rule& rule, const Location& at, std::string message,
                                 std::string suggestion) {
  return findings_.emplace_back(
      Diagnostic{rule.id, rule.severity, at, std::move(message), std::move(suggestion), {}, {}});
}

void SchemaReader::attribute_since(std::size_t first, ElementKind kind, std::string_view id) {
  if (id.empty()) {
    return;
  }
  for (std::size_t i = first; i < findings_.size(); ++i) {
    if (!findings_[i].subject) {
      findings_[i].about(kind, id);
    }
  }
}

std::optional<std::string> SchemaReader::text(const yaml::Node& value, std::string_view key) {
  if (!value.is_scalar()) {
    report(rules::wrong_type, value.at,
           fmt::format("'{}' should be a single value, not {}", key, describe(value)));
    return std::nullopt;
  }
  return std::string(value.text());
}

// An empty name ("") names nothing: it counts as absent, like an empty value.
std::optional<Ref> SchemaReader::reference(const yaml::Node& value, std::string_view key) {
  std::optional<std::string> name = text(value, key);
  if (!name || name->empty()) {
    return std::nullopt;
  }
  return Ref{std::move(*name), value.at};
}

std::optional<std::string> SchemaReader::item_text(const yaml::Node& item, std::string_view key) {
  if (!item.is_scalar() || yaml::is_null_scalar(item)) {
    report(rules::wrong_type, item.at,
           fmt::format("an item of '{}' should be a single value, not {}", key, describe(item)));
    return std::nullopt;
  }
  if (item.text().empty()) {
    report(rules::invalid_value, item.at, fmt::format("an item of '{}' is empty", key));
    return std::nullopt;
  }
  return std::string(item.text());
}

std::span<const yaml::Node* const> SchemaReader::list(const yaml::Node& value,
                                                      std::string_view key) {
  if (yaml::is_null_scalar(value)) {
    return {};
  }
  if (!value.is_sequence()) {
    report(rules::wrong_type, value.at,
           fmt::format("'{}' should be a list, not {}{}", key, describe(value),
                       value.is_scalar() ? fmt::format("; write [{}]", value.text()) : ""));
    return {};
  }
  return value.children();
}

std::vector<Ref> SchemaReader::references(const yaml::Node& value, std::string_view key) {
  std::vector<Ref> refs;
  for (const yaml::Node* item : list(value, key)) {
    if (std::optional<std::string> name = item_text(*item, key)) {
      refs.push_back({std::move(*name), item->at});
    }
  }
  return refs;
}

std::vector<std::string> SchemaReader::texts(const yaml::Node& value, std::string_view key) {
  std::vector<std::string> values;
  for (const yaml::Node* item : list(value, key)) {
    if (std::optional<std::string> t = item_text(*item, key)) {
      values.push_back(std::move(*t));
    }
  }
  return values;
}

bool is_kebab_case(std::string_view id) {
  bool after_dash = true;
  for (char c : id) {
    bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c == '-' && !after_dash) {
      after_dash = true;
    } else if (alphanumeric) {
      after_dash = false;
    } else {
      return false;
    }
  }
  return !after_dash;
}

namespace {

std::string to_kebab_case(std::string_view text) {
  std::string id;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
    bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alphanumeric) {
      id += c;
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  while (!id.empty() && id.back() == '-') {
    id.pop_back();
  }
  return id;
}

} // namespace

std::optional<Ref> SchemaReader::id(const yaml::Node& value) {
  std::optional<Ref> ref = reference(value, "id");
  if (ref && !is_kebab_case(ref->id)) {
    std::string kebab = to_kebab_case(ref->id);
    report(rules::invalid_value, value.at,
           fmt::format(
               "id '{}' is not lower-case kebab-case{}", ref->id,
               did_you_mean(kebab.empty() ? std::nullopt : std::optional<std::string_view>(kebab))),
           kebab);
  }
  return ref;
}

bool SchemaReader::expect_map(const yaml::Node& value, std::string_view what) {
  if (value.is_map()) {
    return true;
  }
  report(rules::wrong_type, value.at,
         fmt::format("{} should be a map of keys, not {}", what, describe(value)));
  return false;
}

std::optional<std::string> SchemaReader::choice_text(const yaml::Node& value, std::string_view key,
                                                     std::span<const std::string_view> names) {
  std::optional<std::string> chosen = text(value, key);
  if (!chosen || std::find(names.begin(), names.end(), *chosen) != names.end()) {
    return chosen;
  }
  std::optional<std::string_view> near = closest(*chosen, names);
  report(rules::invalid_value, value.at,
         fmt::format("'{}' is not a valid {}: use one of {}{}", *chosen, key,
                     fmt::join(names, ", "), did_you_mean(near)),
         near ? std::string(*near) : "");
  return std::nullopt;
}

bool SchemaReader::claim(ElementKind kind, const Ref& id) {
  auto [first, inserted] = ids_[static_cast<int>(kind)].try_emplace(id.id, id.at);
  if (!inserted) {
    std::string_view name = kind == ElementKind::data ? "data item" : to_string(kind);
    report(rules::duplicate_id, id.at,
           fmt::format("{} id '{}' is already used by another {}", name, id.id, name))
        .note(first->second, fmt::format("the first {} '{}' is here", name, id.id));
  }
  return inserted;
}

void SchemaReader::report_missing(const Location& at, std::string_view element,
                                  std::string_view key) {
  report(rules::missing_field, at, fmt::format("{} has no '{}'", element, key));
}

void report_unknown_key(SchemaReader& reader, const yaml::Node& key,
                        std::span<const std::string_view> valid, std::string_view element) {
  if (!key.is_scalar()) {
    reader.report(
        rules::wrong_type, key.at,
        fmt::format("a key of {} should be a single word, not {}", element, describe(key)));
    return;
  }
  std::optional<std::string_view> near = closest(key.text(), valid);
  reader.report(rules::unknown_key, key.at,
                fmt::format("unknown key '{}' in {}{}", key.text(), element, did_you_mean(near)),
                near ? std::string(*near) : "");
}

} // namespace bizmap
