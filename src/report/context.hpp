#pragma once

#include "flow/flow.hpp"
#include "graph/names.hpp"
#include "health/health.hpp"
#include "model/index.hpp"
#include "report/book.hpp"
#include "report/report.hpp"
#include "report/value_streams.hpp"
#include "report/workload.hpp"

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bizmap {

/// Everything the pages of a report share: the model, its handoffs, its
/// findings, unique page titles and the keys that links use.
class ReportContext {
public:
  ReportContext(const Model& model, const std::vector<Diagnostic>& findings,
                const ReportOptions& options);

  const Model& model;
  const std::vector<Diagnostic>& findings;
  const ReportOptions& options;
  ModelIndex index;
  const Handoffs& handoffs; ///< index.handoffs
  FlowAnalysis flow;
  ModelHealth health; ///< the health checks of the business and each system
  DisplayNames names;
  ValueStreams value_streams;
  std::vector<std::optional<std::size_t>> finding_process; ///< by finding
  /// The findings of each process, in order: a page looks at its own only.
  std::vector<std::vector<std::size_t>> process_findings;
  std::vector<std::string> data_ids; ///< the catalogue, then undeclared ids in order of use
  std::vector<std::string> role_ids; ///< the catalogue, then undeclared ids in order of use
  std::unordered_map<std::string_view, RoleInvolvement> work; ///< by role id
  Workload workload;                     ///< hours per week and capacity of every role
  std::vector<std::size_t> system_ranks; ///< see system_order.hpp

  /// Pages for the staff who do the work leave out what only the author needs.
  bool for_staff() const { return options.audience == Audience::staff; }
  /// The findings that concern process `p` (positions in `findings`).
  const std::vector<std::size_t>& findings_of(std::size_t p) const { return process_findings[p]; }
  /// What a role does; empty for a role that does nothing.
  const RoleInvolvement& work_of(std::string_view role) const;
  /// The top-level systems, or the subsystems of `parent`, in the report's order.
  std::vector<std::size_t> systems_in_order(std::optional<std::size_t> parent) const;

  const std::string& business_name() const { return business_name_; }
  const std::string& system_title(std::size_t s) const { return system_titles_[s]; }
  const std::string& process_title(std::size_t p) const { return process_titles_[p]; }
  const std::string& data_title(std::string_view id) const { return data_titles_.at(id); }
  const std::string& role_title(std::size_t r) const { return role_titles_[r]; }
  /// The position of a role id in role_ids.
  std::size_t role_position(std::string_view id) const { return role_positions_.at(id); }
  /// Systems that list `data` among their outcomes.
  std::vector<std::size_t> outcome_of(std::string_view data) const;

  static std::string system_path(const Model& model, std::size_t s);
  static std::string process_path(const Model& model, std::size_t p);
  static std::string system_key(std::size_t s);
  static std::string process_key(std::size_t p);
  static std::string data_key(std::string_view id);
  std::string role_path(std::size_t r) const;
  static std::string role_key(std::size_t r);
  /// The heading of a value stream on the value streams page.
  static std::string stream_key(std::string_view id);

  std::string system_link(Book& book, std::size_t s) const;
  std::string process_link(Book& book, std::size_t p) const;
  std::string data_link(Book& book, const std::string& id) const;
  /// A link to the page of the role with this id.
  std::string role_link(Book& book, std::string_view id) const;
  /// The owner of a process by name, or "not set".
  std::string owner_name(const Process& process) const;
  /// Business > System > Subsystem, each linked.
  std::string breadcrumb(Book& book, std::optional<std::size_t> system) const;

private:
  void collect_ids();
  void assign_titles();

  std::string business_name_;
  std::vector<std::string> system_titles_;
  std::vector<std::string> process_titles_;
  std::unordered_map<std::string_view, std::string> data_titles_; ///< keys view data_ids
  // The titles escaped once, as every link shows them.
  std::vector<std::string> system_link_texts_;
  std::vector<std::string> process_link_texts_;
  std::vector<std::string> role_link_texts_;
  std::unordered_map<std::string_view, std::string> data_link_texts_;
  std::vector<std::string> role_titles_;
  std::unordered_map<std::string_view, std::size_t> role_positions_;
  std::unordered_map<std::string_view, std::vector<std::size_t>> outcome_systems_;
};

/// How often a process runs, in words ("on demand", "not set").
std::string_view frequency_name(Frequency frequency);
/// The layer of a process in words.
std::string_view layer_name(Layer layer);

/// A Markdown table; cells are escaped already.
std::string markdown_table(const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows);

/// Lines joined with line breaks.
std::string join_lines(const std::vector<std::string>& lines);

/// Items joined with ", ", or `none` when there are none.
std::string join_or(const std::vector<std::string>& items, std::string_view none);

/// The facts list at the top of a page, a "- **Label:** value" line each.
/// A fact without a value is left out; for authors, a placeholder ("not
/// set") says what is missing instead, while staff see nothing of it.
class Facts {
public:
  explicit Facts(bool for_staff) : for_staff_(for_staff) {}

  void add(std::string_view label, std::string_view value, std::string_view placeholder = {});
  const std::string& text() const { return text_; }

private:
  bool for_staff_;
  std::string text_;
};

/// The health check as a table, with the overall score, the weakest areas
/// and what each area finds missing.
void write_health(const ReportContext& context, const HealthCheck& health, Book& book);

/// The heading key of the index page and its sections.
inline constexpr std::string_view index_key = "page:index";
inline constexpr std::string_view ownership_key = "page:ownership";
inline constexpr std::string_view data_page_key = "page:data";
inline constexpr std::string_view value_streams_key = "page:value-streams";

/// "Every 6 months; last reviewed 2026-03-01, next review by 2026-09-01",
/// with "overdue" when the next review is before the report's date; empty
/// when the process has neither a review date nor a cadence.
std::string review_line(const ReportContext& context, const Process& process);

} // namespace bizmap
