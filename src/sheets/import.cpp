// Sheets into model files: every row read into the element its sheet holds,
// ids or names in any cell, and the files then read by the loader itself, so
// that a cell it cannot read is a finding at the cell.
#include "model/ids.hpp"
#include "model/suggest.hpp"
#include "rules/rules.hpp"
#include "sheets/cells.hpp"
#include "sheets/csv.hpp"
#include "sheets/drafts.hpp"
#include "sheets/layout.hpp"
#include "sheets/model_files.hpp"
#include "sheets/names.hpp"
#include "sheets/sheets.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <unordered_map>

namespace bizmap::sheets {
namespace {

std::string file_name(const std::string& path) {
  return folded(std::filesystem::path(path).filename().string());
}

/// A cell's text as its author meant it: the formula apostrophe taken away,
/// and blanks around a one-line cell.
std::string cell_value(std::string_view text) {
  std::string value = unguarded(text);
  if (value.find('\n') == std::string::npos) {
    return std::string(trimmed(value));
  }
  return value;
}

/// A sheet read: its table, and which column of the layout each column is.
struct ReadSheet {
  std::uint32_t index = 0; ///< in Imported::sheets.files
  const SheetLayout* layout = nullptr;
  Table table;
  std::vector<const Column*> columns; ///< by the sheet's column, null when not read
};

class Importer {
public:
  explicit Importer(std::vector<SheetBytes> sheets) : inputs_(std::move(sheets)) {}

  Imported run() {
    read_sheets();
    read_catalogue_sheet("roles.csv", drafts_.roles);
    read_catalogue_sheet("tools.csv", drafts_.tools);
    read_catalogue_sheet("data.csv", drafts_.data);
    read_systems_sheet();
    name_processes();
    read_processes_sheet();
    read_business_sheet();
    ModelFiles files = write_model_files(drafts_);
    for (Diagnostic& finding : read_back(files, first_sheet())) {
      result_.findings.push_back(std::move(finding));
    }
    result_.files = std::move(files.files);
    sort_findings();
    return std::move(result_);
  }

private:
  // --- findings ------------------------------------------------------------

  Diagnostic& report(const Rule& rule, Origin at, std::string message) {
    Diagnostic finding{rule.id, Severity::error, Location{at.sheet, at.row, at.column, 1},
                       std::move(message)};
    result_.findings.push_back(std::move(finding));
    return result_.findings.back();
  }

  static Origin origin_of(const ReadSheet& sheet, const Cell& cell) {
    return {sheet.index, cell.row, cell.column};
  }

  // --- sheets and their headers -------------------------------------------

  void read_sheets() {
    bool alone = inputs_.size() == 1;
    for (SheetBytes& input : inputs_) {
      std::uint32_t index = static_cast<std::uint32_t>(result_.sheets.files.size());
      result_.sheets.files.push_back({input.path, {}});
      const SheetLayout* layout = find_layout(file_name(input.path));
      if (layout == nullptr && alone) {
        layout = find_layout("processes.csv");
      }
      if (layout == nullptr) {
        unknown_sheet(index, input.path);
        continue;
      }
      if (input.bytes.size() > largest_sheet) {
        report(rules::not_a_model, {index, 1, 1},
               "this sheet is larger than 512 MiB; bizmap does not read it");
        continue;
      }
      ReadSheet sheet{index, layout, read_csv(std::move(input.bytes)), {}};
      for (const CsvProblem& problem : sheet.table.problems) {
        report(rules::invalid_value, {index, problem.row, problem.column}, problem.message);
      }
      read_headers(sheet);
      sheets_.push_back(std::move(sheet));
    }
  }

  void unknown_sheet(std::uint32_t index, const std::string& path) {
    std::vector<std::string_view> names;
    for (const SheetLayout& layout : sheet_layouts()) {
      names.push_back(layout.file);
    }
    std::string name = file_name(path);
    report(rules::not_a_model, {index, 1, 1},
           fmt::format("'{}' is not a sheet bizmap reads: the sheets are business.csv, "
                       "roles.csv, tools.csv, data.csv, systems.csv and processes.csv{}",
                       name, did_you_mean(closest(name, names))));
  }

