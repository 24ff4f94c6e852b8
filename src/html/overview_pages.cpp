// The index, the system pages, the health check and the value streams.
#include "html/escape.hpp"
#include "html/html_site.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

std::string list_items(const std::vector<std::string>& items) {
  std::string list;
  for (const std::string& item : items) {
    list += fmt::format("<li>{}</li>\n", item);
  }
  return list.empty() ? list : "<ul>\n" + list + "</ul>\n";
}

} // namespace

std::string HtmlSite::system_body(const Where& at, std::size_t s) const {
  const System& system = context.model.systems[s];
  std::string body = heading(at, 0, html_text(context.system_title(s)),
                             at.print ? fmt::format("system-{}", s) : std::string());
  std::vector<std::string> outcomes;
  for (const Ref& outcome : system.outcomes) {
    outcomes.push_back(html_text(context.names.data(outcome.id)));
  }
  std::string outcome_list;
  for (const std::string& outcome : outcomes) {
    outcome_list += (outcome_list.empty() ? "" : ", ") + outcome;
  }
  body += facts({{text(Label::where_it_sits), system.parent ? system_link(at, *system.parent) : ""},
                 {text(Label::goal), html_text(system.goal)},
                 {text(Label::manager), system.manager ? role_link(at, system.manager->id) : ""},
                 {text(Label::outcomes), outcome_list}});
  std::vector<std::string> subsystems;
  for (std::size_t inner : context.systems_in_order(s)) {
    subsystems.push_back(system_link(at, inner));
  }
  if (!subsystems.empty()) {
    body += heading(at, 1, text(Label::subsystems)) + list_items(subsystems);
  }
  std::vector<std::string> processes;
  for (std::size_t p : system.processes) {
    processes.push_back(process_link(at, p));
  }
  if (!processes.empty()) {
    body += heading(at, 1, text(Label::processes)) + list_items(processes);
  }
  std::string drawing = diagram(s, fmt::format("{}s{}", at.print ? "print-" : "", s));
  if (!drawing.empty()) {
    body += heading(at, 1, text(Label::diagram)) + drawing;
  }
  return body;
}

std::string HtmlSite::index_body(const Where& at) const {
  const Model& model = context.model;
  std::string body = heading(at, 0, html_text(context.business_name()));
  if (model.business && !model.business->description.empty()) {
    body += fmt::format("<p>{}</p>\n", html_text(model.business->description));
  }
  std::vector<std::string> roles;
  for (std::size_t r = 0; r < context.role_ids.size(); ++r) {
    roles.push_back(
        fmt::format("<a href=\"{}\">{}</a>", role_href(at, r), html_text(context.role_title(r))));
  }
  std::string role_section;
  if (!roles.empty()) {
    role_section =
        heading(at, 1, text(context.for_staff() ? Label::start_here : Label::roles), "roles") +
        list_items(roles);
  }
  if (context.for_staff()) {
    body += role_section;
  }
  body += heading(at, 1, text(Label::systems), "systems");
  std::string tree;
  for (std::size_t s : systems_in_reading_order()) {
    std::string goal =
        model.systems[s].goal.empty() ? std::string() : ": " + html_text(model.systems[s].goal);
    bool top = !model.systems[s].parent;
    tree += fmt::format("<li class=\"{}\">{}{}</li>\n", top ? "top" : "inner", system_link(at, s),
                        goal);
  }
  body += tree.empty() ? tree : "<ul class=\"system-tree\">\n" + tree + "</ul>\n";
  if (context.for_staff()) {
    // One diagram per top-level system, each readable, never the whole business.
    for (std::size_t s : context.systems_in_order(std::nullopt)) {
      std::string drawing = diagram(s, fmt::format("index-s{}", s));
      if (!drawing.empty()) {
        body += heading(at, 2, html_text(context.system_title(s))) + drawing;
      }
    }
  } else {
    body += role_section;
    std::string drawing = diagram(std::nullopt, "index");
    if (!drawing.empty()) {
      body += heading(at, 1, text(Label::diagram)) + drawing;
    }
    body += fmt::format("<p><a href=\"{}\">{}</a> · <a href=\"{}\">{}</a></p>\n",
                        file_href(at, "health.html"), text(Label::health_check),
                        file_href(at, "value-streams.html"), text(Label::value_streams));
  }
  std::vector<std::string> processes;
  for (std::size_t p : processes_in_reading_order()) {
    processes.push_back(process_link(at, p));
  }
  if (!processes.empty()) {
    body += heading(at, 1, text(Label::processes), "processes") + list_items(processes);
  }
  if (!at.print) {
    body += fmt::format("<p class=\"print-link\"><a href=\"{}\">{}</a></p>\n",
                        file_href(at, "print.html"), text(Label::print_manual));
  }
  return body;
}

