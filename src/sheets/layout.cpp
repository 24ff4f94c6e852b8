// The columns of every sheet, from the loader's field tables: the contract
// fixes the order of the columns it names, and every other key of an element
// follows in the order of its table.
#include "sheets/layout.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace bizmap::sheets {
namespace {

// A key made readable: `review_every` heads "Review every".
std::string readable(std::string_view key) {
  std::string header(key);
  std::replace(header.begin(), header.end(), '_', ' ');
  if (!header.empty()) {
    header[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(header[0])));
  }
  return header;
}

template <class E> std::optional<Column> column_of(Holder holder, std::string_view key) {
  std::span<const ElementKey<E>> keys = element_keys<E>();
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i].key == key && keys[i].show != nullptr) {
      return Column{readable(key), holder, keys[i].key, &keys[i].format, i, Special::none};
    }
  }
  return std::nullopt;
}

std::optional<Column> column_of(Holder holder, std::string_view key) {
  switch (holder) {
  case Holder::business:
    return column_of<Business>(holder, key);
  case Holder::external:
    return column_of<Model>(holder, key);
  case Holder::role:
    return column_of<Role>(holder, key);
  case Holder::tool:
    return column_of<Tool>(holder, key);
  case Holder::data:
    return column_of<DataItem>(holder, key);
  case Holder::system:
    return column_of<System>(holder, key);
  case Holder::process:
    return column_of<Process>(holder, key);
  case Holder::step:
    return column_of<Step>(holder, key);
  }
  return std::nullopt;
}

template <class E> std::vector<std::string_view> keys_of() {
  std::vector<std::string_view> keys;
  for (const ElementKey<E>& key : element_keys<E>()) {
    if (key.show != nullptr && key.format.element != "step") {
      keys.push_back(key.key);
    }
  }
  return keys;
}

// A key that two elements of a row share ("what_ifs" of a step and of its
// process) heads the later column with its element: "Process what ifs".
void name_apart(std::vector<Column>& columns) {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (header_key(columns[j].header) == header_key(columns[i].header)) {
        std::string header = columns[i].header;
        header[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(header[0])));
        columns[i].header = (columns[i].holder == Holder::step ? "Step " : "Process ") + header;
      }
    }
  }
}

class Columns {
public:
  // Adds the key's column when the format has the key.
  void add(Holder holder, std::string_view key, std::string header = {}) {
    if (placed(holder, key)) {
      return;
    }
    if (std::optional<Column> column = column_of(holder, key)) {
      if (!header.empty()) {
        column->header = std::move(header);
      }
      columns_.push_back(std::move(*column));
    }
  }
  void add_special(Special special, std::string header) {
    columns_.push_back(Column{std::move(header), Holder::process, {}, nullptr, 0, special});
  }
  bool placed(Holder holder, std::string_view key) const {
    return std::any_of(columns_.begin(), columns_.end(), [&](const Column& column) {
      return column.holder == holder && column.key == key && column.special == Special::none;
    });
  }
  std::vector<Column> take() { return std::move(columns_); }

private:
  std::vector<Column> columns_;
};

template <class E> std::vector<Column> catalogue_columns(Holder holder) {
  Columns columns;
  columns.add(holder, "id", "Id");
  for (std::string_view key : keys_of<E>()) {
    columns.add(holder, key);
  }
  return columns.take();
}

std::vector<Column> business_columns() {
  Columns columns;
  for (std::string_view key : keys_of<Business>()) {
    columns.add(Holder::business, key);
  }
  for (std::string_view key : keys_of<Model>()) {
    columns.add(Holder::external, key, "External " + std::string(key));
  }
  return columns.take();
}

std::vector<Column> system_columns() {
  Columns columns;
  columns.add_special(Special::system_path, "System");
  columns.add(Holder::system, "id"); // placed by the path
  std::vector<Column> all = columns.take();
  all.pop_back();
  for (std::string_view key : keys_of<System>()) {
    if (key != "id") {
      if (std::optional<Column> column = column_of(Holder::system, key)) {
        all.push_back(std::move(*column));
      }
    }
  }
  return all;
}

// The contract's named columns first, in its order, each where the format
// has the key; then the step's other keys, the process's, and last the
// step's own inputs and outputs (named apart from the process's).
std::vector<Column> process_columns() {
  Columns columns;
  columns.add_special(Special::system_path, "System");
  columns.add(Holder::process, "id", "Process");
  columns.add(Holder::process, "name", "Process name");
  for (std::string_view key :
       {"owner", "trigger", "frequency", "volume", "due", "inputs", "outputs"}) {
    columns.add(Holder::process, key);
  }
  columns.add_special(Special::step_number, "Step #");
  columns.add(Holder::step, "do", "Step");
  for (std::string_view key : {"by", "tool", "duration", "wait", "share", "automation"}) {
    columns.add(Holder::step, key);
  }
  for (std::string_view key : keys_of<Step>()) {
    if (key != "inputs" && key != "outputs") {
      columns.add(Holder::step, key);
    }
  }
  for (std::string_view key : {"consulted", "informed", "reviewed", "review_every"}) {
    columns.add(Holder::process, key);
  }
  for (std::string_view key : keys_of<Process>()) {
    columns.add(Holder::process, key);
  }
  columns.add(Holder::step, "inputs", "Step inputs");
  columns.add(Holder::step, "outputs", "Step outputs");
  std::vector<Column> all = columns.take();
  name_apart(all);
  return all;
}

std::vector<SheetLayout> layouts() {
  std::vector<SheetLayout> all;
  all.push_back({"business.csv", business_columns()});
  all.push_back({"roles.csv", catalogue_columns<Role>(Holder::role)});
  all.push_back({"tools.csv", catalogue_columns<Tool>(Holder::tool)});
  all.push_back({"data.csv", catalogue_columns<DataItem>(Holder::data)});
  all.push_back({"systems.csv", system_columns()});
  all.push_back({"processes.csv", process_columns()});
  return all;
}

} // namespace

std::span<const SheetLayout> sheet_layouts() {
  static const std::vector<SheetLayout> all = layouts();
  return all;
}

const SheetLayout* find_layout(std::string_view file) {
  for (const SheetLayout& layout : sheet_layouts()) {
    if (layout.file == file) {
      return &layout;
    }
  }
  return nullptr;
}

std::string header_key(std::string_view header) {
  std::string key;
  for (char c : header) {
    key +=
        c == '_' || c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  std::size_t first = key.find_first_not_of(' ');
  std::size_t last = key.find_last_not_of(' ');
  return first == std::string::npos ? std::string() : key.substr(first, last - first + 1);
}

} // namespace bizmap::sheets