  // Headers matched without regard to case; a key of the format is read too.
  const Column* column_for(const SheetLayout& layout, std::string_view header) const {
    std::string key = header_key(header);
    for (const Column& column : layout.columns) {
      if (header_key(column.header) == key) {
        return &column;
      }
    }
    for (const Column& column : layout.columns) {
      if (!column.key.empty() && header_key(column.key) == key) {
        return &column;
      }
    }
    return nullptr;
  }

  void read_headers(ReadSheet& sheet) {
    if (sheet.table.rows.empty()) {
      return;
    }
    std::vector<std::string> headers;
    std::vector<std::string_view> known;
    for (const Column& column : sheet.layout->columns) {
      known.push_back(column.header);
    }
    std::unordered_map<const Column*, std::size_t> placed;
    for (const Cell& cell : sheet.table.rows.front()) {
      std::string header = cell_value(cell.text);
      const Column* column = header.empty() ? nullptr : column_for(*sheet.layout, header);
      if (column != nullptr) {
        auto [first, added] = placed.try_emplace(column, cell.column);
        if (!added) {
          report(rules::duplicate_key, origin_of(sheet, cell),
                 fmt::format("column '{}' is also column {}: its cells are not read",
                             column->header, first->second));
          column = nullptr;
        }
      } else if (!header.empty()) {
        report(rules::unknown_key, origin_of(sheet, cell),
               fmt::format("unknown column '{}' in {}: its cells are not read{}", header,
                           sheet.layout->file, did_you_mean(closest(header, known))));
      }
      sheet.columns.push_back(column);
    }
    report_cells_without_header(sheet);
  }

  // A cell under no header, or under a header that is not read, is said once
  // a column when the header is blank.
  void report_cells_without_header(const ReadSheet& sheet) {
    const std::vector<Cell>& headers = sheet.table.rows.front();
    std::vector<bool> said(headers.size(), false);
    for (std::size_t r = 1; r < sheet.table.rows.size(); ++r) {
      for (const Cell& cell : sheet.table.rows[r]) {
        std::size_t c = cell.column - 1;
        if (trimmed(cell.text).empty()) {
          continue;
        }
        if (c >= headers.size()) {
          report(rules::unknown_key, origin_of(sheet, cell),
                 "this cell is right of the last column with a header: it is not read");
        } else if (trimmed(headers[c].text).empty() && !said[c]) {
          said[c] = true;
          report(rules::unknown_key, origin_of(sheet, cell),
                 fmt::format("column {} has no header: its cells are not read", c + 1));
        }
      }
    }
  }

  const ReadSheet* sheet_named(std::string_view file) const {
    for (const ReadSheet& sheet : sheets_) {
      if (sheet.layout->file == file) {
        return &sheet;
      }
    }
    return nullptr;
  }

  // The cells of a row by the layout's columns they are under.
  struct Row {
    const ReadSheet* sheet;
    const std::vector<Cell>* cells;
    std::uint32_t number;

    const Cell* cell(const Column& column) const {
      for (std::size_t c = 0; c < cells->size() && c < sheet->columns.size(); ++c) {
        if (sheet->columns[c] == &column) {
          return &(*cells)[c];
        }
      }
      return nullptr;
    }
    const Cell* special(Special kind) const {
      for (std::size_t c = 0; c < cells->size() && c < sheet->columns.size(); ++c) {
        if (sheet->columns[c] != nullptr && sheet->columns[c]->special == kind) {
          return &(*cells)[c];
        }
      }
      return nullptr;
    }
    const Cell* keyed(Holder holder, std::string_view key) const {
      for (std::size_t c = 0; c < cells->size() && c < sheet->columns.size(); ++c) {
        const Column* column = sheet->columns[c];
        if (column != nullptr && column->holder == holder && column->key == key &&
            column->special == Special::none) {
          return &(*cells)[c];
        }
      }
      return nullptr;
    }
    std::string value(const Cell* at) const {
      return at == nullptr ? std::string() : cell_value(at->text);
    }
    bool blank() const {
      return std::all_of(cells->begin(), cells->end(),
                         [](const Cell& cell) { return trimmed(cell.text).empty(); });
    }
  };

