// `bizmap diff` in the style of a Terraform plan: one line a change, `+`
// added, `-` removed, `~` changed, `!` a handoff the change breaks, `>` work
// moved from one role to another, each with where it is: "at" a place in the
// new model, "was at" one in the old.
#include "diff/formats.hpp"
#include "diff/work_words.hpp"
#include "output/terminal_text.hpp"

#include <fmt/format.h>
#include <ostream>

namespace bizmap {
namespace {

struct Palette {
  std::string_view bold, reset, added, removed, changed, broken;
};

constexpr Palette colors{"\033[1m", "\033[0m", "\033[32m", "\033[31m", "\033[33m", "\033[1;31m"};
constexpr Palette plain{"", "", "", "", "", ""};

char symbol_of(Change change) {
  switch (change) {
  case Change::added:
  case Change::introduced:
    return '+';
  case Change::removed:
  case Change::fixed:
    return '-';
  case Change::broken:
    return '!';
  default:
    return '~';
  }
}

class TextWriter {
public:
  TextWriter(const DiffView& view, const Palette& palette, std::ostream& out)
      : view_(view), palette_(palette), out_(out) {}

  void write() {
    write_business();
    std::vector<ChangeGroup> groups = view_.groups();
    for (const ChangeGroup& group : groups) {
      write_group(group);
    }
    write_work();
    write_findings("findings introduced", view_.diff().introduced, Change::introduced,
                   Side::new_model);
    write_findings("findings fixed", view_.diff().fixed, Change::fixed, Side::old_model);
    if (groups.empty() && view_.diff().business.empty() && view_.diff().work.roles.empty() &&
        view_.diff().introduced.empty() && view_.diff().fixed.empty()) {
      out_ << "No changes to the business.\n";
    }
    out_ << "bizmap diff: " << view_.summary() << "\n";
  }

private:
  void write_business() {
    if (view_.diff().business.empty()) {
      return;
    }
    out_ << palette_.bold << "business" << palette_.reset << "\n";
    for (const Detail& detail : view_.diff().business) {
      line(2, symbol_of(detail.change), described(detail), where(detail.at));
    }
    out_ << "\n";
  }

  void write_group(const ChangeGroup& group) {
    std::string heading = group.system.empty() ? std::string("roles, tools and data")
                                               : fmt::format("system '{}'{}", group.system,
                                                             named(group.system, group.name));
    out_ << palette_.bold << visible(heading) << palette_.reset << "\n";
    for (const ElementChange* change : group.elements) {
      write_element(*change);
    }
    for (const HandoffChange* change : group.handoffs) {
      write_handoff(*change);
    }
    out_ << "\n";
  }

  void write_element(const ElementChange& change) {
    std::string text =
        fmt::format("{} '{}'{}", to_string(change.kind), change.id, named(change.id, change.name));
    if (change.change == Change::renamed) {
      text += fmt::format(", renamed from '{}'", change.old_id);
    }
    if (change.moved) {
      text += fmt::format(", moved from {} to {}", system_words(change.old_system),
                          system_words(change.system));
    }
    line(2, symbol_of(change.change), text, where(change.at));
    for (const Detail& detail : change.details) {
      line(6, symbol_of(detail.change), described(detail),
           same_place(detail.at, change.at) ? "" : where(detail.at));
    }
  }

  // A reorganisation as one line per move, then each role's change of work.
  void write_work() {
    const WorkChanges& work = view_.diff().work;
    if (work.roles.empty()) {
      return;
    }
    out_ << palette_.bold << "work by role" << palette_.reset << "\n";
    for (const WorkMove& move : work.moves) {
      std::string text = fmt::format("moved from '{}' to '{}': {}", move.from, move.to,
                                     id_list(move.processes, single_quoted));
      std::string hours = hours_moved(move);
      text += hours.empty() ? "" : ", " + hours;
      line(2, '>', text, "");
      write_not_counted(
          not_counted(move.not_counted_before, move.not_counted_after, single_quoted));
    }
    for (const RoleWorkChange& change : work.roles) {
      std::string text = fmt::format("role '{}'{}: ", change.role, named(change.role, change.name));
      std::string processes = gained_and_lost(change, single_quoted);
      text += processes.empty() ? "" : processes + "; ";
      text += hours_change(change.before, change.after, "->");
      line(2, '~', text, where(change.at));
      write_not_counted(
          not_counted(change.before.not_counted, change.after.not_counted, single_quoted));
    }
    out_ << "\n";
  }

