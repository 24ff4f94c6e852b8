#include "report/report.hpp"

#include "report/context.hpp"
#include "report/pages.hpp"

namespace bizmap {

std::vector<ReportFile> build_report(const Model& model, const std::vector<Diagnostic>& findings,
                                     bool single_file, const HealthWeights& weights) {
  ReportContext context(model, findings, weights);
  Book book("README.md", single_file);
  write_index_page(context, book);
  for (std::size_t s = 0; s < model.systems.size(); ++s) {
    write_system_page(context, book, s);
  }
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    write_process_page(context, book, p);
  }
  write_ownership_page(context, book);
  write_data_page(context, book);
  write_value_streams_page(context, book);
  return book.finish();
}

} // namespace bizmap