  template <class Visit> void each_row(const ReadSheet& sheet, Visit visit) {
    for (std::size_t r = 1; r < sheet.table.rows.size(); ++r) {
      Row row{&sheet, &sheet.table.rows[r], static_cast<std::uint32_t>(r + 1)};
      if (!row.blank()) {
        visit(row);
      }
    }
  }

  // --- values of cells -------------------------------------------------------

  RowNames* names_of(ElementKind kind) {
    switch (kind) {
    case ElementKind::role:
      return &drafts_.roles.names;
    case ElementKind::tool:
      return &drafts_.tools.names;
    case ElementKind::data:
      return &drafts_.data.names;
    case ElementKind::process:
      return &process_names_;
    case ElementKind::system:
      return &system_names_;
    }
    return nullptr;
  }

  CatalogueRows* catalogue_of(ElementKind kind) {
    switch (kind) {
    case ElementKind::role:
      return &drafts_.roles;
    case ElementKind::tool:
      return &drafts_.tools;
    case ElementKind::data:
      return &drafts_.data;
    default:
      return nullptr;
    }
  }

  // The id a cell names. Where a sheet gave the catalogue, a cell that names
  // none of its elements is kept as written, for `check` to report; else
  // the element is added to the catalogue built from the rows.
  std::optional<std::string> reference(ElementKind kind, std::string_view text, Origin at) {
    CatalogueRows* catalogue = catalogue_of(kind);
    if (catalogue != nullptr && catalogue->from_sheet) {
      return catalogue->names.find(text).value_or(std::string(trimmed(text)));
    }
    std::optional<std::string> id = names_of(kind)->resolve(text);
    if (!id) {
      report(rules::invalid_value, at,
             fmt::format("'{}' names no {}: write its id or its name", text, to_string(kind)));
      return std::nullopt;
    }
    if (catalogue != nullptr && !catalogue->names.has(*id)) {
      add_to_catalogue(*catalogue, *id, trimmed(text), at);
    }
    return id;
  }

  static void add_to_catalogue(CatalogueRows& catalogue, const std::string& id,
                               std::string_view text, Origin at) {
    YamlValue entry = YamlValue::map(true);
    entry.add("id", YamlValue::scalar(id, at));
    std::string_view name = id != text ? text : std::string_view();
    if (!name.empty()) {
      entry.add("name", YamlValue::scalar(std::string(name), at));
      catalogue.named_in_rows = true;
    }
    catalogue.entries.push_back(std::move(entry));
    catalogue.names.add(id, name);
  }

  std::optional<YamlValue> what_ifs(const std::string& cell, Origin at) {
    YamlValue list = YamlValue::sequence(false);
    for (const std::string& line : cell_lines(cell)) {
      std::optional<WhatIfCell> what_if = what_if_cell(line);
      if (!what_if) {
        report(rules::invalid_value, at,
               fmt::format("'{}' is not a what-if: write what goes wrong, '=>', and what to do "
                           "('oven fails => call the engineer')",
                           line));
        continue;
      }
      YamlValue item = YamlValue::map(false);
      item.add("if", YamlValue::scalar(what_if->condition, at));
      item.add("then", YamlValue::scalar(what_if->response, at));
      list.items.push_back(std::move(item));
    }
    return list.items.empty() ? std::nullopt : std::optional(std::move(list));
  }