  void write_not_counted(const std::string& words) {
    if (!words.empty()) {
      out_ << "      " << visible("not counted: " + words) << "\n";
    }
  }

  static std::string single_quoted(std::string_view id) { return fmt::format("'{}'", id); }

  void write_handoff(const HandoffChange& change) {
    std::string from = change.producer.empty() ? std::string("from outside the business")
                                               : fmt::format("'{}'", change.producer);
    std::string text = fmt::format("handoff {} -> '{}' ({})", from, change.consumer, change.data);
    if (change.change == Change::broken) {
      text += fmt::format(" broken: nothing supplies '{}' now", change.data);
    }
    line(2, symbol_of(change.change), text, where(change.at));
  }

  void write_findings(std::string_view heading, const std::vector<Diagnostic>& findings,
                      Change change, Side side) {
    if (findings.empty()) {
      return;
    }
    out_ << palette_.bold << heading << palette_.reset << "\n";
    for (const Diagnostic& finding : findings) {
      std::string text = fmt::format("{}: {}: {} [{}]", view_.location(place(side, finding.at)),
                                     to_string(finding.severity), finding.message, finding.rule);
      line(2, symbol_of(change), text, "");
    }
    out_ << "\n";
  }

  void line(int indent, char symbol, const std::string& text, const std::string& at) {
    out_ << std::string(static_cast<std::size_t>(indent), ' ') << color_of(symbol) << symbol
         << palette_.reset << " " << visible(text) << (at.empty() ? "" : ", ") << visible(at)
         << "\n";
  }

  std::string_view color_of(char symbol) const {
    switch (symbol) {
    case '+':
      return palette_.added;
    case '-':
      return palette_.removed;
    case '!':
      return palette_.broken;
    case '>':
      return palette_.bold;
    default:
      return palette_.changed;
    }
  }

  std::string where(const Place& place) const {
    return fmt::format("{} {}", place.side == Side::old_model ? "was at" : "at",
                       view_.location(place));
  }

  static std::string system_words(const std::string& system) {
    return system.empty() ? std::string("the top level") : fmt::format("system '{}'", system);
  }

  static bool same_place(const Place& a, const Place& b) {
    return a.side == b.side && a.at == b.at;
  }

  static std::string named(std::string_view id, std::string_view name) {
    return name == id || name.empty() ? std::string() : fmt::format(" ({})", name);
  }

  static std::string value(const std::string& text) {
    return text.empty() ? std::string("(none)") : text;
  }

  static std::string described(const Detail& detail) {
    std::string_view field = field_words(detail);
    switch (detail.change) {
    case Change::added:
      return detail.field == "steps"
                 ? fmt::format("step {}: {}", detail.new_position, detail.new_value)
                 : fmt::format("{}{}", field, quoted(detail, detail.new_value));
    case Change::removed:
      return detail.field == "steps"
                 ? fmt::format("step {}: {}", detail.old_position, detail.old_value)
                 : fmt::format("{}{}", field, quoted(detail, detail.old_value));
    case Change::reordered:
      return fmt::format("step {} -> {}: {}", detail.old_position, detail.new_position,
                         detail.new_value);
    case Change::edited:
      return detail.step.empty()
                 ? fmt::format("step {}: {} -> {}", detail.new_position, detail.old_value,
                               detail.new_value)
                 : fmt::format("step {} ({}): {} -> {}", detail.new_position, detail.step,
                               value(detail.old_value), value(detail.new_value));
    default:
      return fmt::format("{}: {} -> {}", field, value(detail.old_value), value(detail.new_value));
    }
  }

  // Ids are quoted as the findings quote them; a what-if is a sentence.
  static std::string quoted(const Detail& detail, const std::string& text) {
    return detail.names_ids ? fmt::format(" '{}'", text) : ": " + text;
  }

  const DiffView& view_;
  const Palette& palette_;
  std::ostream& out_;
};

} // namespace

void write_diff_text(const DiffView& view, const DiffOutputOptions& options, std::ostream& out) {
  TextWriter(view, options.color ? colors : plain, out).write();
}

} // namespace bizmap
