#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap::sheets {

/// One cell of a sheet, with its place as a spreadsheet counts it: the first
/// record (the header line) is row 1, the first cell column 1. A line break
/// inside a quoted cell does not start a row.
struct Cell {
  std::string text;
  std::uint32_t row = 1;
  std::uint32_t column = 1;
};

/// Something in a sheet's bytes that is not a readable table.
struct CsvProblem {
  std::uint32_t row = 1;
  std::uint32_t column = 1;
  std::string message;
};

/// A sheet as its records of cells, decoded to UTF-8.
struct Table {
  char separator = ',';
  std::vector<std::vector<Cell>> rows; ///< rows[0] is the header line
  std::vector<CsvProblem> problems;
};

/// Reads a CSV file's bytes: UTF-8 with or without a byte-order mark,
/// UTF-16 or UTF-32 with one, or Windows-1252 (what Excel's plain "CSV"
/// writes); comma or semicolon separated, whichever the header line has more
/// of outside quotes; RFC 4180 quoting, with CRLF, LF or CR line ends. A
/// quote left open, or bytes that are not text, are problems; the table
/// holds what could be read. Time is linear in the bytes.
Table read_csv(std::string bytes);

/// A cell as RFC 4180 writes it: quoted when it holds the separator, a
/// quote or a line break, quotes doubled.
std::string csv_cell(std::string_view text, char separator = ',');

/// Cells joined into one record, ended by CRLF as RFC 4180 says.
std::string csv_record(const std::vector<std::string>& cells, char separator = ',');

} // namespace bizmap::sheets
