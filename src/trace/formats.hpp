#pragma once

#include "trace/trace_view.hpp"
#include "util/format_table.hpp"

#include <iosfwd>
#include <span>

namespace bizmap {

using TraceWriter = void (*)(const TraceView& view, const Trace& trace, std::ostream& out);
using TraceFormat = Format<TraceWriter>;

/// Every output format of `bizmap trace`, the default first.
std::span<const TraceFormat> trace_formats();

} // namespace bizmap