  // Data ids or names, and `one of: a | b (95/5)`: a list of block style
  // where it holds a choice, as a person writes one.
  std::optional<YamlValue> inputs(const std::string& cell, Origin at) {
    YamlValue list = YamlValue::sequence(true);
    for (const std::string& item : list_items(cell)) {
      if (std::optional<OneOfCell> one_of = one_of_cell(item)) {
        list.items.push_back(choice(*one_of, at));
        list.flow = false;
      } else if (std::optional<std::string> id = reference(ElementKind::data, item, at)) {
        list.items.push_back(YamlValue::scalar(*id, at));
      }
    }
    return list.items.empty() ? std::nullopt : std::optional(std::move(list));
  }

  YamlValue choice(const OneOfCell& one_of, Origin at) {
    YamlValue choice = YamlValue::map(false);
    YamlValue& alternatives = choice.add("one_of", YamlValue::sequence(true));
    for (const std::string& alternative : one_of.alternatives) {
      if (std::optional<std::string> id = reference(ElementKind::data, alternative, at)) {
        alternatives.items.push_back(YamlValue::scalar(*id, at));
      }
    }
    if (!one_of.shares.empty()) {
      YamlValue& shares = choice.add("share", YamlValue::sequence(true));
      for (const std::string& share : one_of.shares) {
        shares.items.push_back(YamlValue::scalar(share, at));
      }
    }
    return choice;
  }

  std::optional<YamlValue> calendar(const std::string& cell, Origin at) {
    std::optional<CalendarCell> calendar = calendar_cell(cell);
    if (!calendar) {
      report(rules::invalid_value, at,
             fmt::format("'{}' is not working time: write it as '7.5 hours a day, 5 days a week'",
                         cell));
      return std::nullopt;
    }
    YamlValue value = YamlValue::map(true);
    value.add("hours_per_day", YamlValue::scalar(calendar->hours_per_day, at));
    value.add("days_per_week", YamlValue::scalar(calendar->days_per_week, at));
    return value;
  }

  static YamlValue links(const std::string& cell, Origin at) {
    YamlValue list = YamlValue::sequence(false);
    for (const std::string& line : cell_lines(cell)) {
      LinkCell link = link_cell(line);
      if (link.title.empty()) {
        list.items.push_back(YamlValue::scalar(link.url, at));
      } else {
        YamlValue item = YamlValue::map(true);
        item.add("title", YamlValue::scalar(link.title, at));
        item.add("url", YamlValue::scalar(link.url, at));
        list.items.push_back(std::move(item));
      }
    }
    return list;
  }

  // A cell as the value of its key, by what the format says the key holds.
  std::optional<YamlValue> value_of(const Column& column, const std::string& cell, Origin at) {
    const FieldFormat& format = *column.format;
    switch (format.kind) {
    case ValueKind::reference: {
      std::optional<std::string> id = reference(format.names, cell, at);
      return id ? std::optional(YamlValue::scalar(*id, at)) : std::nullopt;
    }
    case ValueKind::references: {
      YamlValue list = YamlValue::sequence(true);
      for (const std::string& item : list_items(cell)) {
        if (std::optional<std::string> id = reference(format.names, item, at)) {
          list.items.push_back(YamlValue::scalar(*id, at));
        }
      }
      return list.items.empty() ? std::nullopt : std::optional(std::move(list));
    }
    case ValueKind::inputs:
      return inputs(cell, at);
    case ValueKind::numbers:
    case ValueKind::texts: {
      YamlValue list = YamlValue::sequence(true);
      for (const std::string& item : list_items(cell)) {
        list.items.push_back(YamlValue::scalar(item, at));
      }
      return list;
    }
    case ValueKind::element:
      if (format.element == "calendar") {
        return calendar(cell, at);
      }
      break;
    case ValueKind::elements:
      if (format.element == "what-if") {
        return what_ifs(cell, at);
      }
      if (format.element == "link") {
        return links(cell, at);
      }
      break;
    default:
      break;
    }
    return YamlValue::scalar(cell, at);
  }

