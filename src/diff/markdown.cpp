// `bizmap diff --format markdown`: a pull-request comment. A summary, the
// handoffs the change breaks, the changes grouped by system, a diagram of the
// part of the handoff graph the change touches, and the findings it
// introduces and fixes. Model text is escaped, so whatever the names, the
// comment shows them as they are.
#include "output/markdown.hpp"

#include "diff/formats.hpp"
#include "diff/work_words.hpp"

#include <fmt/format.h>
#include <ostream>

namespace bizmap {
namespace {

// Above this many processes the diagram would be too large to read in a
// comment (and for Mermaid's default limits).
constexpr std::size_t diagram_limit = 50;

// Text as inline code where it can be, else escaped text.
std::string code(std::string_view text) {
  bool plain = !text.empty() && text.find_first_of("`\n\r") == std::string_view::npos &&
               text.front() != ' ' && text.back() != ' ';
  return plain ? fmt::format("`{}`", text) : escape_markdown(text);
}

class MarkdownWriter {
public:
  MarkdownWriter(const DiffView& view, std::ostream& out) : view_(view), out_(out) {}

  void write() {
    out_ << "# bizmap diff\n\n";
    std::vector<ChangeGroup> groups = view_.groups();
    if (groups.empty() && view_.diff().business.empty() && view_.diff().work.roles.empty() &&
        view_.diff().introduced.empty() && view_.diff().fixed.empty()) {
      out_ << "No changes to the business.\n";
      return;
    }
    summary();
    broken_handoffs();
    business();
    if (!groups.empty()) {
      out_ << "\n## Changes by system\n";
      for (const ChangeGroup& group : groups) {
        write_group(group);
      }
    }
    work();
    diagram();
    findings("Findings introduced", view_.diff().introduced, Side::new_model);
    findings("Findings fixed", view_.diff().fixed, Side::old_model);
  }

private:
  void summary() {
    DiffCounts c = view_.counts();
    auto strong = [](std::size_t count, std::string_view word) {
      return count > 0 ? fmt::format("**{} {}**", count, word) : fmt::format("{} {}", count, word);
    };
    out_ << fmt::format("Elements: {} added, {} removed, {} renamed, {} moved, {} changed. "
                        "Handoffs: {} added, {} removed, {}. Findings: {}, {} fixed.\n",
                        c.added, c.removed, c.renamed, c.moved, c.changed, c.handoffs_added,
                        c.handoffs_removed, strong(c.handoffs_broken, "broken"),
                        strong(c.introduced, "introduced"), c.fixed);
  }

  void broken_handoffs() {
    bool any = false;
    for (const HandoffChange& change : view_.diff().handoffs) {
      if (change.change != Change::broken) {
        continue;
      }
      if (!any) {
        out_ << "\n## Broken handoffs\n\n";
        any = true;
      }
      out_ << fmt::format("- {} no longer receives {} from {}: nothing supplies it now, at {}\n",
                          named(ElementKind::process, change.consumer),
                          named(ElementKind::data, change.data), producer(change),
                          code(view_.location(change.at)));
    }
  }

  void business() {
    if (view_.diff().business.empty()) {
      return;
    }
    out_ << "\n## Business\n\n";
    for (const Detail& detail : view_.diff().business) {
      out_ << "- " << described(detail) << ", " << where(detail.at) << "\n";
    }
  }

  void write_group(const ChangeGroup& group) {
    out_ << "\n### "
         << (group.system.empty()
                 ? std::string("Roles, tools and data")
                 : fmt::format("{} ({})", escape_markdown(group.name), code(group.system)))
         << "\n\n";
    for (const ElementChange* change : group.elements) {
      write_element(*change);
    }
    for (const HandoffChange* change : group.handoffs) {
      out_ << fmt::format("- Handoff {}: {} from {} to {}, {}\n", to_string(change->change),
                          named(ElementKind::data, change->data), producer(*change),
                          named(ElementKind::process, change->consumer), where(change->at));
    }
  }

  void write_element(const ElementChange& change) {
    std::string verb(to_string(change.change));
    verb.front() = static_cast<char>(verb.front() - 'a' + 'A');
    std::string text = fmt::format("- {} {} **{}** ({})", verb, to_string(change.kind),
                                   escape_markdown(change.name), code(change.id));
    if (change.change == Change::renamed) {
      text = fmt::format("- Renamed {} **{}** from {} to {}", to_string(change.kind),
                         escape_markdown(change.name), code(change.old_id), code(change.id));
    }
    if (change.moved) {
      text += fmt::format("{} from {} to {}", change.change == Change::moved ? "" : ", moved",
                          system_words(change.old_system), system_words(change.system));
    }
    out_ << text << ", " << where(change.at) << "\n";
    for (const Detail& detail : change.details) {
      out_ << "  - " << described(detail) << "\n";
    }
  }

