#pragma once

#include "report/book.hpp"
#include "report/context.hpp"

#include <cstddef>

namespace bizmap {

/// README.md: the business at a glance, its health, all handoffs, the open
/// findings and links to every page.
void write_index_page(const ReportContext& context, Book& book);

/// systems/<id>.md: goal, manager, outcomes, processes, health, handoffs.
void write_system_page(const ReportContext& context, Book& book, std::size_t system);

/// processes/<id>.md: the standard operating procedure of one process.
void write_process_page(const ReportContext& context, Book& book, std::size_t process);

/// roles/<id>.md: what one role owns, manages, performs, is consulted and
/// informed on, and its estimated hours per week.
void write_role_page(const ReportContext& context, Book& book, std::size_t role);

/// ownership.md: the RACI matrix of processes and roles, and each role's load.
void write_ownership_page(const ReportContext& context, Book& book);

/// data.md: every data item with its producers, consumers and system of record.
void write_data_page(const ReportContext& context, Book& book);

/// value-streams.md: each system outcome and external output with the chain
/// of work that leads to it, its lead time and where it changes hands.
void write_value_streams_page(const ReportContext& context, Book& book);

/// A Mermaid code block of the handoff graph of the model or of one system.
std::string mermaid_block(const ReportContext& context, std::optional<std::size_t> system);

} // namespace bizmap
