#include "trace/formats.hpp"

#include <array>

namespace bizmap {
namespace {

// Every format, one row each, the default first.
constexpr std::array formats = std::to_array<TraceFormat>({
    {"text", "text", {}, write_trace_text},
    {"mermaid", "Mermaid", {}, write_trace_mermaid},
    {"json", "JSON", {}, write_trace_json},
});

} // namespace

std::span<const TraceFormat> trace_formats() {
  return formats;
}

} // namespace bizmap
