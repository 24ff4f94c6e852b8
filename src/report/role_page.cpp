// What one role does: the processes it owns, the systems it manages, every
// step it performs, where it is consulted or informed, and its time per week.
#include "model/enum_names.hpp"
#include "report/markdown.hpp"
#include "report/pages.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

using Rows = std::vector<std::vector<std::string>>;

std::string process_list(const ReportContext& context, Book& book,
                         const std::vector<std::size_t>& processes) {
  std::string list;
  for (std::size_t p : processes) {
    Frequency frequency = context.model.processes[p].frequency;
    bool shown = frequency != Frequency::unspecified || !context.for_staff();
    list += fmt::format("{}- {}{}", list.empty() ? "" : "\n", context.process_link(book, p),
                        shown ? fmt::format(" ({})", frequency_name(frequency)) : "");
  }
  return list;
}

std::string system_list(const ReportContext& context, Book& book,
                        const std::vector<std::size_t>& systems) {
  std::string list;
  for (std::size_t s : systems) {
    const std::string& goal = context.model.systems[s].goal;
    list += fmt::format("{}- {}{}", list.empty() ? "" : "\n", context.system_link(book, s),
                        goal.empty() ? "" : ": " + escape_markdown(goal));
  }
  return list;
}

/// A section with a list, or a placeholder for the author when it is empty.
void write_list(const ReportContext& context, Book& book, std::string_view title,
                const std::string& list, std::string_view none) {
  if (list.empty() && context.for_staff()) {
    return;
  }
  book.section(title);
  book.block(list.empty() ? std::string(none) : list);
}

// Every step the role performs, grouped by process in model order; the
// process is named on its first row.
Rows performed_steps(const ReportContext& context, Book& book, std::string_view role) {
  Rows rows;
  for (const PerformedSteps& performed : context.work_of(role).performs) {
    const Process& process = context.model.processes[performed.process];
    bool first = true;
    for (std::size_t s : performed.steps) {
      const Step& step = process.steps[s];
      std::string time = step.duration         ? working_time_words(working_minutes(*step.duration))
                         : context.for_staff() ? ""
                                               : "not set";
      if (step.automation == Automation::automated) {
        time += time.empty() ? "automated" : ", automated";
      }
      rows.push_back({first ? context.process_link(book, performed.process) : "",
                      std::to_string(s + 1), escape_markdown(step.action),
                      step.tool ? escape_markdown(context.names.tool(step.tool->id)) : "", time});
      first = false;
    }
  }
  return rows;
}

void write_time(const ReportContext& context, Book& book, std::string_view role) {
  const RoleWork& work = context.work_of(role);
  Rows rows;
  for (const PerformedSteps& performed : work.performs) {
    std::size_t p = performed.process;
    const Process& process = context.model.processes[p];
    std::uint64_t minutes = performed.minutes;
    if (minutes == 0) {
      continue;
    }
    std::optional<std::uint64_t> runs = runs_per_year(process.frequency);
    rows.push_back({context.process_link(book, p), std::string(frequency_name(process.frequency)),
                    working_time_words(minutes),
                    runs ? hours_per_week_text(minutes * *runs) : "not counted"});
  }
  if (rows.empty()) {
    return;
  }
  rows.push_back(
      {"**Total**", "", "", fmt::format("**{}**", hours_per_week_text(work.minutes_per_year))});
  book.section("Time per week");
  book.block(markdown_table({"Process", "How often", "Hands-on per run", "Hours per week"}, rows));
  book.block("Hours per week count the durations of the steps this role performs, automated "
             "steps left out, times the runs of each process: daily is every working day (5 a "
             "week), weekly once, monthly 12 times a year, quarterly 4 and yearly once; a day of "
             "duration is 8 working hours. Work on demand, or without a frequency, is not "
             "counted: the model does not say how often it comes in.");
}

std::string time_summary(const RoleWork& work) {
  if (work.minutes_per_year == 0 && work.on_demand_minutes == 0) {
    return "";
  }
  std::string text =
      fmt::format("about {} hours per week", hours_per_week_text(work.minutes_per_year));
  if (work.on_demand_minutes > 0) {
    text += fmt::format(", plus {} of work on demand", working_time_words(work.on_demand_minutes));
  }
  return text;
}

void write_facts(const ReportContext& context, Book& book, std::size_t r) {
  const std::string& id = context.role_ids[r];
  const Role* role = context.index.references.role(id);
  Facts facts(context.for_staff());
  facts.add("Kind", role != nullptr ? name_of<RoleKind>(role->kind, role_kind_names) : "",
            "not in the roles catalogue");
  facts.add("Time", time_summary(context.work_of(id)));
  if (!facts.text().empty()) {
    book.block(facts.text());
  }
}

} // namespace

void write_role_page(const ReportContext& context, Book& book, std::size_t r) {
  const std::string& id = context.role_ids[r];
  const Role* role = context.index.references.role(id);
  const RoleWork& work = context.work_of(id);
  book.begin_page(context.role_path(r), context.role_title(r), ReportContext::role_key(r));
  if (role != nullptr && !role->description.empty()) {
    book.block(escape_markdown(role->description));
  }
  write_facts(context, book, r);
  write_list(context, book, "Owns", process_list(context, book, work.owns),
             "No processes: it answers for none.");
  write_list(context, book, "Manages", system_list(context, book, work.manages), "No systems.");
  Rows steps = performed_steps(context, book, id);
  if (!steps.empty() || !context.for_staff()) {
    book.section("Performs");
    book.block(steps.empty()
                   ? "No steps."
                   : markdown_table({"Process", "Step", "Action", "Tool", "Time"}, steps));
  }
  write_list(context, book, "Consulted on", process_list(context, book, work.consulted),
             "No processes.");
  write_list(context, book, "Informed on", process_list(context, book, work.informed),
             "No processes.");
  write_time(context, book, id);
}

} // namespace bizmap
