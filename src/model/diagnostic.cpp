#include "model/enum_names.hpp"

#include <bizmap/diagnostic.hpp>

namespace bizmap {

std::string_view to_string(Severity severity) {
  return name_of<Severity>(severity, severity_names);
}

std::optional<Severity> parse_severity(std::string_view text) {
  return value_named<Severity>(text, severity_names);
}

std::string_view to_string(ElementKind kind) {
  return name_of<ElementKind>(kind, element_kind_names);
}

} // namespace bizmap
