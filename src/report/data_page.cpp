#include "output/markdown.hpp"
#include "report/key_facts.hpp"
#include "report/pages.hpp"

#include <fmt/format.h>
#include <string_view>
#include <unordered_map>

namespace bizmap {
namespace {

// The data catalogue by id, built once per page so that each item costs the
// same whatever the size of the catalogue; the first entry of a repeated id
// is the one described, as everywhere else.
using DataById = std::unordered_map<std::string_view, const DataItem*>;

DataById index_catalogue(const Model& model) {
  DataById catalogue;
  catalogue.reserve(model.data.size());
  for (const DataItem& item : model.data) {
    catalogue.emplace(item.id.id, &item);
  }
  return catalogue;
}

const DataItem* catalogue_entry(const DataById& catalogue, const std::string& id) {
  auto found = catalogue.find(id);
  return found == catalogue.end() ? nullptr : found->second;
}

std::string producers(const ReportContext& context, Book& book, const std::string& id) {
  std::vector<std::string> names;
  for (const Handoffs::Use& use : context.handoffs.producers(id)) {
    names.push_back(context.process_link(book, use.process));
  }
  if (context.handoffs.is_external_input(id)) {
    names.emplace_back("outside the business");
  }
  return join_or(names, context.for_staff() ? "" : "**missing**: nothing produces it");
}

std::string consumers(const ReportContext& context, Book& book, const std::string& id) {
  std::vector<std::string> names;
  for (const Handoffs::Use& use : context.handoffs.consumers(id)) {
    names.push_back(context.process_link(book, use.process));
  }
  for (std::size_t s : context.outcome_of(id)) {
    names.push_back("outcome of " + context.system_link(book, s));
  }
  if (context.handoffs.is_external_output(id)) {
    names.emplace_back("outside the business");
  }
  return join_or(names, context.for_staff() ? "" : "**missing**: nothing uses it");
}

// Every key of a data item from the loader's field table, so that a key the
// format gains shows on the page without a line here. The id is the first
// fact; the name and the description are the heading and the paragraph
// under it; a kind is worth a line only when the item is a standing record.
void write_keys(const ReportContext& context, Book& book, const DataItem& item, Facts& facts) {
  for (const ElementKey<DataItem>& key : element_keys<DataItem>()) {
    if (key.key == "id" || key.key == "name" || key.key == "description" || key.show == nullptr ||
        (key.key == "kind" && item.kind == DataKind::flow)) {
      continue;
    }
    std::string_view placeholder = key.key == "fields" ? "not listed"
                                   : key.key == "system_of_record"
                                       ? "not set"
                                       : key_fact_placeholder(key.format);
    facts.add(fact_label(key), key_fact_value(context, book, key.format, key.show(item)),
              placeholder);
  }
}

void write_item(const ReportContext& context, const DataById& catalogue, Book& book,
                const std::string& id) {
  book.section(context.data_title(id), ReportContext::data_key(id));
  const DataItem* item = catalogue_entry(catalogue, id);
  if (item != nullptr && !item->description.empty()) {
    book.block(escape_markdown(item->description));
  }
  bool staff = context.for_staff();
  Facts facts(staff);
  facts.add("Id", escape_markdown(id) +
                      (item == nullptr && !staff ? " (not in the data catalogue)" : ""));
  static const DataItem not_in_catalogue;
  write_keys(context, book, item != nullptr ? *item : not_in_catalogue, facts);
  facts.add("Producers", producers(context, book, id));
  facts.add("Consumers", consumers(context, book, id));
  book.block(facts.text());
}

} // namespace

void write_data_page(const ReportContext& context, Book& book) {
  book.begin_page("data.md", "Data", std::string(data_page_key));
  if (context.data_ids.empty()) {
    book.block("No data items yet.");
    return;
  }
  book.block("Every data item the model names, with the processes that produce and use it and "
             "the tool where it lives.");
  DataById catalogue = index_catalogue(context.model);
  for (const std::string& id : context.data_ids) {
    write_item(context, catalogue, book, id);
  }
}

} // namespace bizmap
