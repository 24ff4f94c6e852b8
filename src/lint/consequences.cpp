#include "lint/consequences.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <iterator>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace bizmap {

namespace {

// The rules whose finding says a reference names nothing: at their place,
// every other finding is a consequence of the same slip.
constexpr std::array<std::string_view, 4> names_nothing = {"undeclared-data", "unknown-role",
                                                           "unknown-tool", "unknown-process"};

bool is_names_nothing(std::string_view rule) {
  return std::find(names_nothing.begin(), names_nothing.end(), rule) != names_nothing.end();
}

using LinePlace = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>;

LinePlace line_place_of(const Location& at) {
  return {at.file, at.line, at.column};
}

// A folded finding as a note: its message without the suggestion, which the
// cause gives already, and its rule, which can still be configured.
std::string as_note(const Diagnostic& finding) {
  std::string_view message = finding.message;
  std::size_t hint = message.find("; did you mean");
  return fmt::format("{} [{}]", message.substr(0, hint), finding.rule);
}

// Folds `consequence` into `cause` with its places, unless it is more
// serious; says whether it did.
bool fold(Diagnostic& cause, Diagnostic& consequence) {
  if (consequence.severity > cause.severity) {
    return false;
  }
  cause.note(consequence.at, as_note(consequence));
  for (RelatedLocation& related : consequence.related) {
    cause.related.push_back(std::move(related));
  }
  return true;
}

// The first finding at each place, a reference that names nothing before any other.
std::map<LinePlace, std::size_t> causes_by_place(const std::vector<Diagnostic>& findings,
                                                 const std::vector<bool>& folded) {
  std::map<LinePlace, std::size_t> causes;
  for (bool first_pass : {true, false}) {
    for (std::size_t i = 0; i < findings.size(); ++i) {
      if (!folded[i] && is_names_nothing(findings[i].rule) == first_pass) {
        causes.emplace(line_place_of(findings[i].at), i);
      }
    }
  }
  return causes;
}

void fold_at_one_place(std::vector<Diagnostic>& findings, std::vector<bool>& folded) {
  std::map<LinePlace, std::size_t> causes = causes_by_place(findings, folded);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    auto found = causes.find(line_place_of(findings[i].at));
    std::size_t cause = found->second;
    if (cause != i && is_names_nothing(findings[cause].rule)) {
      folded[i] = fold(findings[cause], findings[i]);
    }
  }
}

// Where each process starts, in file and line order, to find the process
// whose lines hold a place: the last one of its file that starts at or above it.
class ProcessStarts {
public:
  explicit ProcessStarts(const Model& model) {
    for (const Process& process : model.processes) {
      starts_.push_back({process.id.at.file, process.id.at.line, process.id.id});
    }
    std::stable_sort(starts_.begin(), starts_.end(), [](const Start& a, const Start& b) {
      return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
  }

  /// The process whose lines hold `at`, when the mistake there left lines
  /// of it unread: it was cut short.
  std::optional<std::string_view> cut_short(const Model& model, const Location& at) const {
    auto after = std::upper_bound(
        starts_.begin(), starts_.end(), at, [](const Location& place, const Start& start) {
          return std::tie(place.file, place.line) < std::tie(start.file, start.line);
        });
    if (after == starts_.begin() || std::prev(after)->file != at.file) {
      return std::nullopt;
    }
    std::uint32_t first = std::prev(after)->line;
    std::uint32_t next =
        after != starts_.end() && after->file == at.file ? after->line : UINT32_MAX;
    bool unread = std::any_of(model.unread.begin(), model.unread.end(), [&](const UnreadLines& l) {
      return l.file == at.file && l.first > first && l.first < next;
    });
    return unread ? std::optional(std::prev(after)->id) : std::nullopt;
  }

private:
  struct Start {
    std::uint32_t file;
    std::uint32_t line;
    std::string_view id;
  };
  std::vector<Start> starts_;
};

void fold_into_syntax_mistakes(const Model& model, std::vector<Diagnostic>& findings,
                               std::vector<bool>& folded) {
  std::unordered_map<std::string_view, std::size_t> mistake_in; // process id -> finding
  std::optional<ProcessStarts> starts;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (findings[i].rule == "yaml-syntax" && !model.unread.empty()) {
      if (!starts) {
        starts.emplace(model);
      }
      if (std::optional<std::string_view> process = starts->cut_short(model, findings[i].at)) {
        mistake_in.emplace(*process, i);
      }
    }
  }
  if (mistake_in.empty()) {
    return;
  }
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const std::optional<Subject>& subject = findings[i].subject;
    if (folded[i] || findings[i].rule == "yaml-syntax" || !subject ||
        subject->kind != ElementKind::process) {
      continue;
    }
    auto found = mistake_in.find(subject->id);
    if (found != mistake_in.end()) {
      folded[i] = fold(findings[found->second], findings[i]);
    }
  }
}

// What one cause cuts off is one note, at the first place cut off: a few
// names, then how many more.
constexpr std::size_t cut_off_named = 5;

std::string cut_off_note(const std::vector<std::string>& names) {
  std::size_t named = std::min(names.size(), cut_off_named);
  std::string note = fmt::format(
      "this also cuts off {}",
      fmt::join(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(named), ", "));
  if (names.size() > named) {
    note += fmt::format(" and {} more", names.size() - named);
  }
  return note;
}

void fold_named_causes(std::vector<Diagnostic>& findings, std::vector<bool>& folded) {
  std::map<LinePlace, std::size_t> causes = causes_by_place(findings, folded);
  struct CutOff {
    Location first;
    std::vector<std::string> names;
  };
  std::map<std::size_t, CutOff> by_cause; // in the order of the causes
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (folded[i] || !findings[i].consequence_of) {
      continue;
    }
    auto found = causes.find(line_place_of(findings[i].consequence_of->of));
    if (found == causes.end() || found->second == i ||
        findings[i].severity > findings[found->second].severity) {
      continue;
    }
    auto [cut_off, first] = by_cause.try_emplace(found->second, CutOff{findings[i].at, {}});
    cut_off->second.names.push_back(findings[i].consequence_of->cut_off);
    folded[i] = true;
  }
  for (auto& [cause, cut_off] : by_cause) {
    findings[cause].note(cut_off.first, cut_off_note(cut_off.names));
  }
}

} // namespace

void fold_consequences(const Model& model, std::vector<Diagnostic>& findings) {
  std::vector<bool> folded(findings.size(), false);
  fold_at_one_place(findings, folded);
  fold_into_syntax_mistakes(model, findings, folded);
  fold_named_causes(findings, folded);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (!folded[i]) {
      if (kept != i) {
        findings[kept] = std::move(findings[i]);
      }
      ++kept;
    }
  }
  findings.resize(kept);
}

} // namespace bizmap