  std::string described(const Detail& detail) const {
    std::string_view field = field_words(detail);
    auto value = [&](const std::string& text) {
      return text.empty()       ? std::string("none")
             : detail.names_ids ? code(text)
                                : escape_markdown(text);
    };
    switch (detail.change) {
    case Change::added:
      return detail.field == "steps"
                 ? fmt::format("step {} added: {}", detail.new_position, value(detail.new_value))
                 : fmt::format("{} added: {}", field, value(detail.new_value));
    case Change::removed:
      return detail.field == "steps"
                 ? fmt::format("step {} removed: {}", detail.old_position, value(detail.old_value))
                 : fmt::format("{} removed: {}", field, value(detail.old_value));
    case Change::reordered:
      return fmt::format("step {} moved to {}: {}", detail.old_position, detail.new_position,
                         value(detail.new_value));
    case Change::edited:
      return detail.step.empty() ? fmt::format("step {} edited: {} → {}", detail.new_position,
                                               value(detail.old_value), value(detail.new_value))
                                 : fmt::format("step {} edited ({}): {} → {}", detail.new_position,
                                               escape_markdown(detail.step),
                                               value(detail.old_value), value(detail.new_value));
    default:
      return fmt::format("{}: {} → {}", field, value(detail.old_value), value(detail.new_value));
    }
  }

  // A reorganisation as one line per move, then each role's change of work.
  void work() {
    const WorkChanges& work = view_.diff().work;
    if (work.roles.empty()) {
      return;
    }
    out_ << "\n## Work by role\n\n";
    for (const WorkMove& move : work.moves) {
      std::string hours = hours_moved(move);
      out_ << fmt::format("- Moved from {} to {}: {}{}\n", named(ElementKind::role, move.from),
                          named(ElementKind::role, move.to), id_list(move.processes, code),
                          hours.empty() ? "" : ", " + hours);
      not_counted_line(not_counted(move.not_counted_before, move.not_counted_after, code));
    }
    for (const RoleWorkChange& change : work.roles) {
      std::string processes = gained_and_lost(change, code);
      out_ << fmt::format("- {}: {}{}, {}\n", named(ElementKind::role, change.role),
                          processes.empty() ? "" : processes + "; ",
                          hours_change(change.before, change.after, "→"), where(change.at));
      not_counted_line(not_counted(change.before.not_counted, change.after.not_counted, code));
    }
  }

  void not_counted_line(const std::string& words) {
    if (!words.empty()) {
      out_ << "  - Not counted: " << words << "\n";
    }
  }

  void diagram() {
    std::string graph = touched_graph(view_, diagram_limit);
    if (graph.empty()) {
      return;
    }
    out_ << "\n## Handoffs around the change\n\n```mermaid\n" << graph << "```\n\n";
    out_ << "Thick green arrows are handoffs the change adds, grey dotted ones handoffs it "
            "removes, and red ones ending in a cross handoffs it breaks. Green boxes are "
            "processes it adds, yellow ones processes it changes, grey dashed ones processes it "
            "removes.\n";
  }

  void findings(std::string_view heading, const std::vector<Diagnostic>& findings, Side side) {
    if (findings.empty()) {
      return;
    }
    out_ << "\n## " << heading << "\n\n";
    for (const Diagnostic& finding : findings) {
      out_ << fmt::format("- **{}** {} at {}: {}\n", to_string(finding.severity),
                          code(finding.rule), code(view_.location(place(side, finding.at))),
                          escape_markdown(finding.message));
    }
  }

  std::string named(ElementKind kind, std::string_view id) const {
    return fmt::format("**{}** ({})", escape_markdown(view_.name(kind, id)), code(id));
  }

  static std::string system_words(const std::string& system) {
    return system.empty() ? std::string("the top level") : "system " + code(system);
  }

  std::string producer(const HandoffChange& change) const {
    return change.producer.empty() ? std::string("outside the business")
                                   : named(ElementKind::process, change.producer);
  }

  std::string where(const Place& place) const {
    return fmt::format("{} {}", place.side == Side::old_model ? "was at" : "at",
                       code(view_.location(place)));
  }

  const DiffView& view_;
  std::ostream& out_;
};

} // namespace

void write_diff_markdown(const DiffView& view, const DiffOutputOptions&, std::ostream& out) {
  MarkdownWriter(view, out).write();
}

} // namespace bizmap
