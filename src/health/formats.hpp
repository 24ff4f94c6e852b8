#pragma once

// The formats of `bizmap health`: text, Markdown and JSON, one row each.

#include "health/growth.hpp"
#include "health/health.hpp"
#include "health/opportunities.hpp"
#include "util/format_table.hpp"

#include <iosfwd>
#include <span>
#include <string>

namespace bizmap {

/// Everything `bizmap health` says about a model.
struct HealthAnswer {
  const Model& model;
  const HealthCheck& check;
  const std::vector<RoleGrowth>& growth;
  const Opportunities& opportunities;
};

using HealthWriter = void (*)(const HealthAnswer&, std::ostream&);
using HealthFormat = Format<HealthWriter>;

void write_health_text(const HealthAnswer& answer, std::ostream& out);
void write_health_markdown(const HealthAnswer& answer, std::ostream& out);
void write_health_json(const HealthAnswer& answer, std::ostream& out);

/// Every format, the default (text) first.
std::span<const HealthFormat> health_formats();

/// How many opportunities text and Markdown list; JSON lists them all.
inline constexpr std::size_t opportunities_listed = 10;

/// "selling.yaml:12", the place of a fact or an element.
std::string health_place(const Model& model, const Location& at);
/// A growth factor, rounded down to two decimals so the work may grow at
/// least that much: "1.25".
std::string factor_text(double factor);
/// A score out of 100, or "n/a".
std::string score_text(const std::optional<int>& score);

} // namespace bizmap
