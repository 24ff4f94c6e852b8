#pragma once

#include "sheets/names.hpp"
#include "sheets/yaml_text.hpp"

#include <bizmap/diagnostic.hpp>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap::sheets {

/// A catalogue as the sheets give it: its entries, each a map on one line.
struct CatalogueRows {
  CatalogueRows(ElementKind of, std::string_view list) : kind(of), key(list) {}

  ElementKind kind;
  std::string_view key; ///< `roles`
  bool from_sheet = false;
  bool named_in_rows = false; ///< a row named one of its elements by a name, not an id
  RowNames names;
  std::vector<YamlValue> entries;
};

struct StepDraft {
  YamlValue fields = YamlValue::map(false);
  std::optional<std::uint64_t> number; ///< from `Step #`, where given
};

struct ProcessDraft {
  std::string id;
  std::size_t system = 0;
  YamlValue fields = YamlValue::map(false);
  std::map<std::string, std::uint32_t, std::less<>> set_in_row; ///< key: the row that set it
  std::vector<StepDraft> steps;
};

struct SystemDraft {
  std::string id;
  std::optional<std::size_t> parent;
  YamlValue fields = YamlValue::map(false);
  bool described = false; ///< a row of the systems sheet gave its cells
  std::vector<std::size_t> subsystems;
  std::vector<std::size_t> processes;
};

/// The model as the rows of the sheets describe it, before it is written.
struct Drafts {
  CatalogueRows roles{ElementKind::role, "roles"};
  CatalogueRows tools{ElementKind::tool, "tools"};
  CatalogueRows data{ElementKind::data, "data"};
  std::vector<SystemDraft> systems; ///< each parent before its subsystems
  std::vector<ProcessDraft> processes;
  YamlValue business = YamlValue::map(false);
  YamlValue external = YamlValue::map(false);
};

} // namespace bizmap::sheets
