// Reading and writing RFC 4180 CSV as spreadsheets save it.
#include "sheets/csv.hpp"

#include "load/encoding.hpp"
#include "text/text.hpp"
#include "yaml/encoding.hpp"

#include <fmt/format.h>

namespace bizmap::sheets {
namespace {

// The bytes as UTF-8, or why they are not text a sheet can hold.
std::string decoded(std::string bytes, std::vector<CsvProblem>& problems) {
  DecodedText text = decode_model_text(std::move(bytes));
  if (!text.problem.empty()) {
    problems.push_back({1, 1, text.problem});
    return {};
  }
  std::string_view utf8_mark = "\xEF\xBB\xBF";
  if (std::string_view(text.text).starts_with(utf8_mark)) {
    text.text.erase(0, utf8_mark.size());
  }
  if (find_invalid_utf8(text.text) == std::string_view::npos) {
    return std::move(text.text);
  }
  if (std::optional<yaml::Decoded> other = yaml::decode_other_encoding(text.text)) {
    return std::move(other->text);
  }
  problems.push_back({1, 1, "the file is not text: save the sheet as CSV (UTF-8 or Windows-1252)"});
  return {};
}

// The separator the header line uses more of, outside quotes: a comma when
// it has as many semicolons as commas (or neither).
char separator_of(std::string_view text) {
  std::size_t commas = 0;
  std::size_t semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      break;
    } else if (!quoted) {
      commas += c == ',' ? 1 : 0;
      semicolons += c == ';' ? 1 : 0;
    }
  }
  return semicolons > commas ? ';' : ',';
}

class Reader {
public:
  Reader(std::string_view text, Table& table) : text_(text), table_(table) {}

  void read() {
    table_.rows.emplace_back();
    while (at_ < text_.size()) {
      read_cell();
    }
    if (table_.rows.back().empty()) {
      table_.rows.pop_back(); // the line end after the last record
    }
  }

private:
  void read_cell() {
    Cell cell{{}, row_, static_cast<std::uint32_t>(table_.rows.back().size() + 1)};
    if (text_[at_] == '"') {
      read_quoted(cell);
    }
    while (at_ < text_.size() && text_[at_] != table_.separator && text_[at_] != '\n' &&
           text_[at_] != '\r') {
      cell.text += text_[at_++];
    }
    table_.rows.back().push_back(std::move(cell));
    if (at_ == text_.size()) {
      return;
    }
    if (text_[at_] == table_.separator) {
      ++at_;
      if (at_ == text_.size()) {
        table_.rows.back().push_back(Cell{{}, row_, cell_after()});
      }
      return;
    }
    end_record();
  }

  std::uint32_t cell_after() const {
    return static_cast<std::uint32_t>(table_.rows.back().size() + 1);
  }

  // The text of a quoted cell, up to its closing quote; what follows the
  // closing quote before the separator is kept, as spreadsheets keep it.
  void read_quoted(Cell& cell) {
    ++at_;
    for (;;) {
      std::size_t quote = text_.find('"', at_);
      if (quote == std::string_view::npos) {
        table_.problems.push_back(
            {cell.row, cell.column,
             "the quote that opens this cell is never closed: the rest of the file was read as "
             "this cell"});
        cell.text.append(text_.substr(at_));
        at_ = text_.size();
        return;
      }
      cell.text.append(text_.substr(at_, quote - at_));
      at_ = quote + 1;
      if (at_ < text_.size() && text_[at_] == '"') {
        cell.text += '"';
        ++at_;
        continue;
      }
      break;
    }
  }

  void end_record() {
    if (text_[at_] == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n') {
      ++at_;
    }
    ++at_;
    ++row_;
    if (at_ < text_.size()) {
      table_.rows.emplace_back();
    }
  }

  std::string_view text_;
  Table& table_;
  std::size_t at_ = 0;
  std::uint32_t row_ = 1;
};

bool needs_quotes(std::string_view text, char separator) {
  return text.find_first_of(std::string{separator, '"', '\n', '\r'}) != std::string_view::npos;
}

} // namespace

Table read_csv(std::string bytes) {
  Table table;
  std::string text = decoded(std::move(bytes), table.problems);
  table.separator = separator_of(text);
  Reader(text, table).read();
  return table;
}

std::string csv_cell(std::string_view text, char separator) {
  if (!needs_quotes(text, separator)) {
    return std::string(text);
  }
  std::string cell = "\"";
  for (char c : text) {
    cell += c;
    if (c == '"') {
      cell += '"';
    }
  }
  cell += '"';
  return cell;
}

std::string csv_record(const std::vector<std::string>& cells, char separator) {
  std::string record;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) {
      record += separator;
    }
    record += csv_cell(cells[i], separator);
  }
  record += "\r\n";
  return record;
}

} // namespace bizmap::sheets
