#include "rules/support.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <limits>

namespace bizmap::rules {

std::string did_you_mean(const std::optional<std::string_view>& suggestion) {
  return suggestion ? fmt::format("; did you mean '{}'?", *suggestion) : std::string();
}

namespace {

template <class Element>
bool may_go_on_unread(const Model& model, const std::vector<Element>& elements, std::size_t index) {
  if (model.unread.empty()) {
    return false;
  }
  const Location& at = elements[index].id.at;
  std::uint32_t next = std::numeric_limits<std::uint32_t>::max();
  if (index + 1 < elements.size() && elements[index + 1].id.at.file == at.file) {
    next = elements[index + 1].id.at.line;
  }
  return std::any_of(model.unread.begin(), model.unread.end(), [&](const UnreadLines& lines) {
    return lines.file == at.file && lines.first > at.line && lines.first < next;
  });
}

} // namespace

std::string comparable_name(std::string_view name) {
  std::size_t first = name.find_first_not_of(" \t");
  std::size_t last = name.find_last_not_of(" \t");
  std::string comparable(first == std::string_view::npos ? ""
                                                         : name.substr(first, last - first + 1));
  for (char& c : comparable) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return comparable;
}

std::string as_id(std::string_view name) {
  std::string id;
  for (char c : comparable_name(name)) {
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

std::string CatalogueSuggester::hint(std::string_view reference, std::string& suggestion) const {
  if (auto named = by_name_.find(comparable_name(reference)); named != by_name_.end()) {
    suggestion = std::string(id_of_name_.at(named->second));
    return fmt::format("; did you mean '{}' (the {} named '{}')?", suggestion, kind_,
                       *named->second);
  }
  std::string written = as_id(reference);
  if (written != reference && id_set_.contains(written)) {
    suggestion = written;
    return fmt::format("; did you mean '{}'?", suggestion);
  }
  std::optional<std::string_view> near = ids_.closest(reference);
  suggestion = suggestion_text(near);
  return did_you_mean(near);
}

bool process_may_go_on_unread(const Model& model, std::size_t index) {
  return may_go_on_unread(model, model.processes, index);
}

bool system_may_go_on_unread(const Model& model, std::size_t index) {
  return may_go_on_unread(model, model.systems, index);
}

bool may_be_unread(const Model& model, const std::vector<Ref>& data) {
  return std::any_of(data.begin(), data.end(),
                     [&](const Ref& ref) { return model.may_be_unread(ref.id); });
}

} // namespace bizmap::rules
