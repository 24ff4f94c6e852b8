#pragma once

#include "model/handoffs.hpp"
#include "model/references.hpp"

#include <bizmap/model.hpp>

namespace bizmap {

/// The indexes every analysis of a model reads, built once: every id and
/// reference, and every handoff.
struct ModelIndex {
  explicit ModelIndex(const Model& model) : references(model), handoffs(model, references) {}

  ReferenceIndex references;
  Handoffs handoffs;
};

} // namespace bizmap
