#pragma once

#include "diff/view.hpp"
#include "util/format_table.hpp"

#include <iosfwd>
#include <span>
#include <string_view>

namespace bizmap {

struct DiffOutputOptions {
  bool color = false;
};

using DiffWriter = void (*)(const DiffView& view, const DiffOutputOptions& options,
                            std::ostream& out);

using DiffFormat = Format<DiffWriter>;

/// Every output format of `bizmap diff`, the default first.
std::span<const DiffFormat> diff_formats();

/// Terraform-plan style: `+` added, `-` removed, `~` changed, `!` broken,
/// `>` work moved.
void write_diff_text(const DiffView& view, const DiffOutputOptions& options, std::ostream& out);
/// A pull-request comment: summary, changes by system, a diagram of the
/// touched handoffs, the findings introduced and fixed.
void write_diff_markdown(const DiffView& view, const DiffOutputOptions& options, std::ostream& out);
/// docs/schemas/bizmap-diff.schema.json.
void write_diff_json(const DiffView& view, const DiffOutputOptions& options, std::ostream& out);
/// GitHub workflow commands for the findings the change introduces, a log
/// line for each move of work, then the summary.
void write_diff_github(const DiffView& view, const DiffOutputOptions& options, std::ostream& out);

/// The Mermaid flowchart of the part of the handoff graph the change
/// touches, or empty when it touches no process or more than `limit`.
std::string touched_graph(const DiffView& view, std::size_t limit);

} // namespace bizmap