  // The row's cells of one element into its map of keys, in column order.
  void read_fields(const Row& row, Holder holder, YamlValue& fields,
                   std::span<const std::string_view> skip = {}) {
    for (std::size_t c = 0; c < row.cells->size() && c < row.sheet->columns.size(); ++c) {
      const Column* column = row.sheet->columns[c];
      if (column == nullptr || column->holder != holder || column->special != Special::none ||
          std::find(skip.begin(), skip.end(), column->key) != skip.end()) {
        continue;
      }
      std::string cell = row.value(&(*row.cells)[c]);
      if (cell.empty()) {
        continue;
      }
      if (std::optional<YamlValue> value =
              value_of(*column, cell, origin_of(*row.sheet, (*row.cells)[c]))) {
        fields.add(std::string(column->key), std::move(*value));
      }
    }
  }

  // --- catalogues ------------------------------------------------------------

  // The element's id from its id cell, or from its name.
  std::optional<std::string> own_id(const Row& row, Holder holder, YamlValue& entry,
                                    std::string_view what) {
    const Cell* id_cell = row.keyed(holder, "id");
    const Cell* name_cell = row.keyed(holder, "name");
    std::string id = row.value(id_cell);
    std::string name = row.value(name_cell);
    if (!id.empty() && !is_kebab_case_id(id)) {
      if (name.empty()) {
        name = id;
        name_cell = id_cell;
      }
      id = as_kebab_case_id(id);
    }
    if (id.empty()) {
      id = as_kebab_case_id(name);
    }
    const Cell* at = id_cell != nullptr ? id_cell : name_cell;
    if (id.empty()) {
      Origin origin =
          at != nullptr ? origin_of(*row.sheet, *at) : Origin{row.sheet->index, row.number, 1};
      report(rules::missing_field, origin,
             fmt::format("this row has no id or name of a {}: it is not read", what));
      return std::nullopt;
    }
    entry.add("id", YamlValue::scalar(id, origin_of(*row.sheet, *at)));
    if (!name.empty()) {
      entry.add("name", YamlValue::scalar(name, origin_of(*row.sheet, *name_cell)));
    }
    return id;
  }

  void read_catalogue_sheet(std::string_view file, CatalogueRows& catalogue) {
    const ReadSheet* sheet = sheet_named(file);
    if (sheet == nullptr) {
      return;
    }
    catalogue.from_sheet = true;
    Holder holder = sheet->layout->columns.front().holder;
    std::vector<std::pair<YamlValue, const Row>> rows;
    each_row(*sheet, [&](const Row& row) {
      YamlValue entry = YamlValue::map(true);
      if (std::optional<std::string> id = own_id(row, holder, entry, to_string(catalogue.kind))) {
        catalogue.names.add(*id, row.value(row.keyed(holder, "name")));
        rows.emplace_back(std::move(entry), row);
      }
    });
    // The other cells name other elements: read once every id of this sheet is known.
    constexpr std::string_view own[] = {"id", "name"};
    for (auto& [entry, row] : rows) {
      read_fields(row, holder, entry, own);
      catalogue.entries.push_back(std::move(entry));
    }
  }

  // --- systems -----------------------------------------------------------------

  // The system a path names, each part an id or a name, made where missing.
  std::optional<std::size_t> system_at(const std::string& path, Origin at) {
    std::optional<std::size_t> system;
    std::vector<std::string> parts = cell_lines_split(path);
    if (parts.size() > deepest_system) {
      report(rules::invalid_value, at,
             fmt::format("the system path has {} systems, one in another: bizmap reads at most "
                         "{}",
                         parts.size(), deepest_system));
      return std::nullopt;
    }
    for (const std::string& part : parts) {
      std::optional<std::string> id = system_names_.resolve(part);
      if (!id) {
        report(rules::invalid_value, at,
               fmt::format("'{}' in the system path '{}' names no system: write its id or its "
                           "name",
                           part, path));
        return std::nullopt;
      }
      auto found = system_index_.find(*id);
      if (found != system_index_.end() && drafts_.systems[found->second].parent != system) {
        std::optional<std::size_t> above = drafts_.systems[found->second].parent;
        report(rules::invalid_value, at,
               fmt::format("system '{}' is {} already: a system has one place, so write its "
                           "whole path",
                           *id,
                           above ? fmt::format("in system '{}'", drafts_.systems[*above].id)
                                 : std::string("a top-level system")));
        return std::nullopt;
      }
      system = child(system, *id, part, at);
    }
    if (!system) {
      report(rules::invalid_value, at, "the system path is empty: write the system's id or name");
    }
    return system;
  }

