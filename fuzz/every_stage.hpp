#pragma once
// Every stage of bizmap that works in memory, for one model file's bytes:
// load_text, check_model, every output format (with and without colour), the
// handoff graph (whole model and each of the first systems) in Mermaid and
// DOT, the report pages (folder and single file), the HTML manual, `diff` in every format
// between the model and an empty one, both ways, and the model and itself, and
// the sheets: the bytes read as a processes sheet by `import`, and the model
// exported as sheets and imported again. The fuzzer feeds it
// random bytes; tests/fuzz_regressions_test.cpp feeds it every input that
// once crashed it. A usage error is an allowed answer; any other exception
// escapes.
#include "baseline/fingerprint.hpp"
#include "diff/formats.hpp"
#include "flow/flow.hpp"
#include "graph/handoff_graph.hpp"
#include "health/formats.hpp"
#include "html/site.hpp"
#include "model/index.hpp"
#include "output/output.hpp"
#include "report/report.hpp"
#include "sheets/sheets.hpp"

#include <bizmap/check.hpp>
#include <bizmap/load.hpp>
#include <sstream>
#include <stdexcept>
#include <string>

namespace bizmap::fuzzing {

// The model as sheets, and the sheets read back.
inline void run_sheets(const Model& model) {
  std::vector<sheets::SheetBytes> sheet_bytes;
  for (ReportFile& sheet : sheets::export_sheets(model)) {
    sheet_bytes.push_back({std::move(sheet.path), std::move(sheet.text)});
  }
  (void)sheets::import_sheets(std::move(sheet_bytes));
}

inline void run_every_stage(std::string text) {
  (void)sheets::import_sheets({{"processes.csv", text}});
  LoadResult loaded;
  try {
    loaded = load_text("fuzz.yaml", std::move(text));
  } catch (const UsageError&) {
    return;
  }
  std::vector<Diagnostic> findings = check_model(loaded.model, loaded.findings);
  (void)tally(findings);
  run_sheets(loaded.model);

  // The fingerprints check gives the gitlab format, computed as check does.
  std::vector<std::string> paths = {"fuzz.yaml"};
  std::vector<std::string> fingerprints = finding_fingerprints(loaded.model, findings, paths);
  for (const OutputFormat& format : output_formats()) {
    for (bool color : {false, true}) {
      OutputOptions options;
      options.fingerprints = fingerprints;
      options.color = color;
      options.hidden = color ? std::optional(Tally{0, 1, 2}) : std::nullopt; // as with check -q
      std::ostringstream out;
      format.write(loaded.model, findings, options, out);
    }
  }

  ModelIndex index(loaded.model);
  const Handoffs& handoffs = index.handoffs;
  (void)to_mermaid(build_handoff_graph(loaded.model, handoffs));
  for (std::size_t system = 0; system < loaded.model.systems.size() && system < 8; ++system) {
    HandoffGraph graph = build_handoff_graph(loaded.model, handoffs, system);
    (void)to_mermaid(graph);
    (void)to_dot(graph);
  }

  for (bool single_file : {false, true}) {
    for (Audience audience : {Audience::author, Audience::staff}) {
      ReportOptions options{single_file, audience, SystemOrder::flow, Date{2026, 6, 1}, 0, {}};
      (void)build_report(loaded.model, findings, options);
    }
  }

  // bizmap health, in every format.
  FlowAnalysis flow(loaded.model, handoffs);
  ModelHealth health(loaded.model, handoffs, flow, HealthSettings{});
  HealthCheck check = health.business();
  std::vector<RoleGrowth> growth = health.growth();
  Opportunities opportunities = health.opportunities();
  for (const HealthFormat& format : health_formats()) {
    std::ostringstream out;
    format.write(HealthAnswer{loaded.model, check, growth, opportunities}, out);
  }

  // The HTML manual, in both languages, drawn once: no model text may add a
  // script (or any tag) to a page, which would be a third "<script".
  for (Audience audience : {Audience::author, Audience::staff}) {
    for (Language language : {Language::en, Language::de}) {
      ReportOptions report{false, audience, SystemOrder::flow, Date{2026, 6, 1}, 0, {}};
      bool diagrams = audience == Audience::author && language == Language::en;
      for (const ReportFile& file :
           build_html_site(loaded.model, findings, HtmlOptions{report, language, diagrams})) {
        std::size_t scripts = 0;
        for (std::size_t at = file.text.find("<script"); at != std::string::npos;
             at = file.text.find("<script", at + 1)) {
          ++scripts;
        }
        if (file.path.ends_with(".html") && scripts != 2) {
          throw std::logic_error("a page of the HTML manual has a script of the model's");
        }
      }
    }
  }

  LoadResult empty = load_texts({});
  ModelIndex empty_index(empty.model);
  std::vector<std::string> files{"fuzz.yaml"};
  DiffSide model_side{loaded.model, index, findings, files};
  DiffSide empty_side{empty.model, empty_index, {}, {}};
  for (auto [before, after] : {std::pair{&empty_side, &model_side},
                               {&model_side, &empty_side},
                               {&model_side, &model_side}}) {
    ModelDiff diff = compare_models(*before, *after);
    for (const DiffFormat& format : diff_formats()) {
      std::ostringstream out;
      format.write(DiffView(*before, *after, diff), DiffOutputOptions{true}, out);
    }
  }
}

} // namespace bizmap::fuzzing
