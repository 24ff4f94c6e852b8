#pragma once

#include "rules/rule.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bizmap {

/// The date the examples are checked as of, so that the pages do not change
/// with the clock (review-overdue compares with it).
inline constexpr Date example_date{2026, 6, 1};

/// The findings of one rule on a documentation example, as `bizmap check`
/// prints them in text (without the summary line), with file paths relative
/// to the example's folder.
struct ExampleFindings {
  std::string text;
  std::size_t others = 0; ///< findings of other rules, left out of `text`
};
ExampleFindings example_findings(std::string_view example, std::string_view rule_id);

/// A rule's documentation as Markdown: what `bizmap explain` prints and
/// docs/rules/<id>.md holds.
std::string rule_page(const Rule& rule);

/// docs/rules/README.md: severities, configuration, suppression comments and
/// a table of every rule linking to its page.
std::string rules_index();

/// One file of docs/rules/.
struct RulePage {
  std::string file_name;
  std::string text;
};

/// Every file of docs/rules/: a page per rule, then README.md.
std::vector<RulePage> rule_pages();

} // namespace bizmap
