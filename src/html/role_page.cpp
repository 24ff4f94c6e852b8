// A role's "start here" page: the processes it takes part in, in the order
// the work flows, each with the role's part, its checklist and the time it
// takes.
#include "html/escape.hpp"
#include "html/html_site.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>

namespace bizmap {
namespace {

struct Part {
  bool owns = false;
  bool consulted = false;
  bool informed = false;
  const PerformedSteps* performs = nullptr;
};

// Every process the role takes part in, by its place in the flow of work
// (each process after those that hand it work), ties in model order.
std::map<std::pair<std::uint32_t, std::size_t>, Part> parts_of(const ReportContext& context,
                                                               const RoleInvolvement& work) {
  std::map<std::pair<std::uint32_t, std::size_t>, Part> parts;
  auto part = [&](std::size_t p) -> Part& { return parts[{context.flow.position(p), p}]; };
  for (std::size_t p : work.owns) {
    part(p).owns = true;
  }
  for (const PerformedSteps& performed : work.performs) {
    part(performed.process).performs = &performed;
  }
  for (std::size_t p : work.consulted) {
    part(p).consulted = true;
  }
  for (std::size_t p : work.informed) {
    part(p).informed = true;
  }
  return parts;
}

std::string step_numbers(const PerformedSteps& performed) {
  std::string numbers;
  for (std::size_t s : performed.steps) {
    numbers += fmt::format("{}{}", numbers.empty() ? "" : ", ", s + 1);
  }
  return numbers;
}

} // namespace

std::string HtmlSite::role_body(const Where& at, std::size_t r) const {
  const std::string& id = context.role_ids[r];
  std::string title = text(Label::start_here_for, html_text(context.role_title(r)));
  std::string body = heading(at, 0, title, at.print ? fmt::format("role-{}", r) : std::string());
  const Role* role = context.index.references.role(id);
  if (role != nullptr && !role->description.empty()) {
    body += fmt::format("<p>{}</p>\n", html_text(role->description));
  }
  const RoleInvolvement& work = context.work_of(id);
  if (double hours = context.workload.of(id).hours_per_week; hours > 0) {
    body += fmt::format("<p>{}</p>\n", text(Label::hours_per_week, hours_per_week(hours)));
  }
  if (!work.manages.empty()) {
    body += heading(at, 1, text(Label::manages));
    body += "<ul>\n";
    for (std::size_t s : work.manages) {
      body += fmt::format("<li>{}</li>\n", system_link(at, s));
    }
    body += "</ul>\n";
  }
  auto parts = parts_of(context, work);
  if (parts.empty()) {
    return body;
  }
  body += heading(at, 1, text(Label::processes));
  for (const auto& [where, part] : parts) {
    std::size_t p = where.second;
    const Process& process = context.model.processes[p];
    body += fmt::format("<section class=\"part\" aria-labelledby=\"part-{}-{}\">\n", r, p);
    body += heading(at, 2, process_link(at, p), fmt::format("part-{}-{}", r, p));
    std::vector<std::string> roles;
    if (part.owns) {
      roles.emplace_back(text(Label::owns));
    }
    if (part.performs != nullptr) {
      roles.push_back(text(Label::performs, step_numbers(*part.performs)));
    }
    if (part.consulted) {
      roles.emplace_back(text(Label::consulted));
    }
    if (part.informed) {
      roles.emplace_back(text(Label::informed));
    }
    std::string role_list;
    for (const std::string& item : roles) {
      role_list += (role_list.empty() ? "" : "; ") + item;
    }
    std::string time;
    for (const ProcessLoad& load : context.workload.of(id).processes) {
      if (load.process == p && load.minutes_per_run > 0) {
        time = text(Label::per_run,
                    duration(static_cast<std::uint64_t>(std::lround(load.minutes_per_run))));
      }
    }
    body += facts({{text(Label::your_part), role_list},
                   {text(Label::how_often), process.frequency == Frequency::unspecified
                                                ? std::string()
                                                : frequency(process.frequency)},
                   {text(Label::time), time}});
    if (part.performs != nullptr) {
      body += fmt::format("<ul class=\"checklist\" aria-label=\"{}\">\n", text(Label::checklist));
      for (std::size_t s : part.performs->steps) {
        const Step& step = process.steps[s];
        std::string time =
            step.duration
                ? fmt::format(" <span class=\"time\">({})</span>",
                              duration(working_minutes(*step.duration, context.workload.time())))
                : std::string();
        body += fmt::format("<li><input type=\"checkbox\" id=\"check-{0}-{1}-{2}\"> <label "
                            "for=\"check-{0}-{1}-{2}\">{3}. {4}</label>{5}</li>\n",
                            r, p, s + 1, s + 1, html_text(step.action), time);
      }
      body += "</ul>\n";
    }
    if (!at.print) {
      body += fmt::format("<p><a href=\"{}\">{}</a></p>\n", run_sheet_href(at, p),
                          text(Label::open_run_sheet));
    }
    body += "</section>\n";
  }
  return body;
}

} // namespace bizmap
