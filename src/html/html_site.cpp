// What every page of the HTML manual shares: paths, links, headings, the
// page around a body, and the diagrams, drawn once before any page.
#include "html/html_site.hpp"

#include "graph/svg.hpp"
#include "html/escape.hpp"
#include "util/parallel.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

std::string html_path(std::string markdown_path) {
  markdown_path.resize(markdown_path.size() - 3); // ".md"
  return markdown_path + ".html";
}

// The path of `to` seen from the folder of `from`; pages are at most one
// folder deep.
std::string relative(std::string_view from, std::string_view to) {
  bool below = from.find('/') != std::string_view::npos;
  return below ? fmt::format("../{}", to) : std::string(to);
}

std::size_t boxes(const HandoffGraph& graph) {
  return graph.nodes.size();
}

} // namespace

std::string escaped_title(const std::string& title) {
  return html_text(title);
}

HtmlSite::HtmlSite(const Model& model, const std::vector<Diagnostic>& findings,
                   const HtmlOptions& options)
    : context(model, findings, options.report), language(options.language),
      diagrams(options.diagrams && draws_svg()) {
  draw_diagrams();
}

// Every diagram a page shows is drawn here, at once and on every core, before
// the pages are written: Graphviz draws in child processes, which must be
// started while no other thread runs.
void HtmlSite::draw_diagrams() {
  const Model& model = context.model;
  system_svgs_.resize(model.systems.size());
  system_boxes_.resize(model.systems.size());
  if (!diagrams) {
    return;
  }
  std::vector<std::string> dots;
  std::vector<std::optional<std::size_t>> owners;
  for (std::size_t s = 0; s < model.systems.size(); ++s) {
    HandoffGraph graph = build_handoff_graph(model, context.handoffs, context.names, s);
    system_boxes_[s] = boxes(graph);
    if (!graph.nodes.empty() && boxes(graph) <= most_boxes) {
      dots.push_back(to_dot(graph));
      owners.emplace_back(s);
    }
  }
  if (!context.for_staff()) {
    HandoffGraph graph = build_handoff_graph(model, context.handoffs, context.names, std::nullopt);
    business_boxes_ = boxes(graph);
    if (!graph.nodes.empty() && boxes(graph) <= most_boxes) {
      dots.push_back(to_dot(graph));
      owners.emplace_back(std::nullopt);
    }
  }
  std::vector<std::optional<std::string>> svgs = dots_to_svgs(dots, available_cores());
  for (std::size_t d = 0; d < dots.size(); ++d) {
    if (owners[d]) {
      system_svgs_[*owners[d]] = std::move(svgs[d]);
    } else {
      business_svg_ = std::move(svgs[d]);
    }
  }
}

std::string HtmlSite::text(Label which, std::string_view value) const {
  return fmt::format(fmt::runtime(text(which)), value);
}

std::string HtmlSite::frequency(Frequency frequency) const {
  switch (frequency) {
  case Frequency::unspecified:
    return {};
  case Frequency::on_demand:
    return std::string(text(Label::on_demand));
  case Frequency::daily:
    return std::string(text(Label::daily));
  case Frequency::weekly:
    return std::string(text(Label::weekly));
  case Frequency::fortnightly:
    return std::string(text(Label::fortnightly));
  case Frequency::monthly:
    return std::string(text(Label::monthly));
  case Frequency::quarterly:
    return std::string(text(Label::quarterly));
  case Frequency::yearly:
    return std::string(text(Label::yearly));
  }
  return {};
}

std::string HtmlSite::duration(std::uint64_t minutes) const {
  const WorkingTime& time = context.workload.time();
  std::uint64_t per_day = minutes_per_working_day(time);
  std::uint64_t days = minutes / per_day;
  std::string words;
  if (days > 0) {
    words = text(days == 1 ? Label::one_day : Label::days, std::to_string(days));
    minutes %= per_day;
    if (minutes == 0) {
      return words;
    }
    words += ' ';
  }
  return words + working_time_words(minutes, time);
}

