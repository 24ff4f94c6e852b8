// `bizmap diff --format json`, described by docs/schemas/bizmap-diff.schema.json.
#include "diff/formats.hpp"
#include "output/json_writer.hpp"

#include <bizmap/version.hpp>
#include <ostream>

namespace bizmap {
namespace {

class JsonDiffWriter {
public:
  JsonDiffWriter(const DiffView& view, std::ostream& out) : view_(view), json_(out) {}

  void write() {
    json_.begin_object();
    json_.begin_object("tool");
    json_.field("name", "bizmap");
    json_.field("version", version);
    json_.end_object();
    files("old", Side::old_model);
    files("new", Side::new_model);
    summary();
    json_.begin_array("elements");
    for (const ElementChange& change : view_.diff().elements) {
      element(change);
    }
    json_.end_array();
    if (!view_.diff().business.empty()) {
      json_.begin_array("business");
      for (const Detail& detail : view_.diff().business) {
        this->detail(detail);
      }
      json_.end_array();
    }
    json_.begin_array("handoffs");
    for (const HandoffChange& change : view_.diff().handoffs) {
      handoff(change);
    }
    json_.end_array();
    json_.begin_object("findings");
    findings("introduced", view_.diff().introduced, Side::new_model);
    findings("fixed", view_.diff().fixed, Side::old_model);
    json_.end_object();
    json_.end_object();
  }

private:
  void files(std::string_view key, Side side) {
    json_.begin_object(key);
    json_.begin_array("files");
    for (const SourceFile& file : view_.side(side).model.files) {
      json_.element(file.path);
    }
    json_.end_array();
    json_.end_object();
  }

  void summary() {
    DiffCounts c = view_.counts();
    json_.begin_object("summary");
    for (auto [key, count] : {std::pair{"added", c.added},
                              {"removed", c.removed},
                              {"renamed", c.renamed},
                              {"moved", c.moved},
                              {"changed", c.changed},
                              {"handoffs_added", c.handoffs_added},
                              {"handoffs_removed", c.handoffs_removed},
                              {"handoffs_broken", c.handoffs_broken},
                              {"findings_introduced", c.introduced},
                              {"findings_fixed", c.fixed}}) {
      json_.field(key, std::uint64_t{count});
    }
    json_.end_object();
  }

  void at(const Place& place) {
    json_.begin_object("at");
    json_.field("side", place.side == Side::old_model ? "old" : "new");
    json_.field("file", view_.file(place));
    json_.field("line", std::uint64_t{place.at.line});
    json_.field("column", std::uint64_t{place.at.column});
    json_.end_object();
  }

  void element(const ElementChange& change) {
    json_.begin_object();
    json_.field("change", to_string(change.change));
    json_.field("kind", to_string(change.kind));
    json_.field("id", change.id);
    json_.field("name", change.name);
    if (!change.system.empty()) {
      json_.field("system", change.system);
    }
    if (!change.old_id.empty()) {
      json_.field("old_id", change.old_id);
    }
    if (change.moved) {
      json_.field("old_system", change.old_system);
    }
    at(change.at);
    json_.begin_array("details");
    for (const Detail& detail : change.details) {
      this->detail(detail);
    }
    json_.end_array();
    json_.end_object();
  }

  void detail(const Detail& detail) {
    json_.begin_object();
    json_.field("change", to_string(detail.change));
    json_.field("field", detail.field);
    if (detail.change != Change::added) {
      json_.field("old", detail.old_value);
    }
    if (detail.change != Change::removed) {
      json_.field("new", detail.new_value);
    }
    if (!detail.step.empty()) {
      json_.field("step", detail.step);
    }
    if (detail.old_position > 0) {
      json_.field("old_position", std::uint64_t{detail.old_position});
    }
    if (detail.new_position > 0) {
      json_.field("new_position", std::uint64_t{detail.new_position});
    }
    at(detail.at);
    json_.end_object();
  }

  void handoff(const HandoffChange& change) {
    json_.begin_object();
    json_.field("change", to_string(change.change));
    json_.field("data", change.data);
    if (!change.producer.empty()) {
      json_.field("producer", change.producer);
    }
    json_.field("consumer", change.consumer);
    at(change.at);
    json_.end_object();
  }

  void findings(std::string_view key, const std::vector<Diagnostic>& findings, Side side) {
    json_.begin_array(key);
    for (const Diagnostic& finding : findings) {
      json_.begin_object();
      json_.field("file", view_.file(place(side, finding.at)));
      json_.field("line", std::uint64_t{finding.at.line});
      json_.field("column", std::uint64_t{finding.at.column});
      json_.field("severity", to_string(finding.severity));
      json_.field("rule", finding.rule);
      json_.field("message", finding.message);
      if (!finding.suggestion.empty()) {
        json_.field("suggestion", finding.suggestion);
      }
      if (finding.subject) {
        json_.begin_object("subject");
        json_.field("kind", to_string(finding.subject->kind));
        json_.field("id", finding.subject->id);
        json_.end_object();
      }
      json_.end_object();
    }
    json_.end_array();
  }

  const DiffView& view_;
  JsonWriter json_;
};

} // namespace

void write_diff_json(const DiffView& view, const DiffOutputOptions&, std::ostream& out) {
  JsonDiffWriter(view, out).write();
}

} // namespace bizmap
