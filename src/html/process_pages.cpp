// A process's page (its standard operating procedure) and its run sheet
// (its steps as boxes to tick, with who, tool, time and what-ifs beside).
#include "html/escape.hpp"
#include "html/html_site.hpp"
#include "model/mentions.hpp"
#include "report/notes.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

std::string time_of(const HtmlSite& site, const Step& step) {
  return step.duration
             ? site.duration(working_minutes(*step.duration, site.context.workload.time()))
             : std::string();
}

} // namespace

// The what-if's condition as its author wrote it: never re-cased.
std::string what_if_items(const HtmlSite& site, const Where& at,
                          const std::vector<WhatIf>& what_ifs) {
  std::string items;
  for (const WhatIf& what_if : what_ifs) {
    std::string response;
    std::string_view then = what_if.response;
    std::size_t from = 0;
    for (const Mention& mention : process_mentions(then)) {
      response += html_text(then.substr(from, mention.offset - 1 - from));
      std::string_view id = then.substr(mention.offset, mention.length);
      const Definition* target = site.context.index.references.definition(ElementKind::process, id);
      response += target != nullptr ? site.process_link(at, target->element.index)
                                    : fmt::format("<code>{}</code>", html_text(id));
      from = mention.offset + mention.length + 1;
    }
    response += html_text(then.substr(from));
    items +=
        fmt::format("<li><strong>{}:</strong> {}</li>\n", html_text(what_if.condition), response);
  }
  return items.empty() ? items
                       : fmt::format("<ul class=\"what-ifs\" aria-label=\"{}\">\n{}</ul>\n",
                                     site.text(Label::what_ifs), items);
}

namespace {

// The notes as cmark-gfm writes them, its task list's boxes named for
// screen readers (cmark-gfm gives them no label). Model text reaches the
// HTML escaped, so the only "<input" in it is cmark-gfm's own.
std::string notes_html(const HtmlSite& site, const std::string& notes) {
  std::string html = StepNotes(notes).html();
  constexpr std::string_view box = "<input type=\"checkbox\"";
  std::string named = fmt::format("{} aria-label=\"{}\"", box, site.text(Label::done));
  std::string text;
  std::size_t at = 0;
  for (std::size_t found; (found = html.find(box, at)) != std::string::npos;) {
    text.append(html, at, found - at);
    text += named;
    at = found + box.size();
  }
  text.append(html, at);
  return text;
}

std::string performer_link(const HtmlSite& site, const Where& at, const Process& process,
                           const Step& step) {
  const std::optional<Ref>& by = performer(process, step);
  return by ? site.role_link(at, by->id) : std::string();
}

std::string step_item(const HtmlSite& site, const Where& at, const Process& process,
                      const Step& step) {
  std::string details;
  auto add = [&](Label name, const std::string& value) {
    if (!value.empty()) {
      details += fmt::format("<span>{}: {}</span> ", site.text(name), value);
    }
  };
  add(Label::who, performer_link(site, at, process, step));
  add(Label::tool, step.tool ? html_text(site.context.names.tool(step.tool->id)) : "");
  add(Label::time, time_of(site, step));
  std::string item = fmt::format("<li><p>{}</p>\n", html_text(step.action));
  if (!details.empty()) {
    details.pop_back();
    item += fmt::format("<p class=\"details\">{}</p>\n", details);
  }
  if (!step.notes.empty()) {
    item += fmt::format("<div class=\"notes\">{}</div>\n", notes_html(site, step.notes));
  }
  std::string links;
  for (const Link& link : step.links) {
    if (!is_web_address(link.url)) {
      continue;
    }
    links += fmt::format("<li><a href=\"{}\">{}</a></li>", html_text(link.url),
                         html_text(link.title.empty() ? link.url : link.title));
  }
  if (!links.empty()) {
    item += fmt::format("<ul class=\"links\" aria-label=\"{}\">{}</ul>\n", site.text(Label::links),
                        links);
  }
  item += what_if_items(site, at, step.what_ifs);
  return item + "</li>\n";
}

std::string data_rows(const HtmlSite& site, const Where& at, std::size_t p,
                      const std::vector<Ref>& data, bool inputs) {
  const ReportContext& context = site.context;
  std::string rows;
  for (const Ref& item : data) {
    std::vector<std::string> others;
    const auto& uses =
        inputs ? context.handoffs.producers(item.id) : context.handoffs.consumers(item.id);
    for (const Handoffs::Use& use : uses) {
      if (use.process != p) {
        others.push_back(site.process_link(at, use.process));
      }
    }
    if (inputs ? context.handoffs.is_external_input(item.id)
               : context.handoffs.is_external_output(item.id)) {
      others.emplace_back(site.text(Label::outside));
    }
    std::string list;
    for (const std::string& other : others) {
      list += (list.empty() ? "" : ", ") + other;
    }
    rows += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", html_text(context.names.data(item.id)),
                        list);
  }
  return rows;
}

std::string data_table(const HtmlSite& site, const Where& at, std::size_t p,
                       const std::vector<Ref>& data, bool inputs) {
  if (data.empty()) {
    return {};
  }
  return fmt::format("<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr>"
                     "</thead>\n<tbody>\n{}</tbody>\n</table>\n",
                     site.text(Label::what), site.text(inputs ? Label::from : Label::to),
                     data_rows(site, at, p, data, inputs));
}

} // namespace