std::string HtmlSite::hours_per_week(double hours_per_week) const {
  std::string hours = hours_text(hours_per_week);
  std::size_t point = hours.find('.');
  if (point != std::string::npos) {
    hours.replace(point, 1, text(Label::decimal_point));
  }
  return hours;
}

std::string HtmlSite::system_page(const Model& model, std::size_t s) {
  return html_path(ReportContext::system_path(model, s));
}

std::string HtmlSite::process_page(const Model& model, std::size_t p) {
  return html_path(ReportContext::process_path(model, p));
}

std::string HtmlSite::run_sheets_page(const Model& model, std::optional<std::size_t> system) {
  if (!system) {
    return "run-sheets.html";
  }
  std::string path = system_page(model, *system);
  return "run-sheets/" + path.substr(path.find('/') + 1);
}

std::string HtmlSite::run_sheet_page(const Model& model, std::size_t p) {
  return run_sheets_page(model, model.processes[p].system);
}

std::string HtmlSite::run_sheet_href(const Where& at, std::size_t p) const {
  return fmt::format("{}#run-sheet-{}", file_href(at, run_sheet_page(context.model, p)), p);
}

std::string HtmlSite::role_page(std::size_t r) const {
  return html_path(context.role_path(r));
}

std::string HtmlSite::system_href(const Where& at, std::size_t s) const {
  return at.print ? fmt::format("#system-{}", s) : relative(at.page, system_page(context.model, s));
}

std::string HtmlSite::process_href(const Where& at, std::size_t p) const {
  return at.print ? fmt::format("#process-{}", p)
                  : relative(at.page, process_page(context.model, p));
}

std::string HtmlSite::role_href(const Where& at, std::size_t r) const {
  return at.print ? fmt::format("#role-{}", r) : relative(at.page, role_page(r));
}

std::string HtmlSite::file_href(const Where& at, std::string_view file) const {
  return relative(at.page, file);
}

std::string HtmlSite::system_link(const Where& at, std::size_t s) const {
  return fmt::format("<a href=\"{}\">{}</a>", system_href(at, s),
                     html_text(context.system_title(s)));
}

std::string HtmlSite::process_link(const Where& at, std::size_t p) const {
  return fmt::format("<a href=\"{}\">{}</a>", process_href(at, p),
                     html_text(context.process_title(p)));
}

std::string HtmlSite::role_link(const Where& at, std::string_view id) const {
  std::size_t r = context.role_position(id);
  return fmt::format("<a href=\"{}\">{}</a>", role_href(at, r), html_text(context.role_title(r)));
}

std::string HtmlSite::diagram(std::optional<std::size_t> system, std::string_view prefix) const {
  if (!draws_svg()) {
    return fmt::format("<p class=\"note\">{}</p>\n", text(Label::no_diagrams));
  }
  if (!diagrams) {
    return {};
  }
  const std::optional<std::string>& svg = system ? system_svgs_[*system] : business_svg_;
  std::size_t count = system ? system_boxes_[*system] : business_boxes_;
  if (count == 0) {
    return {};
  }
  if (!svg) {
    return count > most_boxes ? fmt::format("<p class=\"note\">{}</p>\n",
                                            text(Label::diagram_too_large, std::to_string(count)))
                              : std::string();
  }
  std::string name =
      system ? html_text(context.system_title(*system)) : html_text(context.business_name());
  return fmt::format("<figure class=\"diagram\">{}</figure>\n",
                     inline_svg(*svg, prefix, text(Label::diagram_of, name)));
}

std::string HtmlSite::heading(const Where& at, int below, std::string_view title,
                              std::string_view id) const {
  int level = std::min(6, at.level + below);
  std::string anchor = id.empty() ? std::string() : fmt::format(" id=\"{}\"", id);
  return fmt::format("<h{0}{1}>{2}</h{0}>\n", level, anchor, title);
}

std::string
HtmlSite::facts(const std::vector<std::pair<std::string_view, std::string>>& rows) const {
  std::string list;
  for (const auto& row : rows) {
    if (!row.second.empty()) {
      list += fmt::format("<dt>{}</dt><dd>{}</dd>\n", row.first, row.second);
    }
  }
  return list.empty() ? list : "<dl class=\"facts\">\n" + list + "</dl>\n";
}

