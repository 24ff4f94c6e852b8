#include "report/report.hpp"

#include "report/context.hpp"
#include "report/pages.hpp"

namespace bizmap {

std::vector<ReportFile> build_report(const Model& model, const std::vector<Diagnostic>& findings,
                                     const ReportOptions& options) {
  ReportContext context(model, findings, options);
  Book book("README.md", options.single_file);
  write_index_page(context, book);
  for (std::size_t s = 0; s < model.systems.size(); ++s) {
    write_system_page(context, book, s);
  }
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    write_process_page(context, book, p);
  }
  for (std::size_t r = 0; r < context.role_ids.size(); ++r) {
    write_role_page(context, book, r);
  }
  write_ownership_page(context, book);
  write_data_page(context, book);
  return book.finish();
}

} // namespace bizmap