std::string HtmlSite::health_body(const Where& at) const {
  HealthCheck health = context.health.business();
  std::string body = heading(at, 0, text(Label::health_check), at.print ? "health" : "");
  if (health.business) {
    body += fmt::format("<p class=\"score\">{}: {}%</p>\n", text(Label::overall), *health.business);
  }
  if (std::optional<int> documentation = health.documentation.score()) {
    body += fmt::format("<p>{}: {}%</p>\n", text(Label::documentation), *documentation);
  }
  body +=
      fmt::format("<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
                  "<th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
                  text(Label::area), text(Label::score), text(Label::weight), text(Label::missing));
  auto row = [&body](const HealthArea& area, std::string weight) {
    std::optional<int> score = area.score();
    std::string facts;
    for (const HealthFact& fact : area.facts) {
      facts += fmt::format("{}{}: {}", facts.empty() ? "" : "; ", html_text(fact.id),
                           html_text(fact.what));
    }
    for (const std::string& left : area.left_out) {
      facts += fmt::format("{}{}", facts.empty() ? "" : "; ", html_text("not counted: " + left));
    }
    body +=
        fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", html_text(area.name),
                    score ? fmt::format("{}%", *score) : "–", weight, facts);
  };
  for (const HealthArea& area : health.areas) {
    row(area, std::to_string(area.weight));
  }
  row(health.documentation, "–");
  body += "</tbody>\n</table>\n";
  body += heading(at, 1, text(Label::findings));
  if (context.findings.empty()) {
    return body + fmt::format("<p>{}</p>\n", text(Label::no_findings));
  }
  body += "<ul class=\"findings\">\n";
  for (const Diagnostic& finding : context.findings) {
    body += fmt::format("<li><code>{}</code> {}</li>\n", html_text(finding.rule),
                        html_text(finding.message));
  }
  return body + "</ul>\n";
}

std::string HtmlSite::value_streams_body(const Where& at) const {
  std::string body = heading(at, 0, text(Label::value_streams), at.print ? "value-streams" : "");
  for (const ValueStream& stream : context.value_streams.streams) {
    body += heading(at, 1, html_text(context.names.data(stream.data->id)));
    if (!stream.chain) {
      body += fmt::format("<p>{}</p>\n", text(Label::chain_too_long));
      continue;
    }
    if (stream.last) {
      const PathTime& path = context.flow.lead_time(*stream.last);
      // The expected figure of one case: hands-on time, outside parties' time and waits.
      body += fmt::format("<p>{}: {}</p>\n", text(Label::lead_time),
                          duration(whole_minutes(path.expected.minutes())));
    }
    std::string chain;
    for (const TracedProcess& traced : stream.chain->processes) {
      chain += fmt::format("<li>{}</li>\n", process_link(at, traced.process));
    }
    if (!chain.empty()) {
      body += fmt::format("<ol class=\"chain\" aria-label=\"{}\">\n{}</ol>\n", text(Label::chain),
                          chain);
    }
  }
  return body;
}

} // namespace bizmap
