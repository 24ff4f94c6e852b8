#include "model/enum_names.hpp"
#include "output/markdown.hpp"
#include "report/pages.hpp"

#include <fmt/format.h>
#include <map>
#include <string_view>
#include <unordered_map>

namespace bizmap {
namespace {

/// What each role does for one process, by role id: A, R, C, I and M, in that
/// order.
std::map<std::string_view, std::string> involvement(const ReportContext& context, std::size_t p) {
  const Process& process = context.model.processes[p];
  std::map<std::string_view, std::string> letters;
  auto add = [&letters](const Ref* role, std::string_view letter) {
    if (role == nullptr) {
      return;
    }
    std::string& of_role = letters[role->id];
    if (of_role.find(letter) == std::string::npos) {
      of_role += of_role.empty() ? std::string(letter) : fmt::format(", {}", letter);
    }
  };
  auto named = [](const std::optional<Ref>& role) { return role ? &*role : nullptr; };
  add(named(process.owner), "A");
  for (const Step& step : process.steps) {
    add(named(performer(process, step)), "R");
  }
  for (const Ref& role : process.consulted) {
    add(&role, "C");
  }
  for (const Ref& role : process.informed) {
    add(&role, "I");
  }
  if (process.system) {
    add(named(context.handoffs.manager_of(*process.system)), "M");
  }
  return letters;
}

// A matrix wider than this is unreadable; the page then lists each process's
// roles instead, which also keeps the page in proportion to the model.
constexpr std::size_t widest_matrix = 20;

void write_matrix(const ReportContext& context, Book& book) {
  std::vector<std::string> header{"Process"};
  for (const std::string& role : context.role_ids) {
    header.push_back(context.role_link(book, role));
  }
  std::vector<std::vector<std::string>> rows;
  for (std::size_t p = 0; p < context.model.processes.size(); ++p) {
    std::map<std::string_view, std::string> letters = involvement(context, p);
    std::vector<std::string> row{context.process_link(book, p)};
    for (const std::string& role : context.role_ids) {
      auto found = letters.find(role);
      row.push_back(found == letters.end() ? std::string() : found->second);
    }
    rows.push_back(std::move(row));
  }
  book.block(markdown_table(header, rows));
}

void write_role_list(const ReportContext& context, Book& book) {
  std::vector<std::vector<std::string>> rows;
  for (std::size_t p = 0; p < context.model.processes.size(); ++p) {
    std::vector<std::string> roles;
    for (const auto& [role, letters] : involvement(context, p)) {
      roles.push_back(fmt::format("{} ({})", escape_markdown(context.names.role(role)), letters));
    }
    rows.push_back({context.process_link(book, p), join_or(roles, "none")});
  }
  book.block(markdown_table({"Process", "Roles"}, rows));
}

std::string_view kind_of(const ReportContext& context, const std::string& role) {
  const Role* found = context.index.references.role(role);
  if (found == nullptr) {
    return "not in the catalogue";
  }
  return name_of<RoleKind>(found->kind, role_kind_names);
}

std::string capacity_cell(const ReportContext& context, const RoleLoad& load, const Role* role) {
  if (load.counted_in) {
    return fmt::format("counted as {}", escape_markdown(context.names.role(*load.counted_in)));
  }
  if (load.capacity_hours_per_week) {
    return hours_text(*load.capacity_hours_per_week);
  }
  return role != nullptr && role->kind == RoleKind::team ? "not known" : "";
}

std::string use_cell(const RoleLoad& load) {
  if (!load.capacity_hours_per_week || *load.capacity_hours_per_week <= 0) {
    return "";
  }
  return percent_text(load.hours_per_week, *load.capacity_hours_per_week);
}

std::string per_person_cell(const RoleLoad& load) {
  if (!load.people || *load.people == 0 || load.counted_in) {
    return "";
  }
  return hours_text(load.hours_per_week / *load.people);
}

// "Not counted: 3 processes have no volume; 2 steps have no duration."
std::string not_counted(const Workload& workload) {
  std::vector<std::string> parts;
  if (std::size_t count = workload.processes_without_runs(); count > 0) {
    parts.push_back(fmt::format("{} process{} {} no volume", count, count == 1 ? "" : "es",
                                count == 1 ? "has" : "have"));
  }
  if (std::size_t count = workload.steps_without_duration(); count > 0) {
    parts.push_back(fmt::format("{} step{} {} no duration", count, count == 1 ? "" : "s",
                                count == 1 ? "has" : "have"));
  }
  if (parts.empty()) {
    return "";
  }
  return fmt::format("Not counted: {}.", parts.size() == 1 ? parts[0] : parts[0] + "; " + parts[1]);
}

void write_load(const ReportContext& context, Book& book) {
  std::vector<std::vector<std::string>> rows;
  for (const std::string& role : context.role_ids) {
    const RoleInvolvement& work = context.work_of(role);
    const RoleLoad& load = context.workload.of(role);
    const Role* declared = context.index.references.role(role);
    rows.push_back({context.role_link(book, role), std::string(kind_of(context, role)),
                    hours_text(load.hours_per_week), per_person_cell(load),
                    capacity_cell(context, load, declared), use_cell(load),
                    std::to_string(work.owns.size()), std::to_string(work.performs.size()),
                    std::to_string(work.steps), std::to_string(work.consulted.size()),
                    std::to_string(work.informed.size()), std::to_string(work.manages.size())});
  }
  book.block(
      markdown_table({"Role", "Kind", "Hours per week", "Per person", "Capacity (hours per week)",
                      "Use", "Owns (A)", "Performs steps in (R)", "Steps performed",
                      "Consulted on (C)", "Informed on (I)", "Manages systems"},
                     rows));
  std::string missing = not_counted(context.workload);
  if (!missing.empty()) {
    book.block(missing);
  }
  book.block("Hours per week: the hands-on time of the steps a role performs (each times the "
             "share of runs that do it) times how many times a week each process runs, from its "
             "volume and how often it comes round. Automated steps, software and outside parties "
             "are left out; a hat a role wears for another (`filled_by`) counts in the wearer's "
             "hours. Capacity: people times each one's hours per week; use: hours over capacity. "
             "A role page shows each figure's processes and where the model writes them.");
}

} // namespace

void write_ownership_page(const ReportContext& context, Book& book) {
  book.begin_page("ownership.md", "Ownership", std::string(ownership_key));
  book.block("A RACI matrix. A: owns the process and answers for its outputs (accountable). R: "
             "performs at least one of its steps (responsible); a step without `by` is performed "
             "by the owner. C: consulted before the work. I: informed after it. M: manages the "
             "system the process belongs to, directly or inherited from a system above.");
  book.section("Roles and processes");
  if (context.role_ids.empty() || context.model.processes.empty()) {
    book.block("No roles or no processes yet.");
  } else if (context.role_ids.size() <= widest_matrix) {
    write_matrix(context, book);
  } else {
    write_role_list(context, book);
  }
  book.section("Load per role");
  if (context.role_ids.empty()) {
    book.block("No roles yet.");
  } else {
    write_load(context, book);
  }
}

} // namespace bizmap
