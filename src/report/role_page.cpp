// What one role does: the processes it owns, the systems it manages, every
// step it performs, where it is consulted or informed, and its time per week.
#include "model/enum_names.hpp"
#include "output/markdown.hpp"
#include "report/key_facts.hpp"
#include "report/pages.hpp"

#include <cmath>
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
      const WorkingTime& working_time = context.workload.time();
      std::string time =
          step.duration
              ? working_time_words(working_minutes(*step.duration, working_time), working_time)
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

std::string place_of(const ReportContext& context, const Process& process) {
  return escape_markdown(
      fmt::format("{}:{}", context.model.files[process.id.at.file].path, process.id.at.line));
}

std::string runs_text(const ReportContext& context, const Process& process) {
  std::optional<double> runs = context.workload.time().runs_per_week(process);
  if (!runs) {
    return "not known";
  }
  // A yearly run is 0.02 a week: one decimal would print it as none.
  return *runs < 1 ? fmt::format("{:.2f}", std::floor(*runs * 100 + 0.5) / 100)
                   : fmt::format("{:.1f}", std::floor(*runs * 10 + 0.5) / 10);
}

void add_rows(const ReportContext& context, Book& book, const RoleLoad& load,
              std::string_view as_role, Rows& rows) {
  for (const ProcessLoad& counted : load.processes) {
    const Process& process = context.model.processes[counted.process];
    std::string how_often(frequency_name(process.frequency));
    if (!as_role.empty()) {
      how_often += fmt::format(", as {}", escape_markdown(context.names.role(as_role)));
    }
    std::vector<std::string> row{
        context.process_link(book, counted.process), how_often, runs_text(context, process),
        minutes_words(counted.minutes_per_run),
        counted.hours_per_week ? hours_text(*counted.hours_per_week) : "not counted"};
    if (!context.for_staff()) {
      row.push_back(place_of(context, process));
    }
    rows.push_back(std::move(row));
  }
}

// "Not counted: 1 process has no volume (...); 2 steps have no duration."
std::string not_counted(const ReportContext& context, Book& book, const RoleLoad& load) {
  std::vector<std::string> parts;
  if (!load.processes_without_runs.empty()) {
    std::vector<std::string> links;
    for (std::uint32_t p : load.processes_without_runs) {
      links.push_back(context.process_link(book, p));
    }
    std::size_t count = links.size();
    parts.push_back(fmt::format("{} process{} {} no volume, so how often {} runs is not known ({})",
                                count, count == 1 ? "" : "es", count == 1 ? "has" : "have",
                                count == 1 ? "it" : "each", join_or(links, "")));
  }
  if (load.steps_without_duration > 0) {
    std::uint32_t count = load.steps_without_duration;
    parts.push_back(fmt::format("{} step{} {} no duration", count, count == 1 ? "" : "s",
                                count == 1 ? "has" : "have"));
  }
  if (parts.empty()) {
    return "";
  }
  std::string text = "Not counted: " + parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i) {
    text += "; " + parts[i];
  }
  return text + ".";
}

std::string capacity_text(const ReportContext& context, const RoleLoad& load, const Role* role) {
  if (load.counted_in) {
    return fmt::format("These hours count against the hours of {}, who also wears this hat.",
                       escape_markdown(context.names.role(*load.counted_in)));
  }
  if (role != nullptr && role->kind == RoleKind::vendor) {
    return "A vendor: these hours are its own, not the business's staff time.";
  }
  if (!load.capacity_hours_per_week) {
    return role != nullptr && role->kind == RoleKind::team
               ? "Capacity not known: the model does not say how many people are in this team."
               : "";
  }
  double capacity = *load.capacity_hours_per_week;
  std::string text = fmt::format("Capacity: {} {} × {} hours = {} hours per week; this work uses "
                                 "{} of it.",
                                 *load.people, *load.people == 1 ? "person" : "people",
                                 hours_text(capacity / *load.people), hours_text(capacity),
                                 percent_text(load.hours_per_week, capacity));
  if (*load.people > 1) {
    text += fmt::format(" That is {} hours per week for each person.",
                        hours_text(load.hours_per_week / *load.people));
  }
  return text;
}

std::string_view frequency_period(Frequency frequency) {
  switch (frequency) {
  case Frequency::daily:
    return "day";
  case Frequency::weekly:
    return "week";
  case Frequency::fortnightly:
    return "fortnight";
  case Frequency::monthly:
    return "month";
  case Frequency::quarterly:
    return "quarter";
  default:
    return "year";
  }
}

// "10 working days", as the model's `due: 10d` means it.
std::string duration_text(const Duration& duration) {
  std::string_view unit = duration.unit == 'w'   ? "working week"
                          : duration.unit == 'd' ? "working day"
                          : duration.unit == 'h' ? "hour"
                                                 : "minute";
  return fmt::format("{} {}{}", duration.amount, unit, duration.amount == 1 ? "" : "s");
}

