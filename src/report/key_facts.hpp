#pragma once

#include "load/format.hpp"
#include "report/book.hpp"
#include "report/context.hpp"

#include <string>

namespace bizmap {

/// A key's value as a fact on a page, from the loader's field table, for a
/// key that has no rendering of its own: role and data references link to
/// their pages, tools read by name, choice words read as prose ("on demand"),
/// everything else as written. Empty when the key is not set.
std::string key_fact_value(const ReportContext& context, Book& book, const FieldFormat& format,
                           const ShownValue& value);

/// What an author sees for a key that is not set: "not set" for a choice,
/// which always has a meaning when left out; nothing for other keys, which
/// are optional.
std::string_view key_fact_placeholder(const FieldFormat& format);

} // namespace bizmap
