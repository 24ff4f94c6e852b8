// The generic fact of a key: its label and its value, for every key of the
// format that a page does not render in a way of its own, so that a key the
// format gains shows on the pages without a line here.
#include "report/key_facts.hpp"

#include "output/markdown.hpp"

#include <algorithm>

namespace bizmap {
namespace {

std::string item_text(const ReportContext& context, Book& book, const FieldFormat& format,
                      const ShownItem& item) {
  // A process's `inputs` (ids and `one_of` lines) never come here: its page
  // shows them in a table of their own.
  bool names = format.kind == ValueKind::reference || format.kind == ValueKind::references;
  if (names && format.names == ElementKind::role) {
    return context.role_link(book, item.text);
  }
  if (names && format.names == ElementKind::data) {
    return context.data_link(book, item.text);
  }
  if (names && format.names == ElementKind::tool) {
    return escape_markdown(context.names.tool(item.text));
  }
  if (format.kind == ValueKind::choice) {
    std::string words = item.text; // pages are prose: "on demand", not "on-demand"
    std::replace(words.begin(), words.end(), '-', ' ');
    return words;
  }
  return escape_markdown(item.text);
}

} // namespace

std::string key_fact_value(const ReportContext& context, Book& book, const FieldFormat& format,
                           const ShownValue& value) {
  std::vector<std::string> items;
  for (const ShownItem& item : value) {
    items.push_back(item_text(context, book, format, item));
  }
  return join_or(items, "");
}

std::string_view key_fact_placeholder(const FieldFormat& format) {
  return format.kind == ValueKind::choice ? "not set" : "";
}

} // namespace bizmap
