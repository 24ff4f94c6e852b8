// `bizmap diff --format json`, described by docs/schemas/bizmap-diff.schema.json.
#include "diff/formats.hpp"
#include "output/json_document.hpp"

#include <bizmap/version.hpp>
#include <cmath>

namespace bizmap {
namespace {

class JsonDiff {
public:
  explicit JsonDiff(const DiffView& view) : view_(view) {}

  JsonDocument document() const {
    JsonDocument elements = JsonDocument::array();
    for (const ElementChange& change : view_.diff().elements) {
      elements.push_back(element(change));
    }
    JsonDocument handoffs = JsonDocument::array();
    for (const HandoffChange& change : view_.diff().handoffs) {
      handoffs.push_back(handoff(change));
    }
    JsonDocument json = {{"tool", {{"name", "bizmap"}, {"version", version}}},
                         {"old", files(Side::old_model)},
                         {"new", files(Side::new_model)},
                         {"summary", summary()},
                         {"elements", std::move(elements)}};
    if (!view_.diff().business.empty()) {
      json["business"] = details(view_.diff().business);
    }
    json["handoffs"] = std::move(handoffs);
    if (!view_.diff().work.roles.empty()) {
      json["work"] = work(view_.diff().work);
    }
    json["findings"] = {{"introduced", findings(view_.diff().introduced, Side::new_model)},
                        {"fixed", findings(view_.diff().fixed, Side::old_model)}};
    return json;
  }

private:
  JsonDocument files(Side side) const {
    JsonDocument paths = JsonDocument::array();
    for (const SourceFile& file : view_.side(side).model.files) {
      paths.push_back(file.path);
    }
    return {{"files", std::move(paths)}};
  }

  JsonDocument summary() const {
    DiffCounts c = view_.counts();
    return {{"added", c.added},
            {"removed", c.removed},
            {"renamed", c.renamed},
            {"moved", c.moved},
            {"changed", c.changed},
            {"handoffs_added", c.handoffs_added},
            {"handoffs_removed", c.handoffs_removed},
            {"handoffs_broken", c.handoffs_broken},
            {"findings_introduced", c.introduced},
            {"findings_fixed", c.fixed}};
  }

  JsonDocument at(const Place& place) const {
    return {{"side", place.side == Side::old_model ? "old" : "new"},
            {"file", view_.file(place)},
            {"line", place.at.line},
            {"column", place.at.column}};
  }

  JsonDocument element(const ElementChange& change) const {
    JsonDocument json = {{"change", to_string(change.change)},
                         {"kind", to_string(change.kind)},
                         {"id", change.id},
                         {"name", change.name}};
    if (!change.system.empty()) {
      json["system"] = change.system;
    }
    if (!change.old_id.empty()) {
      json["old_id"] = change.old_id;
    }
    if (change.moved) {
      json["old_system"] = change.old_system;
    }
    json["at"] = at(change.at);
    json["details"] = details(change.details);
    return json;
  }

  JsonDocument details(const std::vector<Detail>& details) const {
    JsonDocument list = JsonDocument::array();
    for (const Detail& detail : details) {
      list.push_back(this->detail(detail));
    }
    return list;
  }

  JsonDocument detail(const Detail& detail) const {
    JsonDocument json = {{"change", to_string(detail.change)}, {"field", detail.field}};
    if (detail.change != Change::added) {
      json["old"] = detail.old_value;
    }
    if (detail.change != Change::removed) {
      json["new"] = detail.new_value;
    }
    if (!detail.step.empty()) {
      json["step"] = detail.step;
    }
    if (detail.old_position > 0) {
      json["old_position"] = detail.old_position;
    }
    if (detail.new_position > 0) {
      json["new_position"] = detail.new_position;
    }
    json["at"] = at(detail.at);
    return json;
  }

  JsonDocument handoff(const HandoffChange& change) const {
    JsonDocument json = {{"change", to_string(change.change)}, {"data", change.data}};
    if (!change.producer.empty()) {
      json["producer"] = change.producer;
    }
    json["consumer"] = change.consumer;
    json["at"] = at(change.at);
    return json;
  }

  static JsonDocument ids(const std::vector<std::string>& ids) {
    JsonDocument list = JsonDocument::array();
    for (const std::string& id : ids) {
      list.push_back(id);
    }
    return list;
  }

  // Hours as the text shows them, to a tenth, so the figures of every format agree.
  static void add_hours(JsonDocument& json, std::string_view key,
                        const std::optional<double>& hours) {
    if (hours) {
      json[std::string(key)] = std::floor(*hours * 10 + 0.5 + 1e-9) / 10;
    }
  }

  static void add_not_counted(JsonDocument& json, std::string_view key, const UncountedWork& work) {
    if (!work.empty()) {
      json[std::string(key)] = {{"processes_without_runs", ids(work.processes_without_runs)},
                                {"steps_without_duration", work.steps_without_duration}};
    }
  }

  JsonDocument work(const WorkChanges& work) const {
    JsonDocument moves = JsonDocument::array();
    for (const WorkMove& move : work.moves) {
      JsonDocument json = {
          {"from", move.from}, {"to", move.to}, {"processes", ids(move.processes)}};
      add_hours(json, "hours_before", move.hours_before);
      add_hours(json, "hours_after", move.hours_after);
      add_not_counted(json, "not_counted_before", move.not_counted_before);
      add_not_counted(json, "not_counted_after", move.not_counted_after);
      moves.push_back(std::move(json));
    }
    JsonDocument roles = JsonDocument::array();
    for (const RoleWorkChange& change : work.roles) {
      JsonDocument json = {{"role", change.role},
                           {"name", change.name},
                           {"processes_before", ids(change.before.processes)},
                           {"processes_after", ids(change.after.processes)},
                           {"gained", ids(change.gained)},
                           {"lost", ids(change.lost)}};
      add_hours(json, "hours_before", change.before.hours_per_week);
      add_hours(json, "hours_after", change.after.hours_per_week);
      add_not_counted(json, "not_counted_before", change.before.not_counted);
      add_not_counted(json, "not_counted_after", change.after.not_counted);
      json["at"] = at(change.at);
      roles.push_back(std::move(json));
    }
    return {{"moves", std::move(moves)}, {"roles", std::move(roles)}};
  }

  JsonDocument findings(const std::vector<Diagnostic>& findings, Side side) const {
    JsonDocument list = JsonDocument::array();
    for (const Diagnostic& finding : findings) {
      JsonDocument json = {{"file", view_.file(place(side, finding.at))},
                           {"line", finding.at.line},
                           {"column", finding.at.column},
                           {"severity", to_string(finding.severity)},
                           {"rule", finding.rule},
                           {"message", finding.message}};
      if (!finding.suggestion.empty()) {
        json["suggestion"] = finding.suggestion;
      }
      if (finding.subject) {
        json["subject"] = {{"kind", to_string(finding.subject->kind)}, {"id", finding.subject->id}};
      }
      list.push_back(std::move(json));
    }
    return list;
  }

  const DiffView& view_;
};

} // namespace

void write_diff_json(const DiffView& view, const DiffOutputOptions&, std::ostream& out) {
  write_json_document(JsonDiff(view).document(), out);
}

} // namespace bizmap
