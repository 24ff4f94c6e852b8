#pragma once

#include "html/labels.hpp"
#include "html/site.hpp"
#include "report/context.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// Where a page body is written: on a page of its own (links to files) or in
/// print.html (links to its sections), and the level of its title heading.
struct Where {
  std::string page; ///< the file the body goes in, relative to the site's folder
  bool print = false;
  int level = 1;
};

/// One entry of the search index.
struct SearchEntry {
  std::string title;
  std::string path;
  std::string_view kind;
  std::string text;
};

/// What every page of the HTML manual shares: the report's context, the
/// language, the diagrams drawn beforehand, and the paths and anchors of
/// every page.
class HtmlSite {
public:
  HtmlSite(const Model& model, const std::vector<Diagnostic>& findings, const HtmlOptions& options);

  ReportContext context;
  Language language;
  bool diagrams; ///< drawn, when this build draws SVG

  std::string_view text(Label which) const { return label(language, which); }
  /// A label with values for its `{}`, every value escaped already.
  std::string text(Label which, std::string_view value) const;

  /// How often a process runs, in words; empty when the model does not say.
  std::string frequency(Frequency frequency) const;
  /// Working time in words ("2 h 15 min", "1 Tag 2 h"), a day of 8 hours.
  std::string duration(std::uint64_t minutes) const;
  /// Hours per week with one decimal, from minutes of work per year.
  std::string hours_per_week(double hours_per_week) const;

  static std::string system_page(const Model& model, std::size_t s);
  static std::string process_page(const Model& model, std::size_t p);
  /// The page that holds a process's run sheet: one page per system holds
  /// the run sheets of its own processes, each a section of its own
  /// (`#run-sheet-P`), and run-sheets.html those of processes in no system.
  /// A page per sheet would double the files of the manual, and creating a
  /// file costs more than writing it.
  static std::string run_sheet_page(const Model& model, std::size_t p);
  static std::string run_sheets_page(const Model& model, std::optional<std::size_t> system);
  std::string run_sheet_href(const Where& at, std::size_t p) const;
  std::string role_page(std::size_t r) const;

  /// Links, relative to `at`, or to print.html's sections when printing.
  std::string system_href(const Where& at, std::size_t s) const;
  std::string process_href(const Where& at, std::size_t p) const;
  std::string role_href(const Where& at, std::size_t r) const;
  std::string file_href(const Where& at, std::string_view file) const;
  std::string system_link(const Where& at, std::size_t s) const;
  std::string process_link(const Where& at, std::size_t p) const;
  std::string role_link(const Where& at, std::string_view id) const;

  /// The drawn handoffs of a system (or the whole business), inline, or a
  /// sentence that says why there is none; `prefix` keeps ids apart.
  std::string diagram(std::optional<std::size_t> system, std::string_view prefix) const;

  /// The whole page around a body: head, skip link, header with search,
  /// navigation, main and footer.
  std::string page(const Where& at, std::string_view title, const std::string& body) const;

  // Page bodies, each with its title heading at `at.level`.
  std::string index_body(const Where& at) const;
  std::string system_body(const Where& at, std::size_t s) const;
  std::string process_body(const Where& at, std::size_t p) const;
  std::string run_sheet_body(const Where& at, std::size_t p) const;
  /// The run sheets of a system's own processes, or of those in no system.
  std::string run_sheets_body(const Where& at, std::optional<std::size_t> system) const;
  std::string role_body(const Where& at, std::size_t r) const;
  std::string health_body(const Where& at) const;
  std::string value_streams_body(const Where& at) const;
  std::string print_body() const;

  /// Systems in the order of the report: each parent before its subsystems.
  std::vector<std::size_t> systems_in_reading_order() const;
  /// Processes in reading order: by system, each system's in model order.
  std::vector<std::size_t> processes_in_reading_order() const;

  std::vector<SearchEntry> search_entries() const;

  /// The most boxes a diagram may have to be drawn.
  static constexpr std::size_t most_boxes = 30;

private:
  std::string heading(const Where& at, int below, std::string_view title,
                      std::string_view id = {}) const;
  std::string facts(const std::vector<std::pair<std::string_view, std::string>>& rows) const;

  std::vector<std::optional<std::string>> system_svgs_; ///< by system
  std::optional<std::string> business_svg_;
  std::size_t business_boxes_ = 0;
  std::vector<std::size_t> system_boxes_;
  friend class HtmlSiteDrawer;
  void draw_diagrams();
};

/// The title of a system, process or role page, escaped.
std::string escaped_title(const std::string& title);

} // namespace bizmap