std::string HtmlSite::process_body(const Where& at, std::size_t p) const {
  const Process& process = context.model.processes[p];
  std::string body = heading(at, 0, html_text(context.process_title(p)),
                             at.print ? fmt::format("process-{}", p) : std::string());
  if (!process.description.empty()) {
    body += fmt::format("<p>{}</p>\n", html_text(process.description));
  }
  HandsOnPerRun hands_on = hands_on_per_run(process, context.workload.time());
  std::vector<std::string> tools;
  for (const Ref& tool : process.tools) {
    tools.push_back(html_text(context.names.tool(tool.id)));
  }
  std::string tool_list;
  for (const std::string& tool : tools) {
    tool_list += (tool_list.empty() ? "" : ", ") + tool;
  }
  std::string placeholder = context.for_staff() ? "" : std::string(text(Label::not_set));
  body += facts({
      {text(Label::where_it_sits), process.system ? system_link(at, *process.system) : ""},
      {text(Label::owner), process.owner ? role_link(at, process.owner->id) : placeholder},
      {text(Label::starts_when), html_text(process.trigger)},
      {text(Label::how_often),
       process.frequency == Frequency::unspecified ? "" : frequency(process.frequency)},
      {text(Label::tools), tool_list},
      {text(Label::hands_on_time), hands_on.timed == 0 ? "" : duration(hands_on.minutes)},
  });
  if (!at.print) {
    body += fmt::format("<p class=\"run-sheet-link\"><a href=\"{}\">{}</a></p>\n",
                        run_sheet_href(at, p), text(Label::open_run_sheet));
  }
  if (!process.inputs.empty()) {
    body += heading(at, 1, text(Label::what_you_receive));
    body += data_table(*this, at, p, process.inputs, true);
  }
  if (!process.outputs.empty()) {
    body += heading(at, 1, text(Label::what_you_hand_over));
    body += data_table(*this, at, p, process.outputs, false);
  }
  body += heading(at, 1, text(Label::steps));
  if (process.steps.empty()) {
    body += fmt::format("<p>{}</p>\n", text(Label::no_steps));
  } else {
    body += "<ol class=\"steps\">\n";
    for (const Step& step : process.steps) {
      body += step_item(*this, at, process, step);
    }
    body += "</ol>\n";
  }
  if (!process.what_ifs.empty()) {
    body += heading(at, 1, text(Label::what_ifs));
    body += what_if_items(*this, at, process.what_ifs);
  }
  if (!context.for_staff() && !context.findings_of(p).empty()) {
    body += heading(at, 1, text(Label::findings));
    body += "<ul class=\"findings\">\n";
    for (std::size_t f : context.findings_of(p)) {
      const Diagnostic& finding = context.findings[f];
      body += fmt::format("<li><code>{}</code> {}</li>\n", html_text(finding.rule),
                          html_text(finding.message));
    }
    body += "</ul>\n";
  }
  return body;
}

std::string HtmlSite::run_sheet_body(const Where& at, std::size_t p) const {
  const Process& process = context.model.processes[p];
  std::string body = heading(at, 0, text(Label::run_sheet, html_text(context.process_title(p))),
                             fmt::format("run-sheet-{}", p));
  body += fmt::format("<p><a href=\"{}\">{}</a></p>\n", process_href(at, p),
                      html_text(context.process_title(p)));
  body += fmt::format("<p class=\"fill-in\"><span>{}: ________________</span> "
                      "<span>{}: ________________</span></p>\n",
                      text(Label::date_line), text(Label::done_by));
  if (process.steps.empty()) {
    return body + fmt::format("<p>{}</p>\n", text(Label::no_steps));
  }
  body += fmt::format("<table class=\"run-sheet\">\n<thead><tr><th scope=\"col\">{}</th>"
                      "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
                      "<th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
                      text(Label::done), text(Label::step), text(Label::who), text(Label::tool),
                      text(Label::time), text(Label::what_ifs));
  for (std::size_t s = 0; s < process.steps.size(); ++s) {
    const Step& step = process.steps[s];
    std::string time = time_of(*this, step);
    if (step.automation == Automation::automated) {
      time += (time.empty() ? "" : ", ") + std::string(text(Label::automated));
    }
    body += fmt::format(
        "<tr><td class=\"tick\"><input type=\"checkbox\" id=\"step-{6}-{0}\"></td>"
        "<td><label for=\"step-{6}-{0}\">{0}. {1}</label></td><td>{2}</td><td>{3}</td><td>{4}</td>"
        "<td>{5}</td></tr>\n",
        s + 1, html_text(step.action), performer_link(*this, at, process, step),
        step.tool ? html_text(context.names.tool(step.tool->id)) : "", html_text(time),
        what_if_items(*this, at, step.what_ifs), p);
  }
  body += "</tbody>\n</table>\n";
  if (!process.what_ifs.empty()) {
    body += heading(at, 1, text(Label::what_ifs));
    body += what_if_items(*this, at, process.what_ifs);
  }
  return body;
}

} // namespace bizmap

namespace bizmap {

std::string HtmlSite::run_sheets_body(const Where& at, std::optional<std::size_t> system) const {
  std::string title = system ? text(Label::run_sheets_of, html_text(context.system_title(*system)))
                             : std::string(text(Label::run_sheets));
  std::string body = heading(at, 0, title);
  Where sheet{at.page, at.print, at.level + 1};
  auto add = [&](std::size_t p) {
    body += "<section class=\"sheet\">\n" + run_sheet_body(sheet, p) + "</section>\n";
  };
  if (system) {
    for (std::size_t p : context.model.systems[*system].processes) {
      add(p);
    }
  } else {
    for (std::size_t p = 0; p < context.model.processes.size(); ++p) {
      if (!context.model.processes[p].system) {
        add(p);
      }
    }
  }
  return body;
}

} // namespace bizmap
