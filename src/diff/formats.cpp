#include "diff/formats.hpp"

#include "diff/work_words.hpp"
#include "output/output.hpp"

#include <array>
#include <ostream>

namespace bizmap {
namespace {

// Every format, one row each, the default first.
constexpr std::array formats = std::to_array<DiffFormat>({
    {"text", "text", {}, write_diff_text},
    {"markdown", "Markdown", {}, write_diff_markdown},
    {"json", "JSON", {}, write_diff_json},
    {"github", "GitHub workflow commands", {}, write_diff_github},
});

} // namespace

std::span<const DiffFormat> diff_formats() {
  return formats;
}

void write_diff_github(const DiffView& view, const DiffOutputOptions&, std::ostream& out) {
  write_github_annotations(view.side(Side::new_model).model, view.diff().introduced, out);
  // The moves of work as plain lines of the job's log, not annotations: they
  // are no problem to fix.
  auto quoted = [](std::string_view id) { return "'" + std::string(id) + "'"; };
  for (const WorkMove& move : view.diff().work.moves) {
    std::string hours = hours_moved(move);
    out << "bizmap diff: work moved from '" << move.from << "' to '" << move.to
        << "': " << id_list(move.processes, quoted) << (hours.empty() ? "" : ", " + hours) << "\n";
  }
  out << "bizmap diff: " << view.summary() << "\n";
}

} // namespace bizmap
