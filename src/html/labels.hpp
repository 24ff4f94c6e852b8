#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace bizmap {

/// The languages the HTML manual's own words (headings, labels, sentences)
/// are written in. The model's text is shown as its author wrote it.
enum class Language : std::uint8_t { en, de };

/// Every word or sentence the HTML manual writes of its own. A sentence with
/// `{}` takes values, in order.
enum class Label : std::uint8_t {
  manual,            // the title after the business name
  skip_to_content,   // the first link of every page
  site_navigation,   // the navigation's name
  search,            // the search field's label
  search_hint,       // under the search field
  search_none,       // no result
  start_here,        // the staff index's first heading
  start_here_for,    // "Start here: {}" the role page's title
  systems,           // heading and navigation
  processes,         // heading and navigation
  roles,             // heading and navigation
  health_check,      // page title and navigation
  value_streams,     // page title and navigation
  print_manual,      // print.html's title and its link
  run_sheet,         // a run sheet's title: "Run sheet: {}"
  open_run_sheet,    // the link from a process to its run sheet
  description,       // a page's description
  goal,              // a system's goal
  manager,           // who answers for a system
  owner,             // who owns a process
  where_it_sits,     // the systems above a process
  starts_when,       // a process's trigger
  how_often,         // a process's frequency
  tools,             // the tools a process uses
  hands_on_time,     // the time one run takes
  outcomes,          // a system's outcomes
  subsystems,        // a system's subsystems
  diagram,           // a diagram's heading
  diagram_of,        // "Handoffs of {}", a diagram's description for screen readers
  diagram_too_large, // "{} boxes are too many to draw legibly: see each system's page."
  no_diagrams,       // this build draws no SVG
  what_you_receive,  // a process's inputs
  what_you_hand_over,
  what,           // a table column: the data
  from,           // a table column: who supplies it
  to,             // a table column: who uses it
  outside,        // outside the business
  steps,          // the steps heading
  step,           // a table column
  who,            // a table column
  tool,           // a table column
  time,           // a table column
  what_ifs,       // "If something goes wrong"
  done,           // the checkbox column of a run sheet
  notes,          // a step's notes
  links,          // a step's links
  date_line,      // "Date: ____ Done by: ____" on a run sheet
  done_by,        // on a run sheet
  your_part,      // a role's part in a process
  owns,           // "owns it"
  performs,       // "steps {}" the steps a role performs
  consulted,      // "is consulted"
  informed,       // "is informed"
  manages,        // systems a role manages
  checklist,      // the role's steps in a process
  per_run,        // "{} per run"
  hours_per_week, // "about {} hours per week"
  overall,        // the business's health score
  documentation,  // the model's completeness, scored apart
  area,           // a health table column
  score,          // a health table column
  weight,         // a health table column
  missing,        // a health table column: what is missing
  findings,       // the author's open findings
  no_findings,    // none
  lead_time,      // a value stream's lead time
  chain,          // the processes of a value stream
  chain_too_long, // a value stream whose chain is not drawn
  not_set,        // a placeholder for the author
  no_steps,       // a process without steps
  all_pages,      // the list of pages on the index
  results,        // the search results' name
  automated,      // an automated step
  manual_note,    // print.html's first sentence
  contents,       // print.html's table of contents
  on_demand,      // how often a process runs
  daily,
  weekly,
  fortnightly,
  monthly,
  quarterly,
  yearly,
  one_day,       // "{} day", of working time
  days,          // "{} days"
  decimal_point, // in hours per week
  run_sheets_of, // "Run sheets: {}", the page of a system's run sheets
  run_sheets,    // the page of the run sheets of processes in no system
  count          // the number of labels, not one of them
};

inline constexpr std::size_t label_count = static_cast<std::size_t>(Label::count);

/// The labels of one language, in the order of Label.
std::span<const std::string_view, label_count> labels(Language language);

/// The word or sentence `label` in `language`.
std::string_view label(Language language, Label label);

/// The language a code ("en", "de") names.
std::optional<Language> language_named(std::string_view code);

/// The codes of every language, in the order of Language.
std::span<const std::string_view> language_codes();

/// The code of a language, for the pages' `lang` attribute.
std::string_view language_code(Language language);

} // namespace bizmap
