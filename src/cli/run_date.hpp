#pragma once

#include <bizmap/model.hpp>
#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace bizmap {

/// Declares `--today YYYY-MM-DD` on a command that checks a model.
void add_today_option(CLI::App& app, std::optional<std::string>& today);

/// The date of the run: `--today` as given, or today on this machine's clock
/// when it was not. Throws UsageError for anything but a real YYYY-MM-DD date.
Date run_date(const std::optional<std::string>& today);

} // namespace bizmap
