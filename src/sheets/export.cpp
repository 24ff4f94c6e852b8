// The model as a folder of sheets: one row per step on the processes sheet,
// one row per element on the others, columns from the field tables.
#include "sheets/cells.hpp"
#include "sheets/csv.hpp"
#include "sheets/layout.hpp"
#include "sheets/sheets.hpp"

namespace bizmap::sheets {
namespace {

template <class E> std::string cell_of(const E& element, const Column& column) {
  const ElementKey<E>& key = element_keys<E>()[column.index];
  return guarded(cell_text(key.show(element), key.format));
}

// `sales/lead-generation`: the ids from the top-level system down.
// The ids are gathered upwards and joined downwards, so that a deep system
// costs its depth, not the square of it.
std::string system_path(const Model& model, std::size_t system) {
  std::vector<std::string_view> ids;
  for (std::optional<std::size_t> at = system; at; at = model.systems[*at].parent) {
    ids.push_back(model.systems[*at].id.id);
  }
  std::string path;
  for (auto id = ids.rbegin(); id != ids.rend(); ++id) {
    path.append(path.empty() ? "" : "/").append(*id);
  }
  return path;
}

std::vector<std::string> header(const SheetLayout& layout) {
  std::vector<std::string> cells;
  for (const Column& column : layout.columns) {
    cells.push_back(column.header);
  }
  return cells;
}

class Sheet {
public:
  explicit Sheet(const SheetLayout& layout) : layout_(layout) {
    text_ = csv_record(header(layout));
  }

  template <class Fill> void row(Fill fill) {
    cells_.clear();
    for (const Column& column : layout_.columns) {
      cells_.push_back(fill(column));
    }
    text_ += csv_record(cells_);
  }

  ReportFile take() { return {std::string(layout_.file), std::move(text_)}; }

private:
  const SheetLayout& layout_;
  std::string text_;
  std::vector<std::string> cells_;
};

ReportFile business_sheet(const Model& model) {
  Sheet sheet(*find_layout("business.csv"));
  bool external = !model.external_inputs.empty() || !model.external_outputs.empty();
  if (model.business || external) {
    sheet.row([&](const Column& column) {
      if (column.holder == Holder::external) {
        return cell_of(model, column);
      }
      return model.business ? cell_of(*model.business, column) : std::string();
    });
  }
  return sheet.take();
}

template <class E>
void catalogue_sheet(std::string_view file, const std::vector<E>& entries, bool declared,
                     std::vector<ReportFile>& files) {
  if (!declared && entries.empty()) {
    return;
  }
  Sheet sheet(*find_layout(file));
  for (const E& entry : entries) {
    sheet.row([&](const Column& column) { return cell_of(entry, column); });
  }
  files.push_back(sheet.take());
}

ReportFile systems_sheet(const Model& model) {
  Sheet sheet(*find_layout("systems.csv"));
  for (std::size_t i = 0; i < model.systems.size(); ++i) {
    sheet.row([&](const Column& column) {
      return column.special == Special::system_path ? guarded(system_path(model, i))
                                                    : cell_of(model.systems[i], column);
    });
  }
  return sheet.take();
}

std::string process_cell(const Model& model, const Process& process, const Step* step,
                         std::size_t number, const Column& column) {
  switch (column.special) {
  case Special::system_path:
    return process.system ? guarded(system_path(model, *process.system)) : std::string();
  case Special::step_number:
    return step != nullptr ? std::to_string(number) : std::string();
  case Special::none:
    break;
  }
  if (column.holder == Holder::step) {
    return step != nullptr ? cell_of(*step, column) : std::string();
  }
  return cell_of(process, column);
}

ReportFile processes_sheet(const Model& model) {
  Sheet sheet(*find_layout("processes.csv"));
  for (const Process& process : model.processes) {
    if (process.steps.empty()) {
      sheet.row([&](const Column& c) { return process_cell(model, process, nullptr, 0, c); });
    }
    for (std::size_t i = 0; i < process.steps.size(); ++i) {
      sheet.row([&](const Column& c) {
        return process_cell(model, process, &process.steps[i], i + 1, c);
      });
    }
  }
  return sheet.take();
}

} // namespace

std::vector<ReportFile> export_sheets(const Model& model) {
  std::vector<ReportFile> files;
  files.push_back(business_sheet(model));
  catalogue_sheet("roles.csv", model.roles, model.declares_roles, files);
  catalogue_sheet("tools.csv", model.tools, model.declares_tools, files);
  catalogue_sheet("data.csv", model.data, model.declares_data, files);
  files.push_back(systems_sheet(model));
  files.push_back(processes_sheet(model));
  return files;
}

} // namespace bizmap::sheets
