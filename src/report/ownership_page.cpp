#include "model/enum_names.hpp"
#include "report/markdown.hpp"
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

void write_load(const ReportContext& context, Book& book) {
  std::vector<std::vector<std::string>> rows;
  for (const std::string& role : context.role_ids) {
    const RoleWork& work = context.work_of(role);
    rows.push_back({context.role_link(book, role), std::string(kind_of(context, role)),
                    hours_per_week_text(work.minutes_per_year),
                    work.on_demand_minutes > 0 ? working_time_words(work.on_demand_minutes) : "",
                    std::to_string(work.owns.size()), std::to_string(work.performs.size()),
                    std::to_string(work.steps), std::to_string(work.consulted.size()),
                    std::to_string(work.informed.size()), std::to_string(work.manages.size())});
  }
  book.block(markdown_table({"Role", "Kind", "Hours per week", "On demand, per run of each",
                             "Owns (A)", "Performs steps in (R)", "Steps performed",
                             "Consulted on (C)", "Informed on (I)", "Manages systems"},
                            rows));
  book.block("Hours per week: the durations of the steps a role performs (automated steps left "
             "out) times the runs of each process, with 5 working days a week and 8 working hours "
             "a day; monthly is 12 runs a year. Work on demand or without a frequency is not in "
             "the hours; its minutes per run are summed in the next column.");
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
