// Reading a baseline file with nlohmann/json, each entry placed on its line
// so that a stale one can be shown where it is written.
#include "baseline/baseline.hpp"
#include "model/enum_names.hpp"
#include "text/text.hpp"

#include <bizmap/usage_error.hpp>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace bizmap {
namespace {

using nlohmann::json;

// An input iterator over the text that records how far the parser has read,
// so that the offset of each entry's `{` is known when the parser meets it.
class ReadingIterator {
public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  ReadingIterator(const char* at, const char** furthest) : at_(at), furthest_(furthest) {}

  reference operator*() const { return *at_; }
  ReadingIterator& operator++() {
    *furthest_ = ++at_;
    return *this;
  }
  ReadingIterator operator++(int) {
    ReadingIterator before = *this;
    ++*this;
    return before;
  }
  friend bool operator==(const ReadingIterator& a, const ReadingIterator& b) {
    return a.at_ == b.at_;
  }

private:
  const char* at_;
  const char** furthest_;
};

class BaselineReader {
public:
  BaselineReader(std::string path, std::string text)
      : baseline_{std::move(path), std::move(text), {}}, lines_(baseline_.text) {}

  Baseline read() && {
    json document = parse();
    if (!document.is_object()) {
      fail(0, "a baseline is a JSON object with 'bizmap_baseline' and 'findings'");
    }
    read_top(document);
    return std::move(baseline_);
  }

private:
  json parse() {
    const char* begin = baseline_.text.data();
    const char* furthest = begin;
    ReadingIterator first(begin, &furthest);
    ReadingIterator last(begin + baseline_.text.size(), &furthest);
    auto place_entries = [&](int depth, json::parse_event_t event, json&) {
      if (depth == 2 && event == json::parse_event_t::object_start) {
        entry_offsets_.push_back(static_cast<std::size_t>(furthest - begin) - 1);
      }
      return true;
    };
    try {
      return json::parse(first, last, place_entries);
    } catch (const json::parse_error& error) {
      std::string what = error.what();
      std::size_t reason = what.find(": ", what.find("column"));
      fail(error.byte > 0 ? error.byte - 1 : 0,
           fmt::format("not valid JSON: {}",
                       reason == std::string::npos ? what : what.substr(reason + 2)));
    }
  }

  void read_top(const json& document) {
    bool versioned = false;
    for (const auto& [key, value] : document.items()) {
      if (key == "bizmap_baseline") {
        if (!value.is_number_integer() || value.get<long long>() != 1) {
          fail(0, "'bizmap_baseline' must be 1, the version of the baseline format");
        }
        versioned = true;
      } else if (key == "findings") {
        read_entries(value);
      } else {
        fail(0,
             fmt::format("unknown key '{}'; a baseline has 'bizmap_baseline' and 'findings'", key));
      }
    }
    if (!versioned) {
      fail(0, "this is not a bizmap baseline: it has no 'bizmap_baseline': 1");
    }
  }

  void read_entries(const json& entries) {
    if (!entries.is_array()) {
      fail(0, "'findings' must be a list of entries");
    }
    std::map<FindingKey, Location> seen;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      std::size_t offset = i < entry_offsets_.size() ? entry_offsets_[i] : 0;
      BaselineEntry entry = read_entry(entries[i], offset);
      auto [first, added] = seen.try_emplace(entry.key, entry.at);
      if (!added) {
        fail(offset, fmt::format("this entry records the same finding as the one on line {}; keep "
                                 "one, with the number of findings it should hide",
                                 first->second.line));
      }
      baseline_.entries.push_back(std::move(entry));
    }
  }

  BaselineEntry read_entry(const json& item, std::size_t offset) {
    if (!item.is_object()) {
      fail(offset, "an entry of 'findings' must be an object");
    }
    BaselineEntry entry;
    entry.at = place(offset);
    std::map<std::string, std::string*> texts{{"rule", &entry.key.rule},
                                              {"file", &entry.key.file},
                                              {"kind", &entry.key.subject_kind},
                                              {"id", &entry.key.subject_id},
                                              {"message", &entry.key.message}};
    for (const auto& [key, value] : item.items()) {
      auto text = texts.find(key);
      if (text != texts.end() && value.is_string()) {
        *text->second = value.get<std::string>();
      } else if (key == "count" && value.is_number_unsigned() && value.get<std::size_t>() > 0) {
        entry.count = value.get<std::size_t>();
      } else {
        fail(offset, text != texts.end() || key == "count"
                         ? fmt::format("'{}' of this entry must be {}", key,
                                       key == "count" ? "a whole number above 0" : "text")
                         : fmt::format("unknown key '{}' in this entry", key));
      }
    }
    for (std::string_view required : {"rule", "file", "message"}) {
      if (!item.contains(required)) {
        fail(offset, fmt::format("this entry has no '{}'", required));
      }
    }
    if (item.contains("kind") != item.contains("id")) {
      fail(offset, "an entry names its element with both 'kind' and 'id', or with neither");
    }
    if (item.contains("kind") &&
        !value_named<ElementKind>(entry.key.subject_kind, element_kind_names)) {
      fail(offset, fmt::format("'kind' of this entry is '{}', which is not one of system, "
                               "process, role, tool, data",
                               entry.key.subject_kind));
    }
    return entry;
  }

  Location place(std::size_t offset) const {
    return {0, lines_.line_of(offset), lines_.column_of(offset), 1};
  }

  [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
    Location at = place(std::min(offset, baseline_.text.size()));
    throw UsageError(fmt::format("{}:{}:{}: {}", baseline_.path, at.line, at.column, message));
  }

  Baseline baseline_;
  LineIndex lines_;
  std::vector<std::size_t> entry_offsets_;
};

} // namespace

Baseline read_baseline(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    throw UsageError(fmt::format("cannot read baseline file '{}'", path));
  }
  std::ostringstream text;
  text << stream.rdbuf();
  return BaselineReader(path, text.str()).read();
}

Baseline read_baseline(const std::string& path, std::string text) {
  return BaselineReader(path, std::move(text)).read();
}

} // namespace bizmap
