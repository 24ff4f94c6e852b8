#pragma once

// The formats of `bizmap what-if`: text, Markdown and JSON, one row each.

#include "util/format_table.hpp"
#include "whatif/consequences.hpp"

#include <iosfwd>
#include <span>

namespace bizmap {

/// A scenario with the model it was made from, the changes as given, and
/// what they do: what the formats write.
struct WhatIfAnswer {
  const Model& before;
  std::span<const ScenarioChange> changes;
  const Scenario& scenario;
  const Consequences& consequences;
};

using WhatIfWriter = void (*)(const WhatIfAnswer&, std::ostream&);
using WhatIfFormat = Format<WhatIfWriter>;

void write_what_if_text(const WhatIfAnswer& answer, std::ostream& out);
void write_what_if_markdown(const WhatIfAnswer& answer, std::ostream& out);
void write_what_if_json(const WhatIfAnswer& answer, std::ostream& out);

/// Every format, the default (text) first.
std::span<const WhatIfFormat> what_if_formats();

} // namespace bizmap
