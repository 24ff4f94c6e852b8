#pragma once

// The rules that code outside their own file reports: the loader reports the
// schema rules while reading, suppression handling reports
// unused-suppression, and applying a baseline reports unused-baseline-entry. Rules with a check
// function are known only to registry.cpp.
#include "rules/rule.hpp"

namespace bizmap::rules {

// Input and schema: reported by the loader.
extern const Rule yaml_syntax;
extern const Rule not_a_model;
extern const Rule duplicate_key;
extern const Rule unknown_key;
extern const Rule wrong_type;
extern const Rule missing_field;
extern const Rule invalid_value;
extern const Rule duplicate_id;
extern const Rule duplicate_business;

// Suppression: reported while honouring suppression comments.
extern const Rule unused_suppression;

// Baselines: reported while applying a baseline file to a check.
extern const Rule unused_baseline_entry;

} // namespace bizmap::rules