std::string peak_text(const ReportContext& context, Book& book, const RoleLoad& load) {
  if (!load.peak_hours_per_week || !load.peak_process) {
    return "";
  }
  const Process& process = context.model.processes[*load.peak_process];
  std::string text = fmt::format(
      "At the busiest time, when {} does a whole {}'s runs within its due time of {}: {} hours "
      "per week",
      context.process_link(book, *load.peak_process), frequency_period(process.frequency),
      duration_text(*process.due), hours_text(*load.peak_hours_per_week));
  if (load.capacity_hours_per_week) {
    text += fmt::format(" ({} of capacity)",
                        percent_text(*load.peak_hours_per_week, *load.capacity_hours_per_week));
  }
  return text + ".";
}

void write_time(const ReportContext& context, Book& book, std::string_view id) {
  const RoleLoad& load = context.workload.of(id);
  const Role* role = context.index.references.role(id);
  Rows rows;
  add_rows(context, book, load, "", rows);
  for (std::string_view other : load.fills_in_for) {
    add_rows(context, book, context.workload.of(other), other, rows);
  }
  std::string capacity = capacity_text(context, load, role);
  if (rows.empty() && capacity.empty()) {
    return;
  }
  book.section("Time per week");
  if (!rows.empty()) {
    std::vector<std::string> total{"**Total**", "", "", "",
                                   fmt::format("**{}**", hours_text(load.hours_per_week))};
    std::vector<std::string> header{"Process", "How often", "Runs per week", "Hands-on per run",
                                    "Hours per week"};
    if (!context.for_staff()) {
      total.emplace_back();
      header.emplace_back("Where");
    }
    rows.push_back(std::move(total));
    book.block(markdown_table(header, rows));
  }
  std::vector<std::string> lines;
  for (std::string line :
       {capacity, peak_text(context, book, load), not_counted(context, book, load)}) {
    if (!line.empty()) {
      lines.push_back(std::move(line));
    }
  }
  for (std::string_view other : load.fills_in_for) {
    std::string line = not_counted(context, book, context.workload.of(other));
    if (!line.empty()) {
      lines.push_back(fmt::format("As {}: {}", escape_markdown(context.names.role(other)), line));
    }
  }
  for (const std::string& line : lines) {
    book.block(line);
  }
  book.block("Hours per week are the hands-on time of the steps this role performs, each step "
             "times the share of runs that do it, times how many times a week the process runs "
             "(its volume and how often it comes round). Automated steps, steps done by software "
             "or by someone outside the business are left out. Capacity is the number of people "
             "times each one's working hours in a week.");
}

std::string time_summary(const ReportContext& context, std::string_view id) {
  const RoleLoad& load = context.workload.of(id);
  if (load.processes.empty() && load.fills_in_for.empty()) {
    return "";
  }
  std::string text = fmt::format("about {} hours per week", hours_text(load.hours_per_week));
  if (load.capacity_hours_per_week) {
    text += fmt::format(" of {} available ({})", hours_text(*load.capacity_hours_per_week),
                        percent_text(load.hours_per_week, *load.capacity_hours_per_week));
  }
  if (!load.processes_without_runs.empty() || load.steps_without_duration > 0) {
    text += ", with some work not counted";
  }
  return text;
}

// The keys the role page shows outside its facts: the page's address, its
// title and the paragraph under it.
bool shown_elsewhere(std::string_view key) {
  return key == "id" || key == "name" || key == "description";
}

void write_facts(const ReportContext& context, Book& book, std::size_t r) {
  const std::string& id = context.role_ids[r];
  const Role* role = context.index.references.role(id);
  Facts facts(context.for_staff());
  if (role == nullptr) {
    facts.add("Kind", "", "not in the roles catalogue");
  }
  // Every key set in the catalogue, from the loader's field table: a key the
  // format gains shows here without a line of this file.
  for (const ElementKey<Role>& key :
       role != nullptr ? element_keys<Role>() : std::span<const ElementKey<Role>>{}) {
    if (shown_elsewhere(key.key) || key.show == nullptr) {
      continue;
    }
    std::string label = fact_label(key);
    if (key.key == "kind") {
      facts.add(label, std::string(name_of<RoleKind>(role->kind, role_kind_names)));
    } else {
      facts.add(label, key_fact_value(context, book, key.format, key.show(*role)),
                key_fact_placeholder(key.format));
    }
  }
  facts.add("Time", time_summary(context, id));
  if (!facts.text().empty()) {
    book.block(facts.text());
  }
}

} // namespace

void write_role_page(const ReportContext& context, Book& book, std::size_t r) {
  const std::string& id = context.role_ids[r];
  const Role* role = context.index.references.role(id);
  const RoleInvolvement& work = context.work_of(id);
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
