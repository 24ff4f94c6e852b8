#include "load/schema_reader.hpp"

#include "model/ids.hpp"
#include "model/suggest.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"

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
  return findings_.emplace_back(Diagnostic{
      rule.id, rule.severity, at, std::move(message), std::move(suggestion), {}, {}, {}});
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

namespace {

std::string lower_case(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return lower;
}

// 'owner: no' says there is none, as 'owner: none' or 'owner: n/a' do.
bool names_nobody(const yaml::Node& value) {
  constexpr std::string_view nobody[] = {"no", "none", "nobody", "n/a", "false", "off", "tbd"};
  std::string lower = lower_case(value.text());
  return !value.quoted &&
         std::find(std::begin(nobody), std::end(nobody), lower) != std::end(nobody);
}

} // namespace

// An empty name ("") names nothing: it counts as absent, like an empty
// value, and so does a plain 'no' or 'none'.
std::optional<Ref> SchemaReader::reference(const yaml::Node& value, std::string_view key) {
  std::optional<std::string> name = text(value, key);
  if (!name || name->empty() || names_nobody(value)) {
    return std::nullopt;
  }
  return Ref{std::move(*name), value.at};
}

std::optional<std::string> SchemaReader::item_text(const yaml::Node& item, std::string_view key) {
  // '- supplier-invoice: check it twice': a note after the id made it a map.
  // (A map written as one, '{name: Card reader}', starts before its key.)
  bool written_as_item = item.is_map() && item.map_size() == 1 && item.key(0).is_scalar() &&
                         !item.key(0).text().empty() && item.key(0).at.line == item.at.line &&
                         item.key(0).at.column == item.at.column;
  if (written_as_item) {
    std::string_view name = item.key(0).text();
    report(rules::wrong_type, item.at,
           fmt::format("an item of '{}' should be a single value, not a map: the ': ' after '{}' "
                       "makes it one; bizmap reads the item as '{}' (write a note as a comment, "
                       "after ' #')",
                       key, name, name));
    return std::string(name);
  }
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

std::span<const yaml::Node* const> SchemaReader::list(const yaml::Node& value, std::string_view key,
                                                      Items items) {
  if (yaml::is_null_scalar(value)) {
    return {};
  }
  if (value.is_sequence()) {
    return value.children();
  }
  bool lone_value = value.is_scalar() && items != Items::maps;
  bool lone_map = value.is_map() && items != Items::values;
  if (lone_value) {
    report(rules::wrong_type, value.at,
           fmt::format("'{}' should be a list, not a single value; write [{}]; bizmap reads it "
                       "as a list of one",
                       key, value.text()));
  } else if (lone_map) {
    report(rules::wrong_type, value.at,
           fmt::format("'{}' should be a list, not a map: start each of its items with '- '; "
                       "bizmap reads this map as a list of one item",
                       key));
  } else {
    report(rules::wrong_type, value.at,
           fmt::format("'{}' should be a list, not {}", key, describe(value)));
    return {};
  }
  lone_items_.push_back(&value);
  return {&lone_items_.back(), 1};
}

// inputs: stock-count, till-roll
std::vector<Ref> SchemaReader::separated_references(const yaml::Node& value, std::string_view key) {
  std::vector<Ref> refs;
  std::string_view text = value.text();
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = std::min(text.find(',', begin), text.size());
    std::string_view part = text.substr(begin, end - begin);
    std::size_t first = part.find_first_not_of(' ');
    std::size_t last = part.find_last_not_of(' ');
    if (first != std::string_view::npos) {
      part = part.substr(first, last - first + 1);
      Location at = value.at;
      at.column += count_characters(text.substr(0, begin + first));
      at.length = count_characters(part);
      refs.push_back({std::string(part), at});
    }
    begin = end + 1;
  }
  report(rules::wrong_type, value.at,
         fmt::format("'{}' should be a list, not a single value; write [{}]; bizmap reads it as "
                     "a list of {}",
                     key, text, refs.size()));
  return refs;
}

std::vector<Ref> SchemaReader::references(const yaml::Node& value, std::string_view key) {
  if (value.is_scalar() && !value.quoted && value.text().find(',') != std::string_view::npos) {
    return separated_references(value, key);
  }
  std::vector<Ref> refs;
  for (const yaml::Node* item : list(value, key, Items::values)) {
    if (std::optional<std::string> name = item_text(*item, key)) {
      refs.push_back({std::move(*name), item->at});
    }
  }
  return refs;
}

std::vector<std::string> SchemaReader::texts(const yaml::Node& value, std::string_view key) {
  std::vector<std::string> values;
  for (const yaml::Node* item : list(value, key, Items::values)) {
    if (std::optional<std::string> t = item_text(*item, key)) {
      values.push_back(std::move(*t));
    }
  }
  return values;
}