  static std::vector<std::string> cell_lines_split(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
      std::size_t end = path.find('/', start);
      std::string_view part = trimmed(std::string_view(path).substr(
          start, end == std::string::npos ? std::string::npos : end - start));
      if (!part.empty()) {
        parts.emplace_back(part);
      }
      if (end == std::string::npos) {
        return parts;
      }
      start = end + 1;
    }
  }

  std::size_t child(std::optional<std::size_t> parent, const std::string& id, std::string_view text,
                    Origin at) {
    auto found = system_index_.find(id);
    if (found != system_index_.end()) {
      return found->second;
    }
    std::size_t index = drafts_.systems.size();
    SystemDraft& system = drafts_.systems.emplace_back();
    system.id = id;
    system.parent = parent;
    system.fields.add("id", YamlValue::scalar(id, at));
    if (id != trimmed(text)) {
      system.fields.add("name", YamlValue::scalar(std::string(trimmed(text)), at));
    }
    system_index_.emplace(id, index);
    system_names_.add(id, id != trimmed(text) ? trimmed(text) : std::string_view());
    if (parent) {
      drafts_.systems[*parent].subsystems.push_back(index);
    }
    return index;
  }

  void read_systems_sheet() {
    const ReadSheet* sheet = sheet_named("systems.csv");
    if (sheet == nullptr) {
      return;
    }
    std::vector<std::pair<std::size_t, const Row>> rows;
    each_row(*sheet, [&](const Row& row) {
      const Cell* path = row.special(Special::system_path);
      Origin at = path != nullptr ? origin_of(*sheet, *path) : Origin{sheet->index, row.number, 1};
      std::optional<std::size_t> system = system_at(row.value(path), at);
      if (!system) {
        return;
      }
      if (drafts_.systems[*system].described) {
        report(rules::duplicate_id, at,
               fmt::format("system '{}' is described already: a system has one row",
                           drafts_.systems[*system].id));
        return;
      }
      drafts_.systems[*system].described = true;
      rows.emplace_back(*system, row);
    });
    constexpr std::string_view own[] = {"id"};
    for (auto& [system, row] : rows) {
      YamlValue& fields = drafts_.systems[system].fields;
      if (!row.value(row.keyed(Holder::system, "name")).empty()) {
        // the name the path gave gives way to the Name column
        std::erase_if(fields.entries, [](const auto& entry) { return entry.key == "name"; });
      }
      read_fields(row, Holder::system, fields, own);
    }
  }

  // --- processes --------------------------------------------------------------

  // A row's process, by its Process cell or, when blank, its name; both
  // blank, the process above.
  std::optional<std::string> process_id(const Row& row) {
    std::string id = row.value(row.keyed(Holder::process, "id"));
    std::string name = row.value(row.keyed(Holder::process, "name"));
    if (!id.empty() && !is_kebab_case_id(id)) {
      id = process_names_.resolve(id).value_or("");
    }
    if (id.empty() && !name.empty()) {
      id = process_names_.resolve(name).value_or("");
    }
    return id.empty() ? std::nullopt : std::optional(id);
  }

  // Every process's id and name first, so that a cell may name a process of
  // a later row.
  void name_processes() {
    const ReadSheet* sheet = sheet_named("processes.csv");
    if (sheet == nullptr) {
      return;
    }
    each_row(*sheet, [&](const Row& row) {
      std::string id = row.value(row.keyed(Holder::process, "id"));
      std::string name = row.value(row.keyed(Holder::process, "name"));
      if (!id.empty() && !is_kebab_case_id(id) && name.empty()) {
        name = id;
      }
      if (std::optional<std::string> own = process_id(row)) {
        process_names_.add(*own, name);
      }
    });
  }

