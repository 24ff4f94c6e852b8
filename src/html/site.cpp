// The HTML manual's files: every page as a job, written on every core from
// 1,000 pages, each in its place so the site never depends on timing.
#include "html/site.hpp"

#include "html/assets.hpp"
#include "html/escape.hpp"
#include "html/html_site.hpp"
#include "util/parallel.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace bizmap {
namespace {

// The text of a page the search reads, cut at a character's start.
constexpr std::size_t search_text_limit = 1000;

void add_words(std::string& text, std::string_view words) {
  if (text.size() >= search_text_limit || words.empty()) {
    return;
  }
  if (!text.empty()) {
    text += ' ';
  }
  text += words.substr(0, search_text_limit - std::min(search_text_limit, text.size()));
  std::size_t end = text.size();
  if (end >= search_text_limit) {
    while (end > 0 && (static_cast<unsigned char>(text[end - 1]) & 0xC0) == 0x80) {
      --end;
    }
    if (end > 0 && static_cast<unsigned char>(text[end - 1]) >= 0xC0) {
      --end; // the lead byte of a character that was cut
    }
    text.resize(end);
  }
}

std::string search_index(const std::vector<SearchEntry>& entries) {
  std::string script = "// The search index of the manual, loaded as a script: see search.js.\n"
                       "window.bizmapSearch = [\n";
  for (const SearchEntry& entry : entries) {
    script += fmt::format("[{},{},{},{}],\n", js_string(entry.title), js_string(entry.path),
                          js_string(entry.kind), js_string(entry.text));
  }
  return script + "];\n";
}

struct Job {
  enum class Kind : std::uint8_t {
    index,
    system,
    process,
    run_sheets,
    role,
    health,
    streams,
    print
  };
  Kind kind;
  std::size_t element = 0;
};

ReportFile write_job(const HtmlSite& site, const Job& job) {
  const Model& model = site.context.model;
  auto whole = [&](std::string path, std::string_view title, auto body) {
    Where at{path, false, 1};
    return ReportFile{path, site.page(at, title, body(at))};
  };
  switch (job.kind) {
  case Job::Kind::index:
    return whole("index.html", html_text(site.context.business_name()),
                 [&](const Where& at) { return site.index_body(at); });
  case Job::Kind::system:
    return whole(HtmlSite::system_page(model, job.element),
                 html_text(site.context.system_title(job.element)),
                 [&](const Where& at) { return site.system_body(at, job.element); });
  case Job::Kind::process:
    return whole(HtmlSite::process_page(model, job.element),
                 html_text(site.context.process_title(job.element)),
                 [&](const Where& at) { return site.process_body(at, job.element); });
  case Job::Kind::run_sheets: {
    std::optional<std::size_t> system;
    if (job.element < model.systems.size()) {
      system = job.element;
    }
    std::string title =
        system ? site.text(Label::run_sheets_of, html_text(site.context.system_title(*system)))
               : std::string(site.text(Label::run_sheets));
    return whole(HtmlSite::run_sheets_page(model, system), title,
                 [&](const Where& at) { return site.run_sheets_body(at, system); });
  }
  case Job::Kind::role:
    return whole(site.role_page(job.element),
                 site.text(Label::start_here_for, html_text(site.context.role_title(job.element))),
                 [&](const Where& at) { return site.role_body(at, job.element); });
  case Job::Kind::health:
    return whole("health.html", std::string(site.text(Label::health_check)),
                 [&](const Where& at) { return site.health_body(at); });
  case Job::Kind::streams:
    return whole("value-streams.html", std::string(site.text(Label::value_streams)),
                 [&](const Where& at) { return site.value_streams_body(at); });
  case Job::Kind::print:
    return whole("print.html", std::string(site.text(Label::print_manual)),
                 [&](const Where&) { return site.print_body(); });
  }
  return {};
}

std::vector<Job> jobs_of(const HtmlSite& site) {
  const Model& model = site.context.model;
  std::vector<Job> jobs{{Job::Kind::index}};
  for (std::size_t s = 0; s < model.systems.size(); ++s) {
    jobs.push_back({Job::Kind::system, s});
  }
  for (std::size_t s = 0; s < model.systems.size(); ++s) {
    if (!model.systems[s].processes.empty()) {
      jobs.push_back({Job::Kind::run_sheets, s});
    }
  }
  if (std::ranges::any_of(model.processes, [](const Process& p) { return !p.system; })) {
    jobs.push_back({Job::Kind::run_sheets, model.systems.size()});
  }
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    jobs.push_back({Job::Kind::process, p});
  }
  for (std::size_t r = 0; r < site.context.role_ids.size(); ++r) {
    jobs.push_back({Job::Kind::role, r});
  }
  if (!site.context.for_staff()) {
    jobs.push_back({Job::Kind::health});
  }
  jobs.push_back({Job::Kind::streams});
  jobs.push_back({Job::Kind::print});
  return jobs;
}

constexpr std::size_t pages_worth_threads = 1000;

} // namespace

std::vector<SearchEntry> HtmlSite::search_entries() const {
  const Model& model = context.model;
  std::vector<SearchEntry> entries;
  for (std::size_t s = 0; s < model.systems.size(); ++s) {
    std::string words;
    add_words(words, model.systems[s].goal);
    entries.push_back(
        {context.system_title(s), system_page(model, s), text(Label::systems), words});
  }
  for (std::size_t p = 0; p < model.processes.size(); ++p) {
    const Process& process = model.processes[p];
    std::string words;
    add_words(words, process.id.id);
    add_words(words, process.description);
    add_words(words, process.trigger);
    for (const Step& step : process.steps) {
      add_words(words, step.action);
      if (step.tool) {
        add_words(words, context.names.tool(step.tool->id));
      }
    }
    entries.push_back(
        {context.process_title(p), process_page(model, p), text(Label::processes), words});
  }
  for (std::size_t r = 0; r < context.role_ids.size(); ++r) {
    std::string words;
    add_words(words, context.role_ids[r]);
    entries.push_back({context.role_title(r), role_page(r), text(Label::roles), words});
  }
  return entries;
}

std::vector<ReportFile> build_html_site(const Model& model, const std::vector<Diagnostic>& findings,
                                        const HtmlOptions& options) {
  HtmlSite site(model, findings, options);
  std::vector<Job> jobs = jobs_of(site);
  std::vector<ReportFile> files(jobs.size());
  std::size_t threads = options.report.threads != 0         ? options.report.threads
                        : jobs.size() < pages_worth_threads ? 1
                                                            : available_cores();
  parallel_for(jobs.size(), threads, [&](std::size_t j) { files[j] = write_job(site, jobs[j]); });
  files.push_back({"search-index.js", search_index(site.search_entries())});
  files.push_back({"search.js", std::string(search_script())});
  files.push_back({"style.css", std::string(style_sheet())});
  return files;
}

} // namespace bizmap
