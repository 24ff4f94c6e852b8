#pragma once

// What the text and Markdown answers of `bizmap what-if` say, line by line,
// each with its place in the model: the two formats differ only in markup.

#include "model/places.hpp"
#include "whatif/formats.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bizmap {

struct AnswerLine {
  std::string text;
  std::optional<Location> at; ///< where in the model it comes from
};

struct AnswerSection {
  std::string heading;
  std::vector<AnswerLine> lines; ///< empty: "none"
  bool counted = true;           ///< the lines are items a count sums up
};

/// The answer's sections in the order they are read: what stops, what nobody
/// answers for, what is no longer delivered, the work that needs a new home,
/// the work handed over, the load and capacity of the roles touched, and the
/// lead times that change.
std::vector<AnswerSection> answer_sections(const WhatIfAnswer& answer);

} // namespace bizmap
