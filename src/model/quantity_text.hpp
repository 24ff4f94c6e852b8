#pragma once

#include <bizmap/model.hpp>
#include <string>

namespace bizmap {

/// Quantities written as the format writes them, for messages, diffs and
/// pages: `37.5`, `30m`, `30/month`, `one of: a | b (95/5)`.
std::string number_text(double number);
std::string duration_text(const Duration& duration);
std::string volume_text(const Volume& volume);
std::string choice_text(const Process& process, const InputChoice& choice);

} // namespace bizmap