  void read_processes_sheet() {
    const ReadSheet* sheet = sheet_named("processes.csv");
    if (sheet == nullptr) {
      return;
    }
    std::optional<std::size_t> above;
    std::optional<std::size_t> system_above;
    each_row(*sheet, [&](const Row& row) {
      std::optional<std::string> id = process_id(row);
      std::optional<std::size_t> process = id ? std::optional(process_for(*id, row)) : above;
      if (!process) {
        Origin at{sheet->index, row.number, 1};
        if (const Cell* cell = row.keyed(Holder::process, "id")) {
          at = origin_of(*sheet, *cell);
        }
        report(rules::missing_field, at,
               "this row names no process and has none above it: write the process's id or "
               "name");
        return;
      }
      above = process;
      read_process_row(row, drafts_.processes[*process], system_above);
    });
  }

  std::size_t process_for(const std::string& id, const Row& row) {
    auto [found, added] = process_index_.try_emplace(id, drafts_.processes.size());
    if (added) {
      ProcessDraft& process = drafts_.processes.emplace_back();
      process.id = id;
      const Cell* cell = row.keyed(Holder::process, "id");
      if (cell == nullptr || row.value(cell).empty()) {
        cell = row.keyed(Holder::process, "name");
      }
      process.fields.add("id", YamlValue::scalar(id, origin_of(*row.sheet, *cell)));
      std::string written = row.value(row.keyed(Holder::process, "id"));
      if (!written.empty() && written != id &&
          row.value(row.keyed(Holder::process, "name")).empty()) {
        process.fields.add("name", YamlValue::scalar(written, origin_of(*row.sheet, *cell)));
        process.set_in_row.emplace("name", row.number);
      }
      process.system = npos;
    }
    return found->second;
  }

  void read_process_row(const Row& row, ProcessDraft& process,
                        std::optional<std::size_t>& system_above) {
    place_process(row, process, system_above);
    YamlValue fields = YamlValue::map(false);
    constexpr std::string_view own[] = {"id"};
    read_fields(row, Holder::process, fields, own);
    for (auto& [key, value] : fields.entries) {
      auto [set, first] = process.set_in_row.try_emplace(key, row.number);
      if (first) {
        process.fields.add(key, std::move(value));
      } else if (!same_value(process.fields, key, value)) {
        report(rules::invalid_value, *value_origin(value),
               fmt::format("process '{}' has its {} in row {} already, as something else: a "
                           "process's cells are the same on each of its rows; this one is not "
                           "read",
                           process.id, key, set->second));
      }
    }
    read_step(row, process);
  }

  static std::optional<Origin> value_origin(const YamlValue& value) {
    if (value.origin) {
      return value.origin;
    }
    for (const YamlValue& item : value.items) {
      if (std::optional<Origin> at = value_origin(item)) {
        return at;
      }
    }
    for (const auto& [key, entry] : value.entries) {
      if (std::optional<Origin> at = value_origin(entry)) {
        return at;
      }
    }
    return std::nullopt;
  }

  static bool same(const YamlValue& a, const YamlValue& b) {
    if (a.kind != b.kind || a.text != b.text || a.items.size() != b.items.size() ||
        a.entries.size() != b.entries.size()) {
      return false;
    }
    for (std::size_t i = 0; i < a.items.size(); ++i) {
      if (!same(a.items[i], b.items[i])) {
        return false;
      }
    }
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
      if (a.entries[i].key != b.entries[i].key || !same(a.entries[i].value, b.entries[i].value)) {
        return false;
      }
    }
    return true;
  }

  static bool same_value(const YamlValue& fields, const std::string& key, const YamlValue& value) {
    for (const auto& [written, entry] : fields.entries) {
      if (written == key) {
        return same(entry, value);
      }
    }
    return false;
  }

