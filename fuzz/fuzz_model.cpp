// libFuzzer target: any bytes as one model file, through every stage that
// works in memory: load_text, check_model, every output format, the handoff
// graph (whole model and each system) in Mermaid and DOT, and the report
// pages (folder and single file). Built with -DBIZMAP_FUZZ=ON; see
// docs/limits.md and `make fuzz`.
#include "graph/handoff_graph.hpp"
#include "lint/handoffs.hpp"
#include "output/output.hpp"
#include "report/report.hpp"

#include <bizmap/check.hpp>
#include <bizmap/load.hpp>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace bizmap;
  std::string text(reinterpret_cast<const char*>(data), size);
  LoadResult loaded;
  try {
    loaded = load_text("fuzz.yaml", std::move(text));
  } catch (const UsageError&) {
    return 0; // a usage error is an allowed answer; anything else escapes and crashes
  }
  std::vector<Diagnostic> findings = check_model(loaded.model, loaded.findings);
  (void)tally(findings);

  for (const OutputFormat& format : output_formats()) {
    for (bool color : {false, true}) {
      std::ostringstream out;
      format.write(loaded.model, findings, OutputOptions{color}, out);
    }
  }

  Handoffs handoffs(loaded.model);
  (void)to_mermaid(build_handoff_graph(loaded.model, handoffs));
  for (std::size_t system = 0; system < loaded.model.systems.size() && system < 8; ++system) {
    HandoffGraph graph = build_handoff_graph(loaded.model, handoffs, system);
    (void)to_mermaid(graph);
    (void)to_dot(graph);
  }

  for (bool single_file : {false, true}) {
    (void)build_report(loaded.model, findings, single_file);
  }
  return 0;
}
