#pragma once

// The words every format of `bizmap diff` says a change of work with, ids
// quoted as each format quotes them.
#include "diff/model_diff.hpp"

#include <string>
#include <string_view>

namespace bizmap {

using Quote = std::string (*)(std::string_view id);

/// "'wash-dishes', 'clear-table'".
std::string id_list(const std::vector<std::string>& ids, Quote quote);
/// "gained 'a'; lost 'b', 'c'", or empty when neither.
std::string gained_and_lost(const RoleWorkChange& change, Quote quote);
/// "20.0 -> 12.5 h a week (-7.5)": the change is that of the figures as
/// shown, so the before and the change add up to the after.
std::string hours_change(const RoleWork& before, const RoleWork& after, std::string_view arrow);
/// "7.5 h a week", or "7.5 h a week before, 6.0 h after" when the role that
/// took them over puts other hours into them; empty when neither is counted.
std::string hours_moved(const WorkMove& move);
/// "before, 'x' has no volume; after, 2 steps have no duration", "before and
/// after, 1 step has no duration" when the two say the same, or empty.
std::string not_counted(const UncountedWork& before, const UncountedWork& after, Quote quote);

} // namespace bizmap
