#pragma once

#include "util/format_table.hpp"

#include <CLI/CLI.hpp>
#include <span>
#include <string>

namespace bizmap {

/// `--format` of a command whose outputs are a table of formats: its choices
/// are the table's names, and its default the first row.
template <typename Writer>
CLI::Option* add_format_option(CLI::App& app, std::string& format,
                               std::span<const Format<Writer>> formats) {
  format = formats.front().name;
  return app.add_option("--format", format, "Output format")
      ->check(CLI::IsMember(format_names(formats)))
      ->capture_default_str();
}

} // namespace bizmap