std::optional<Ref> SchemaReader::id(const yaml::Node& value) {
  std::optional<std::string> name = text(value, "id");
  std::optional<Ref> ref;
  if (name && !name->empty()) {
    ref = Ref{std::move(*name), value.at};
  }
  if (ref && !is_kebab_case_id(ref->id)) {
    std::string kebab = as_kebab_case_id(ref->id);
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

std::optional<std::string> SchemaReader::chosen_word(const yaml::Node& value, std::string_view key,
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

namespace {

// The key without invisible characters (a byte-order mark or zero-width
// space pasted with it) and in lower case: 'Owner' and '\uFEFFsystems'.
std::string plain_key(std::string_view key, bool& had_invisible) {
  constexpr std::string_view invisible[] = {"\xEF\xBB\xBF", "\xE2\x80\x8B", "\xE2\x81\xA0",
                                            "\xC2\xA0"};
  std::string plain;
  had_invisible = false;
  for (std::size_t i = 0; i < key.size();) {
    auto match =
        std::find_if(std::begin(invisible), std::end(invisible),
                     [&](std::string_view mark) { return key.substr(i).starts_with(mark); });
    if (match != std::end(invisible)) {
      had_invisible = true;
      i += match->size();
    } else {
      plain += key[i++];
    }
  }
  return lower_case(plain);
}

} // namespace

namespace {

// A word after a comma of the value before it, on the same line: a key
// without a value, as a flow map reads it.
bool is_text_after_comma(const yaml::Node& map, std::size_t i) {
  const yaml::Node& key = map.key(i);
  const yaml::Node& before = map.value(i - 1);
  return key.is_scalar() && !key.quoted && yaml::is_null_scalar(map.value(i)) &&
         !map.value(i).quoted && before.is_scalar() && !before.quoted && !before.text().empty() &&
         before.at.line == key.at.line && before.at.column + before.at.length < key.at.column;
}

// More text after another comma: a key without a value after the last one.
bool is_more_text(const yaml::Node& map, std::size_t i) {
  const yaml::Node& key = map.key(i);
  return key.is_scalar() && !key.quoted && yaml::is_null_scalar(map.value(i)) &&
         !map.value(i).quoted && map.key(i - 1).at.line == key.at.line;
}

} // namespace

std::size_t report_comma_in_value(SchemaReader& reader, const yaml::Node& map, std::size_t i) {
  if (i == 0 || !is_text_after_comma(map, i)) {
    return 0;
  }
  std::size_t keys = 1;
  while (i + keys < map.map_size() && is_more_text(map, i + keys)) {
    ++keys;
  }
  std::string whole(map.value(i - 1).text());
  for (std::size_t k = i; k < i + keys; ++k) {
    whole += fmt::format(", {}", map.key(k).text());
  }
  const yaml::Node& value = map.value(i - 1);
  const yaml::Node& last = map.key(i + keys - 1);
  Location at = value.at;
  at.length = last.at.column + last.at.length - value.at.column;
  reader.report(rules::unknown_key, at,
                fmt::format("the value of '{}' has a comma in it, and in braces a comma ends "
                            "a value, so YAML reads the rest as {}: put the value in quotes: "
                            "{}: \"{}\"; bizmap reads only '{}'",
                            map.key(i - 1).text(),
                            keys == 1 ? fmt::format("a key '{}'", map.key(i).text())
                                      : fmt::format("{} keys", keys),
                            map.key(i - 1).text(), whole, value.text()));
  return keys;
}

std::optional<std::string_view> report_unknown_key(SchemaReader& reader, const yaml::Node& key,
                                                   std::span<const std::string_view> valid,
                                                   std::string_view element) {
  if (!key.is_scalar()) {
    reader.report(
        rules::wrong_type, key.at,
        fmt::format("a key of {} should be a single word, not {}", element, describe(key)));
    return std::nullopt;
  }
  bool had_invisible = false;
  std::string plain = plain_key(key.text(), had_invisible);
  auto same = std::find(valid.begin(), valid.end(), plain);
  if (same != valid.end()) {
    std::string why = had_invisible
                          ? "it has an invisible character in it, pasted with it: "
                            "delete the key and type it again"
                          : fmt::format("keys are written in lower case: write '{}'", *same);
    reader.report(rules::unknown_key, key.at,
                  fmt::format("unknown key '{}' in {}: {}; bizmap reads it as '{}'", key.text(),
                              element, why, *same),
                  std::string(*same));
    return *same;
  }
  std::optional<std::string_view> near = closest(key.text(), valid);
  std::optional<std::string_view> read_as = only_close_match(key.text(), valid);
  reader.report(rules::unknown_key, key.at,
                fmt::format("unknown key '{}' in {}{}{}", key.text(), element, did_you_mean(near),
                            read_as ? fmt::format(" bizmap reads it as '{}'", *read_as) : ""),
                near ? std::string(*near) : "");
  return read_as;
}

} // namespace bizmap
