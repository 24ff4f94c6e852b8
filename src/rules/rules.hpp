#pragma once

// Every rule, one per file in this folder; registry.cpp lists them all.
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

// Ownership.
extern const Rule process_without_owner;
extern const Rule system_without_manager;
extern const Rule unknown_role;
extern const Rule owner_overload;

// Handoffs and data flow.
extern const Rule unproduced_input;
extern const Rule unconsumed_output;
extern const Rule duplicate_capture;
extern const Rule isolated_process;
extern const Rule step_input_unavailable;
extern const Rule undeclared_data;
extern const Rule unknown_tool;

// Completeness.
extern const Rule process_without_steps;
extern const Rule missing_trigger;
extern const Rule system_without_goal;
extern const Rule empty_system;
extern const Rule unused_role;
extern const Rule unused_tool;
extern const Rule unused_data;

// Suppression: reported while honouring suppression comments.
extern const Rule unused_suppression;

} // namespace bizmap::rules
