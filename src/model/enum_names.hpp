#pragma once

#include <bizmap/diagnostic.hpp>
#include <bizmap/model.hpp>
#include <optional>
#include <span>
#include <string_view>
#include <utility>

namespace bizmap {

/// The words of an enum, each value once: the one table that both reading
/// and printing use.
template <typename Enum> using NameTable = std::span<const std::pair<std::string_view, Enum>>;

inline constexpr std::pair<std::string_view, Severity> severity_names[] = {
    {"error", Severity::error},
    {"warning", Severity::warning},
    {"info", Severity::info},
};

inline constexpr std::pair<std::string_view, ElementKind> element_kind_names[] = {
    {"system", ElementKind::system}, {"process", ElementKind::process}, {"role", ElementKind::role},
    {"tool", ElementKind::tool},     {"data", ElementKind::data},
};

inline constexpr std::pair<std::string_view, RoleKind> role_kind_names[] = {
    {"person", RoleKind::person},     {"team", RoleKind::team},
    {"vendor", RoleKind::vendor},     {"automation", RoleKind::automation},
    {"external", RoleKind::external},
};

inline constexpr std::pair<std::string_view, Layer> layer_names[] = {
    {"operational", Layer::operational},
    {"management", Layer::management},
    {"strategic", Layer::strategic},
};

inline constexpr std::pair<std::string_view, Frequency> frequency_names[] = {
    {"on-demand", Frequency::on_demand}, {"daily", Frequency::daily},
    {"weekly", Frequency::weekly},       {"fortnightly", Frequency::fortnightly},
    {"monthly", Frequency::monthly},     {"quarterly", Frequency::quarterly},
    {"yearly", Frequency::yearly},
};

inline constexpr std::pair<std::string_view, Automation> automation_names[] = {
    {"manual", Automation::manual},
    {"automated", Automation::automated},
    {"delegated", Automation::delegated},
    {"stays-manual", Automation::stays_manual},
};

inline constexpr std::pair<std::string_view, DataKind> data_kind_names[] = {
    {"flow", DataKind::flow},
    {"record", DataKind::record},
};

inline constexpr std::pair<std::string_view, Volume::Per> volume_period_names[] = {
    {"day", Volume::Per::day},         {"week", Volume::Per::week}, {"month", Volume::Per::month},
    {"quarter", Volume::Per::quarter}, {"year", Volume::Per::year},
};

/// The word for a value, or `missing` when the table has none (an
/// "unspecified" value).
template <typename Enum>
constexpr std::string_view name_of(Enum value, NameTable<Enum> table,
                                   std::string_view missing = {}) {
  for (const auto& [name, entry] : table) {
    if (entry == value) {
      return name;
    }
  }
  return missing;
}

/// The value a word names, if any.
template <typename Enum>
constexpr std::optional<Enum> value_named(std::string_view word, NameTable<Enum> table) {
  for (const auto& [name, entry] : table) {
    if (name == word) {
      return entry;
    }
  }
  return std::nullopt;
}

} // namespace bizmap
