#include "model/enum_names.hpp"
#include "report/markdown.hpp"
#include "report/pages.hpp"

#include <fmt/format.h>
#include <map>
#include <string_view>
#include <unordered_map>

namespace bizmap {
namespace {

/// What each role does for one process, by role id: A, R and M, in that order.
std::map<std::string_view, std::string> involvement(const ReportContext& context, std::size_t p) {
  const Process& process = context.model.processes[p];
  std::map<std::string_view, std::string> letters;
  auto add = [&letters](const std::optional<Ref>& role, std::string_view letter) {
    if (!role) {
      return;
    }
    std::string& of_role = letters[role->id];
    if (of_role.find(letter) == std::string::npos) {
      of_role += of_role.empty() ? std::string(letter) : fmt::format(", {}", letter);
    }
  };
  add(process.owner, "A");
  for (const Step& step : process.steps) {
    add(step.by ? step.by : process.owner, "R");
  }
  if (process.system) {
    add(context.handoffs.manager_of(*process.system), "M");
  }
  return letters;
}

// A matrix wider than this is unreadable; the page then lists each process's
// roles instead, which also keeps the page in proportion to the model.
constexpr std::size_t widest_matrix = 20;

void write_matrix(const ReportContext& context, Book& book) {
  std::vector<std::string> header{"Process"};
  for (const std::string& role : context.role_ids) {
    header.push_back(escape_markdown(context.names.role(role)));
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

struct Load {
  std::size_t owns = 0;
  std::size_t performs_in = 0;
  std::size_t steps = 0;
  std::size_t manages = 0;
};

// The load of every role, in one pass over the model.
std::unordered_map<std::string_view, Load> loads(const Model& model) {
  std::unordered_map<std::string_view, Load> loads;
  for (const Process& process : model.processes) {
    if (process.owner) {
      ++loads[process.owner->id].owns;
    }
    std::unordered_map<std::string_view, std::size_t> steps;
    for (const Step& step : process.steps) {
      if (const std::optional<Ref>& by = step.by ? step.by : process.owner) {
        ++steps[by->id];
      }
    }
    for (const auto& [role, count] : steps) {
      loads[role].steps += count;
      ++loads[role].performs_in;
    }
  }
  for (const System& system : model.systems) {
    if (system.manager) {
      ++loads[system.manager->id].manages;
    }
  }
  return loads;
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
  std::unordered_map<std::string_view, Load> all = loads(context.model);
  for (const std::string& role : context.role_ids) {
    Load load = all[role];
    rows.push_back({escape_markdown(context.names.role(role)), std::string(kind_of(context, role)),
                    std::to_string(load.owns), std::to_string(load.performs_in),
                    std::to_string(load.steps), std::to_string(load.manages)});
  }
  book.block(markdown_table(
      {"Role", "Kind", "Owns (A)", "Performs steps in (R)", "Steps performed", "Manages systems"},
      rows));
}

} // namespace

void write_ownership_page(const ReportContext& context, Book& book) {
  book.begin_page("ownership.md", "Ownership", std::string(ownership_key));
  book.block("A: owns the process and answers for its outputs (accountable). R: performs at "
             "least one of its steps (responsible); a step without `by` is performed by the "
             "owner. M: manages the system the process belongs to, directly or inherited from a "
             "system above.");
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