std::string HtmlSite::page(const Where& at, std::string_view title, const std::string& body) const {
  std::string root = relative(at.page, "");
  std::string nav = fmt::format("<li><a href=\"{0}index.html\">{1}</a></li>\n"
                                "<li><a href=\"{0}index.html#systems\">{2}</a></li>\n"
                                "<li><a href=\"{0}index.html#roles\">{3}</a></li>\n"
                                "<li><a href=\"{0}value-streams.html\">{4}</a></li>\n",
                                root, html_text(context.business_name()), text(Label::systems),
                                text(Label::roles), text(Label::value_streams));
  if (!context.for_staff()) {
    nav +=
        fmt::format("<li><a href=\"{}health.html\">{}</a></li>\n", root, text(Label::health_check));
  }
  nav += fmt::format("<li><a href=\"{}print.html\">{}</a></li>\n", root, text(Label::print_manual));
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{title} · {business}</title>\n"
      "<link rel=\"stylesheet\" href=\"{root}style.css\">\n"
      "<script src=\"{root}search-index.js\" defer></script>\n"
      "<script src=\"{root}search.js\" defer></script>\n"
      "</head>\n<body data-root=\"{root}\">\n"
      "<a class=\"skip\" href=\"#content\">{skip}</a>\n"
      "<header class=\"site\">\n<p class=\"brand\"><a href=\"{root}index.html\">{business}</a> "
      "<span>{manual}</span></p>\n"
      "<form role=\"search\" class=\"search\" onsubmit=\"return false\">\n"
      "<label for=\"search\">{search}</label>\n"
      "<input id=\"search\" type=\"search\" autocomplete=\"off\" aria-describedby=\"search-hint\" "
      "aria-controls=\"search-results\">\n"
      "<p id=\"search-hint\" class=\"hint\">{hint}</p>\n"
      "<ul id=\"search-results\" aria-label=\"{results}\" aria-live=\"polite\" "
      "data-none=\"{none}\"></ul>\n"
      "</form>\n</header>\n"
      "<nav aria-label=\"{pages}\">\n<ul>\n{nav}</ul>\n</nav>\n"
      "<main id=\"content\">\n{body}</main>\n"
      "<footer><p>{footer}</p></footer>\n</body>\n</html>\n",
      fmt::arg("lang", language_code(language)), fmt::arg("title", title),
      fmt::arg("business", html_text(context.business_name())), fmt::arg("root", root),
      fmt::arg("skip", text(Label::skip_to_content)), fmt::arg("manual", text(Label::manual)),
      fmt::arg("search", text(Label::search)), fmt::arg("hint", text(Label::search_hint)),
      fmt::arg("results", text(Label::results)), fmt::arg("none", text(Label::search_none)),
      fmt::arg("pages", text(Label::site_navigation)), fmt::arg("nav", nav), fmt::arg("body", body),
      fmt::arg("footer", "bizmap"));
}

std::vector<std::size_t> HtmlSite::systems_in_reading_order() const {
  std::vector<std::size_t> order;
  std::vector<std::size_t> stack;
  std::vector<std::size_t> top = context.systems_in_order(std::nullopt);
  stack.assign(top.rbegin(), top.rend());
  while (!stack.empty()) {
    std::size_t s = stack.back();
    stack.pop_back();
    order.push_back(s);
    std::vector<std::size_t> inner = context.systems_in_order(s);
    stack.insert(stack.end(), inner.rbegin(), inner.rend());
  }
  return order;
}

std::vector<std::size_t> HtmlSite::processes_in_reading_order() const {
  std::vector<std::size_t> order;
  for (std::size_t s : systems_in_reading_order()) {
    const std::vector<std::size_t>& own = context.model.systems[s].processes;
    order.insert(order.end(), own.begin(), own.end());
  }
  for (std::size_t p = 0; p < context.model.processes.size(); ++p) {
    if (!context.model.processes[p].system) {
      order.push_back(p);
    }
  }
  return order;
}

} // namespace bizmap