  // The process's system: the row's System cell, or the one above when it is
  // blank.
  void place_process(const Row& row, ProcessDraft& process,
                     std::optional<std::size_t>& system_above) {
    const Cell* cell = row.special(Special::system_path);
    std::string path = row.value(cell);
    std::optional<std::size_t> system =
        path.empty() ? (process.system != npos ? std::optional(process.system) : system_above)
                     : system_at(path, origin_of(*row.sheet, *cell));
    if (!system) {
      if (path.empty() && process.system == npos) {
        Origin at = cell != nullptr ? origin_of(*row.sheet, *cell)
                                    : Origin{row.sheet->index, row.number, 1};
        report(rules::missing_field, at,
               fmt::format("process '{}' is in no system: write the system's id or name in "
                           "the System column",
                           process.id));
      }
      return;
    }
    system_above = system;
    if (process.system == npos) {
      process.system = *system;
      drafts_.systems[*system].processes.push_back(process_index_.at(process.id));
    } else if (process.system != *system) {
      report(rules::invalid_value, origin_of(*row.sheet, *cell),
             fmt::format("process '{}' is in system '{}' on an earlier row: a process is in one "
                         "system",
                         process.id, drafts_.systems[process.system].id));
    }
  }

  void read_step(const Row& row, ProcessDraft& process) {
    const Cell* action = row.keyed(Holder::step, "do");
    StepDraft step;
    read_fields(row, Holder::step, step.fields);
    if (row.value(action).empty()) {
      if (std::optional<Origin> at = value_origin(step.fields)) {
        report(rules::missing_field, *at,
               "this row has cells of a step but no step: write what is done in the Step "
               "column, or the cells are not read");
      }
      return;
    }
    if (const Cell* number = row.special(Special::step_number)) {
      std::string text = row.value(number);
      if (!text.empty() && text.size() <= 6 &&
          text.find_first_not_of("0123456789") == std::string::npos) {
        step.number = std::stoull(text);
      } else if (!text.empty()) {
        report(rules::invalid_value, origin_of(*row.sheet, *number),
               fmt::format("step number '{}' is not a whole number from 0 to 999999: the step "
                           "keeps its row's place",
                           text));
      }
    }
    process.steps.push_back(std::move(step));
  }

  // --- business --------------------------------------------------------------

  void read_business_sheet() {
    const ReadSheet* sheet = sheet_named("business.csv");
    if (sheet == nullptr) {
      return;
    }
    bool first = true;
    each_row(*sheet, [&](const Row& row) {
      if (!first) {
        report(rules::duplicate_business, Origin{sheet->index, row.number, 1},
               "the business is described on row 2 already: the business sheet has one row; "
               "this one is not read");
        return;
      }
      first = false;
      read_fields(row, Holder::business, drafts_.business);
      read_fields(row, Holder::external, drafts_.external);
    });
  }

  std::uint32_t first_sheet() const {
    const ReadSheet* processes = sheet_named("processes.csv");
    return processes != nullptr ? processes->index : 0;
  }

  void sort_findings() {
    std::stable_sort(result_.findings.begin(), result_.findings.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                       return std::tie(a.at.file, a.at.line, a.at.column) <
                              std::tie(b.at.file, b.at.line, b.at.column);
                     });
  }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  // A system is a list and a map deep in its file: 190 systems one in another
  // stay inside the loader's 400 levels (docs/limits.md).
  static constexpr std::size_t deepest_system = 190;

  std::vector<SheetBytes> inputs_;
  Imported result_;
  std::vector<ReadSheet> sheets_;
  Drafts drafts_;
  RowNames process_names_;
  RowNames system_names_;
  std::unordered_map<std::string, std::size_t> system_index_;
  std::unordered_map<std::string, std::size_t> process_index_;
};

} // namespace

Imported import_sheets(std::vector<SheetBytes> sheets) {
  return Importer(std::move(sheets)).run();
}

} // namespace bizmap::sheets
