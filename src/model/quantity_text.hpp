#pragma once

#include <bizmap/model.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace bizmap {

/// Quantities written as the format writes them, for messages, diffs and
/// pages: `37.5`, `30m`, `30/month`, `one of: a | b (95/5)`.
std::string number_text(double number);
std::string duration_text(const Duration& duration);
std::string volume_text(const Volume& volume);
std::string one_of_text(const Process& process, const InputChoice& choice);

/// A decimal number as YAML and people write it: digits with at most one
/// point, no sign, no exponent, at most 12 characters; none for anything else.
std::optional<double> parse_number(std::string_view text);

/// A volume written as the format writes it (`140`, `30/month`, `2.5/day`);
/// none for anything else. A bare number must be whole.
std::optional<Volume> parse_volume(std::string_view text);

} // namespace bizmap
