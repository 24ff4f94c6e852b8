#include "report/markdown.hpp"
#include "report/pages.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

/// What one role does for one process: A, R and M.
std::string involvement(const ReportContext& context, std::size_t p, const std::string& role) {
  const Process& process = context.model.processes[p];
  std::string letters;
  if (process.owner && process.owner->id == role) {
    letters += "A";
  }
  bool performs = false;
  for (const Step& step : process.steps) {
    const std::optional<Ref>& by = step.by ? step.by : process.owner;
    performs = performs || (by && by->id == role);
  }
  if (performs) {
    letters += letters.empty() ? "R" : ", R";
  }
  if (process.system) {
    const std::optional<Ref>& manager = context.handoffs.manager_of(*process.system);
    if (manager && manager->id == role) {
      letters += letters.empty() ? "M" : ", M";
    }
  }
  return letters;
}

void write_matrix(const ReportContext& context, Book& book) {
  std::vector<std::string> header{"Process"};
  for (const std::string& role : context.role_ids) {
    header.push_back(escape_markdown(context.names.role(role)));
  }
  std::vector<std::vector<std::string>> rows;
  for (std::size_t p = 0; p < context.model.processes.size(); ++p) {
    std::vector<std::string> row{context.process_link(book, p)};
    for (const std::string& role : context.role_ids) {
      row.push_back(involvement(context, p, role));
    }
    rows.push_back(std::move(row));
  }
  book.block(markdown_table(header, rows));
}

struct Load {
  std::size_t owns = 0;
  std::size_t performs_in = 0;
  std::size_t steps = 0;
  std::size_t manages = 0;
};

Load load_of(const ReportContext& context, const std::string& role) {
  Load load;
  for (const Process& process : context.model.processes) {
    load.owns += process.owner && process.owner->id == role;
    std::size_t steps = 0;
    for (const Step& step : process.steps) {
      const std::optional<Ref>& by = step.by ? step.by : process.owner;
      steps += by && by->id == role;
    }
    load.steps += steps;
    load.performs_in += steps > 0;
  }
  for (const System& system : context.model.systems) {
    load.manages += system.manager && system.manager->id == role;
  }
  return load;
}

std::string_view kind_of(const ReportContext& context, const std::string& role) {
  const Role* found = context.handoffs.role(role);
  if (found == nullptr) {
    return "not in the catalogue";
  }
  constexpr std::string_view kinds[] = {"person", "team", "vendor", "automation"};
  return kinds[static_cast<std::size_t>(found->kind)];
}

void write_load(const ReportContext& context, Book& book) {
  std::vector<std::vector<std::string>> rows;
  for (const std::string& role : context.role_ids) {
    Load load = load_of(context, role);
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
  } else {
    write_matrix(context, book);
  }
  book.section("Load per role");
  if (context.role_ids.empty()) {
    book.block("No roles yet.");
  } else {
    write_load(context, book);
  }
}

} // namespace bizmap
