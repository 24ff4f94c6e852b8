#include "report/report.hpp"

#include "report/context.hpp"
#include "report/pages.hpp"
#include "util/parallel.hpp"

#include <algorithm>
#include <deque>

namespace bizmap {
namespace {

/// One page of the report, in the order the report lists them.
struct PageJob {
  enum class Kind : std::uint8_t { index, system, process, role, ownership, data, value_streams };
  Kind kind;
  std::size_t element = 0;
};

std::vector<PageJob> page_jobs(const ReportContext& context) {
  std::vector<PageJob> jobs{{PageJob::Kind::index}};
  for (std::size_t s = 0; s < context.model.systems.size(); ++s) {
    jobs.push_back({PageJob::Kind::system, s});
  }
  for (std::size_t p = 0; p < context.model.processes.size(); ++p) {
    jobs.push_back({PageJob::Kind::process, p});
  }
  for (std::size_t r = 0; r < context.role_ids.size(); ++r) {
    jobs.push_back({PageJob::Kind::role, r});
  }
  jobs.push_back({PageJob::Kind::ownership});
  jobs.push_back({PageJob::Kind::data});
  jobs.push_back({PageJob::Kind::value_streams});
  return jobs;
}

void write_page(const ReportContext& context, Book& book, const PageJob& job) {
  switch (job.kind) {
  case PageJob::Kind::index:
    write_index_page(context, book);
    break;
  case PageJob::Kind::system:
    write_system_page(context, book, job.element);
    break;
  case PageJob::Kind::process:
    write_process_page(context, book, job.element);
    break;
  case PageJob::Kind::role:
    write_role_page(context, book, job.element);
    break;
  case PageJob::Kind::ownership:
    write_ownership_page(context, book);
    break;
  case PageJob::Kind::data:
    write_data_page(context, book);
    break;
  case PageJob::Kind::value_streams:
    write_value_streams_page(context, book);
    break;
  }
}

// Below this many pages a report takes milliseconds and is written on one
// thread; a single file is always one book.
constexpr std::size_t pages_worth_threads = 1000;
constexpr std::size_t pages_per_chunk = 256;

std::size_t thread_count(const ReportOptions& options, std::size_t pages) {
  if (options.single_file) {
    return 1;
  }
  if (options.threads != 0) {
    return options.threads;
  }
  return pages < pages_worth_threads ? 1 : available_cores();
}

// The pages are written in chunks of consecutive pages, each into a book of
// its own, on every core; the books are then joined in page order, so the
// report is the same as one written on one thread.
Book write_chunks(const ReportContext& context, const std::vector<PageJob>& jobs,
                  std::size_t threads) {
  std::size_t chunks = (jobs.size() + pages_per_chunk - 1) / pages_per_chunk;
  std::deque<Book> books; // a Book is moved, never copied
  for (std::size_t c = 0; c < chunks; ++c) {
    books.emplace_back("README.md", false);
  }
  parallel_for(chunks, threads, [&](std::size_t c) {
    std::size_t end = std::min(jobs.size(), (c + 1) * pages_per_chunk);
    for (std::size_t j = c * pages_per_chunk; j < end; ++j) {
      write_page(context, books[c], jobs[j]);
    }
  });
  Book book = std::move(books.front());
  for (std::size_t c = 1; c < chunks; ++c) {
    book.append(std::move(books[c]));
  }
  return book;
}

} // namespace

std::vector<ReportFile> build_report(const Model& model, const std::vector<Diagnostic>& findings,
                                     const ReportOptions& options) {
  ReportContext context(model, findings, options);
  std::vector<PageJob> jobs = page_jobs(context);
  std::size_t threads = thread_count(options, jobs.size());
  if (threads == 1) {
    Book book("README.md", options.single_file);
    for (const PageJob& job : jobs) {
      write_page(context, book, job);
    }
    return std::move(book).finish();
  }
  return write_chunks(context, jobs, threads).finish(threads);
}

} // namespace bizmap
